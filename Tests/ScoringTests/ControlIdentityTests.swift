import ReportModel
import Scoring
import TestSupport
import Testing

/// Control identity without `Compliance.SecurityControlId`, and other tools' checks.
@Suite struct ControlIdentityTests {
    static func standard(
        _ standard: String,
        _ version: String,
        _ id: String,
        _ status: ComplianceStatus,
        resource: String
    )
        -> Finding
    {
        var finding = Finding.control(id, status, resource: resource)
        finding.identity += "|\(standard)|\(version)"
        finding.controlId = id
        finding.generatorId = "\(standard)/v/\(version)/\(id)"
        finding.standardControl = StandardControlRef(standard: standard, version: version, controlId: id)
        return finding
    }

    static func score(_ findings: [Finding]) throws -> ScoredReport {
        try Scorer(configuration: DefaultConfiguration.make()).score(
            ImportedData(findings: findings, inputs: []),
            asOf: DefaultConfiguration.asOf
        )
    }

    @Test func oneControlReportedByThreeStandardsCountsOnce() throws {
        let report = try Self.score([
            Self.standard("cis-aws-foundations-benchmark", "1.2.0", "1.14", .failed, resource: "a"),
            Self.standard("pci-dss", "3.2.1", "PCI.IAM.4", .failed, resource: "a"),
            Self.standard("aws-foundational-security-best-practices", "1.0.0", "IAM.6", .failed, resource: "a"),
        ])
        #expect(report.controls.map(\.controlId) == ["IAM.6"])
        #expect(report.overall == ControlCounts(failed: 1))
    }

    @Test func theVersionDecides() throws {
        let report = try Self.score([
            Self.standard("cis-aws-foundations-benchmark", "1.2.0", "1.14", .failed, resource: "a"),
            Self.standard("cis-aws-foundations-benchmark", "1.4.0", "1.14", .passed, resource: "b"),
        ])
        #expect(report.controls.map(\.controlId).sorted() == ["IAM.3", "IAM.6"])
        #expect(report.overall == ControlCounts(passed: 1, failed: 1))
    }

    @Test func anUnmappedStandardControlKeepsItsOwnIdWithAWarning() throws {
        let report = try Self.score([
            Self.standard("cis-aws-foundations-benchmark", "1.2.0", "9.99", .failed, resource: "a"),
            Self.standard("nist-800-53", "5.0.0", "Foo.1", .passed, resource: "b"),
        ])
        #expect(report.controls.map(\.controlId).sorted() == ["Foo.1", "cis-aws-foundations-benchmark/v/1.2.0/9.99"])
        #expect(
            report.diagnostics.contains {
                $0.level == .warning && $0.english.contains("cis-aws-foundations-benchmark/v/1.2.0/9.99")
            }
        )
    }

    @Test func otherToolsChecksAreNotInTheSecurityHubScore() throws {
        var prowlerFailed = Finding.control("iam_root_mfa_enabled", .failed)
        prowlerFailed.productArn = "arn:aws:securityhub:eu-west-1::product/prowler/prowler"
        prowlerFailed.productName = "Prowler"
        prowlerFailed.generatorId = "prowler-iam_root_mfa_enabled"
        prowlerFailed.identity = "prowler|1"
        var prowlerPassed = prowlerFailed
        prowlerPassed.identity = "prowler|2"
        prowlerPassed.controlId = "s3_bucket_public_access"
        prowlerPassed.compliance = .passed
        let report = try Self.score([Finding.control("IAM.6", .passed), prowlerFailed, prowlerPassed])
        #expect(report.overall == ControlCounts(passed: 1))
        #expect(report.controls.map(\.controlId) == ["IAM.6"])
        #expect(report.otherChecks == [ToolCheckScore(product: "Prowler", checks: ControlCounts(passed: 1, failed: 1))])
        let open = report.findings.filter { $0.bucket == .open }
        #expect(open.map(\.finding.checkId) == ["iam_root_mfa_enabled"])
        #expect(open.allSatisfy { $0.finding.controlId == nil })
    }
}
