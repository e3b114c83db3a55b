import ReportModel
import Scoring
import TestSupport
import Testing

/// A control sits in one layer, even when a resource rule would split its findings.
@Suite struct ControlLayerTests {
    /// A user's rule that puts one bucket in the web app layer.
    static let storefront = LayerRule(
        condition: .resource("arn:aws:s3:::shop-prod-web"),
        layer: .webapp,
        why: "serves the storefront",
        source: "layers.yml:2"
    )

    @Test func aUserResourceRulePicksTheLayerOfTheWholeControl() throws {
        let findings: [Finding] = [
            .control("S3.8", .failed, resource: "arn:aws:s3:::shop-prod-web", resourceType: "AwsS3Bucket"),
            .control("S3.8", .passed, resource: "arn:aws:s3:::shop-prod-data", resourceType: "AwsS3Bucket"),
        ]
        let report = Scorer(configuration: try DefaultConfiguration.make(userRules: [Self.storefront]))
            .score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(Set(report.findings.map(\.layer)) == [.layer(.webapp)])
        #expect(report.controls.map(\.layer) == [.layer(.webapp)])
        let counted = report.layers.map { $0.controls.scored + $0.controls.noData }.reduce(0, +)
        #expect(counted == 1)
        #expect(report.layers.first { $0.layer == .layer(.webapp) }?.controls == ControlCounts(failed: 1))
    }

    /// The control is the catalogue's, however an export spells its id, and other controls between its findings
    /// keep their own layers.
    @Test func theWholeControlIsTheCataloguesAcrossSpellingsAndNeighbours() throws {
        let findings: [Finding] = [
            .control("S3.8", .failed, resource: "arn:aws:s3:::shop-prod-web", resourceType: "AwsS3Bucket"),
            .control("IAM.6", .failed),
            .control("s3.8", .passed, resource: "arn:aws:s3:::shop-prod-data", resourceType: "AwsS3Bucket"),
            .control("IAM.6", .passed),
            .control("S3.8", .failed, resource: "arn:aws:s3:::shop-prod-logs", resourceType: "AwsS3Bucket"),
        ]
        let report = Scorer(configuration: try DefaultConfiguration.make(userRules: [Self.storefront]))
            .score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
        let layers = Dictionary(grouping: report.findings) { ($0.finding.controlId ?? "").uppercased() }.mapValues {
            Set($0.map(\.layer))
        }
        #expect(layers == ["S3.8": [.layer(.webapp)], "IAM.6": [.layer(.account)]])
        #expect(report.controls.map(\.controlId).sorted() == ["IAM.6", "S3.8"])
        let moved = report.findings.filter { $0.placedBy.description.contains("S3.8") }
        #expect(moved.count == 2)
    }

    @Test(arguments: ["SSM.4", "SSM.6", "SSM.7"])
    func ssmDocumentControlsAreAccountLevel(control: String) throws {
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(ImportedData(findings: [.control(control, .failed)], inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.controls.map(\.layer) == [.layer(.account)])
    }
}
