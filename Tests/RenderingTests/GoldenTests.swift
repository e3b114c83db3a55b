import Foundation
import Rendering
import ReportModel
import TestSupport
import Testing

@Suite struct GoldenTests {
    @Test(arguments: ["en", "ja"])
    func sampleMatchesGoldenFiles(language: String) throws {
        let files = try RenderingFixture.render(sampleReportDocument(language: language))
        #expect(
            files.keys.sorted() == [
                "charts/accepted-open.svg", "charts/image-vulnerabilities.svg", "charts/open-findings.svg",
                "charts/score.svg", "charts/waf-blocked.svg", "evidence.csv", "report.html", "report.json", "report.md",
            ]
        )
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            let url = RenderingFixture.goldenFolder.appendingPathComponent("sample-\(language)").appendingPathComponent(
                path
            )
            let problem = GoldenFile.compare(contents, with: url)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    @Test func renderingTwiceIsByteIdentical() throws {
        let first = try RenderingFixture.render(sampleReportDocument())
        let second = try RenderingFixture.render(sampleReportDocument())
        #expect(first == second)
    }

    @Test func filesEndWithOneNewlineAndUseLF() throws {
        for (path, contents) in try RenderingFixture.render(sampleReportDocument()) {
            #expect(contents.hasSuffix("\n") && !contents.hasSuffix("\n\n"), "\(path)")
            #expect(!contents.contains("\r"), "\(path)")
        }
    }
}
