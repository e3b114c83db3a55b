import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

@Suite(.needsSharedFixtures) struct OCSFFixtureTests {
    @Test func prowlerStatusCodeAndMutedFinding() throws {
        let data = try FixtureImportTests.load("ocsf/dd_prowler_v3plus_many_vuln.ocsf.json")
        #expect(data.findings.allSatisfy { $0.compliance == .failed && $0.productName == "Prowler" })
        #expect(data.findings.filter { $0.workflow == .suppressed }.count == 1)
        #expect(data.findings.allSatisfy { $0.controlId != nil && $0.createdAt != nil })
    }

    @Test func prowlerManualIsWarning() throws {
        let data = try FixtureImportTests.load("ocsf/prowler_example_output_aws.ocsf.json")
        // Placeholders make every uid "<finding_uid>": the records collapse into one, the worst copy
        // at the latest time wins whatever the order, and each conflicting copy is warned about.
        let finding = try #require(data.findings.first)
        #expect(data.findings.count == 1)
        #expect(finding.compliance == .failed)
        #expect(finding.updatedAt == Date(timeIntervalSince1970: 1_739_539_623))
        let conflicts = data.diagnostics.filter { $0.english.contains("share the identity \"<finding_uid>\"") }
        #expect(conflicts.count == data.duplicates)
        #expect(conflicts.allSatisfy { $0.level == .warning && $0.english.contains("differ in control") })
    }

    @Test func securityHubV2JSONLinesWithMillisecondTimes() throws {
        let data = try FixtureImportTests.load("ocsf/elastic_securityhub_v2_test-findings.log")
        let controls = data.findings.filter { $0.controlId != nil }
        #expect(controls.count == 6)
        let sqs3 = try #require(data.findings.first { $0.controlId == "SQS.3" })
        #expect(sqs3.compliance == .passed)
        #expect(sqs3.workflow == .resolved)
        #expect(sqs3.updatedAt == Date(timeIntervalSince1970: 1_758_273_439.594))
        #expect(sqs3.productName == "Security Hub")
        let inspector = data.findings.filter { $0.identity.hasPrefix("inspector|arn:aws:inspector2:") }
        #expect(inspector.count == 4)
        #expect(inspector.allSatisfy { $0.compliance == nil && $0.productName == "Inspector" })
    }
}
