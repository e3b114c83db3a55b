import Foundation
import ReportModel
import TestSupport
import Testing

/// Every source family, severity, layer and acceptance state in one small case, with hostile
/// free text, rendered with the real templates and compared with golden files.
@Suite struct EverythingCaseTests {
    @Test func coversEverySourceSeverityLayerAndAcceptanceState() throws {
        let report = try PipelineHarness.render("everything").document.report
        #expect(Set(report.inputs.compactMap(\.format)) == [.asff, .ocsf, .inspector2, .ecr, .wafWebACL, .wafLog])
        #expect(Set(report.findings.map(\.finding.severity)) == Set(Severity.allCases))
        #expect(Set(report.findings.map(\.layer)).isSuperset(of: SecurityLayer.allCases.map(LayerKey.layer)))
        #expect(Set(report.acceptances.map(\.status)) == Set(AcceptanceStatus.allCases))
        #expect(report.reconciliation.balances)
        #expect(report.diagnostics.allSatisfy { !$0.message.contains("matched no layer rule") })
        #expect(
            report.findings.contains { $0.placedBy.hasPrefix("resource arn:aws:s3:::shop-prod-exports (layers.yml:2)") }
        )
    }

    @Test func goldenFiles() throws {
        let output = try PipelineHarness.render("everything")
        let folder = PipelineHarness.golden.appendingPathComponent("everything")
        let scored = GoldenFile.compare(
            output.document.report.dump(),
            with: folder.appendingPathComponent("scored.txt")
        )
        #expect(scored == nil, "\(scored ?? "")")
        for (name, contents) in output.files.sorted(by: { $0.key < $1.key }) {
            let message = GoldenFile.compare(contents, with: folder.appendingPathComponent(name))
            #expect(message == nil, "\(message ?? "")")
        }
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        #expect(try PipelineHarness.render("everything").files == PipelineHarness.render("everything").files)
    }
}
