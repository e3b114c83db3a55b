import Foundation
import Rendering
import ReportModel
import TestSupport
import Testing
import XMLSupport

@Suite struct ChartTests {
    /// A document with one period, no findings, and the given control counts.
    static func document(_ counts: ControlCounts, open: SeverityCounts = SeverityCounts()) -> ReportDocument {
        var document = sampleReportDocument(history: false)
        document.report.overall = counts
        document.report.layers = document.report.layers.map { layer in
            var layer = layer
            layer.openFindings = layer.layer == .layer(.account) ? open : SeverityCounts()
            layer.acceptedFindings = 0
            return layer
        }
        return document
    }

    @Test(arguments: [
        ControlCounts(passed: 0, failed: 10),
        ControlCounts(passed: 10),
        ControlCounts(),
        ControlCounts(passed: 3, failed: 1, unknown: 1, accepted: 1),
    ])
    func onePeriodChartsAreWellFormed(counts: ControlCounts) throws {
        let files = try RenderingFixture.render(Self.document(counts), [.md])
        for name in ["score", "open-findings", "accepted-open"] {
            let svg = try #require(files["charts/\(name).svg"])
            let parsed = try XMLDocument(parsing: svg, name: name)
            #expect(parsed.rootName == "svg")
            #expect(parsed.elements(named: "title").count == 1)
            #expect(parsed.elements(named: "desc").count == 1)
            #expect(!svg.contains("nan") && !svg.contains("inf"))
        }
    }

    @Test func zeroFindingsDrawNoBars() throws {
        let files = try RenderingFixture.render(Self.document(ControlCounts(passed: 1)), [.md])
        let svg = try #require(files["charts/open-findings.svg"])
        let bars = try XMLDocument(parsing: svg, name: "bars").elements(named: "rect")
        #expect(bars.count == 5)  // legend swatches only
    }

    @Test func scoreChartLabelsZeroAndHundredPercent() throws {
        let zero = try #require(
            try RenderingFixture.render(Self.document(ControlCounts(failed: 4)), [.md])["charts/score.svg"]
        )
        #expect(zero.contains("Security Hub score 0%"))
        let full = try #require(
            try RenderingFixture.render(Self.document(ControlCounts(passed: 4)), [.md])["charts/score.svg"]
        )
        #expect(full.contains("Security Hub score 100%"))
    }

    @Test func htmlInlinesTheSameSVG() throws {
        let files = try RenderingFixture.render(sampleReportDocument(), [.html, .md])
        let html = try #require(files["report.html"])
        let svg = try #require(files["charts/score.svg"])
        #expect(html.contains(svg.trimmingCharacters(in: .newlines)))
    }
}
