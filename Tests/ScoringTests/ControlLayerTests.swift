import ReportModel
import Scoring
import TestSupport
import Testing

/// A control sits in one layer, even when a resource rule would split its findings.
@Suite struct ControlLayerTests {
    @Test func aUserResourceRulePicksTheLayerOfTheWholeControl() throws {
        let rule = LayerRule(
            condition: .resource("arn:aws:s3:::shop-prod-web"),
            layer: .webapp,
            why: "serves the storefront",
            source: "layers.yml:2"
        )
        let findings: [Finding] = [
            .control("S3.8", .failed, resource: "arn:aws:s3:::shop-prod-web", resourceType: "AwsS3Bucket"),
            .control("S3.8", .passed, resource: "arn:aws:s3:::shop-prod-data", resourceType: "AwsS3Bucket"),
        ]
        let report = Scorer(configuration: try DefaultConfiguration.make(userRules: [rule]))
            .score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(Set(report.findings.map(\.layer)) == [.layer(.webapp)])
        #expect(report.controls.map(\.layer) == [.layer(.webapp)])
        let counted = report.layers.map { $0.controls.scored + $0.controls.noData }.reduce(0, +)
        #expect(counted == 1)
        #expect(report.layers.first { $0.layer == .layer(.webapp) }?.controls == ControlCounts(failed: 1))
    }

    @Test(arguments: ["SSM.4", "SSM.6", "SSM.7"])
    func ssmDocumentControlsAreAccountLevel(control: String) throws {
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(ImportedData(findings: [.control(control, .failed)], inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.controls.map(\.layer) == [.layer(.account)])
    }
}
