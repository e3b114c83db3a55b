import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// The twin of `OCSFFixtureTests` over the project's own OCSF fixtures.
@Suite struct OwnOCSFFixtureTests {
    @Test func prowlerStatusCodeAndMutedFinding() throws {
        let data = try OwnFixtures.load("ocsf/prowler-4-muted.ocsf.json")
        #expect(data.findings.count == 3)
        #expect(data.findings.allSatisfy { $0.compliance == .failed && $0.productName == "Prowler" })
        #expect(data.findings.filter { $0.workflow == .suppressed }.count == 1)
        #expect(data.findings.allSatisfy { $0.controlId != nil && $0.createdAt != nil })
        // An ISO created_time without a zone is UTC: 2026-11-05T06:12:44.381275.
        let root = try #require(data.findings.first { $0.controlId == "iam_root_hardware_mfa_enabled" })
        #expect(OwnFixtures.close(root.createdAt, 1_793_859_164.381_275))
        #expect(root.severity == .critical)
    }

    @Test func prowlerManualIsWarning() throws {
        let data = try OwnFixtures.load("ocsf/prowler-5-manual.ocsf.json")
        // The MANUAL check is in the file twice (two runs); the later `time` wins.
        #expect(data.duplicates == 1)
        let finding = try #require(
            data.findings.first { $0.controlId == "account_security_questions_are_registered_in_the_aws_account" }
        )
        #expect(finding.compliance == .warning)
        #expect(finding.updatedAt == Date(timeIntervalSince1970: 1_795_928_824))
        #expect(finding.accountId == "111122223333")
        let passing = try #require(data.findings.first { $0.controlId == "iam_password_policy_minimum_length_14" })
        #expect(passing.compliance == .passed)
        #expect(data.diagnostics.isEmpty)
    }

    @Test func securityHubV2JSONLinesWithMillisecondTimes() throws {
        let data = try OwnFixtures.load("ocsf/securityhub-v2-findings.jsonl")
        let controls = data.findings.filter { $0.controlId != nil }
        #expect(controls.count == 4)
        let sqs3 = try #require(data.findings.first { $0.controlId == "SQS.3" })
        #expect(sqs3.compliance == .passed)
        #expect(sqs3.workflow == .resolved)
        #expect(sqs3.updatedAt == Date(timeIntervalSince1970: 1_795_862_239.594))
        #expect(sqs3.productName == "Security Hub")
        let s3 = try #require(data.findings.first { $0.controlId == "S3.8" })
        #expect(s3.compliance == .failed)
        #expect(s3.severity == .high)
        let inspector = data.findings.filter { $0.identity.hasPrefix("inspector|arn:aws:inspector2:") }
        #expect(inspector.count == 2)
        #expect(inspector.allSatisfy { $0.compliance == nil && $0.productName == "Inspector" })
        #expect(Set(inspector.flatMap(\.vulnerabilityIds)) == ["CVE-2023-44487", "CVE-2024-6345"])
        #expect(data.diagnostics.isEmpty)
    }
}
