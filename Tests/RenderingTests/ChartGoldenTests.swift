import Foundation
import Rendering
import ReportModel
import TestSupport
import Testing

/// The charts' exact SVG for the edge cases: one period, zero findings, 0 % and 100 %.
@Suite struct ChartGoldenTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/charts")

    @Test(arguments: [
        ("zero-percent", ControlCounts(failed: 4)),
        ("hundred-percent", ControlCounts(passed: 4)),
        ("no-controls", ControlCounts()),
        ("mixed", ControlCounts(passed: 3, failed: 1, unknown: 1, accepted: 1)),
    ])
    func onePeriodWithoutFindings(name: String, counts: ControlCounts) throws {
        let files = try RenderingFixture.render(ChartTests.document(counts), [.md])
        for chart in files.keys.filter({ $0.hasPrefix("charts/") }).sorted() {
            let file = chart.replacingOccurrences(of: "charts/", with: "")
            let message = GoldenFile.compare(
                files[chart] ?? "",
                with: Self.golden.appendingPathComponent("\(name)/\(file)")
            )
            #expect(message == nil, "\(message ?? "")")
        }
    }
}
