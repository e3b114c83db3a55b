import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

@Suite(.needsSharedFixtures) struct ASFFFixtureTests {
    func load(_ file: String) throws -> ImportedData { try FixtureImportTests.load(file) }

    @Test func jiraArchivedEventIsArchivedFailed() throws {
        let finding = try #require(try load("asff/jira_event_imported_archived_existing.json").findings.first)
        #expect(finding.recordState == .archived)
        #expect(finding.compliance == .failed)
        #expect(finding.workflow == .notified)
        #expect(finding.controlId == "EC2.8")
        #expect(finding.productName == "Security Hub")
    }

    @Test func trivyKeepsLatestOfDuplicates() throws {
        let data = try load("asff/heimdall_trivy-image_golang-1.12-alpine_sample.json")
        #expect(data.duplicates == 21)
        #expect(data.findings.map(\.identity) == data.findings.map(\.identity).sorted())
        #expect(data.findings.allSatisfy { $0.productName == "Aqua Security" && $0.controlId == nil })
    }

    @Test func bareArrayOfInspectorFindingsUsesInspectorIdentity() throws {
        let data = try load("asff/dd_asff_many_vulns.json")
        #expect(data.findings.allSatisfy { $0.identity.hasPrefix("inspector|arn:aws:inspector2:") })
        #expect(data.findings.allSatisfy { !$0.vulnerabilityIds.isEmpty })
    }

    @Test func guardDutyNameComesFromProductArn() throws {
        let finding = try #require(try load("asff/dd_asff_guardduty_iamuser_networkpermissions.json").findings.first)
        #expect(finding.productName == "GuardDuty")
        #expect(finding.compliance == nil)
    }

    @Test func missingAccountIdIsAWarning() throws {
        let data = try load("asff/dd_missing_account_id.json")
        #expect(data.findings.first?.accountId == nil)
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .warning,
                    file: "asff/dd_missing_account_id.json",
                    location: "findings[0].AwsAccountId",
                    "missing required member"
                )
            ]
        )
    }

    @Test func workflowStatusWinsOverDeprecatedWorkflowState() throws {
        let finding = try #require(try load("asff/asr_pci-s3.1.json").findings.first)
        #expect(finding.workflow == .resolved)
        #expect(finding.compliance == .passed)
        #expect(finding.controlId == "PCI.S3.1")
    }

    @Test func customActionEventYieldsBothFindings() throws {
        let data = try load("asff/asr_event_customaction_CIS_1-6-multi-select.json")
        #expect(Set(data.findings.compactMap(\.compliance)) == [.warning, .passed])
    }

    @Test func trivyOffsetTimestamps() throws {
        let data = try load("asff/heimdall_trivy-image_golang-1.12-alpine_sample.json")
        #expect(data.findings.allSatisfy { $0.updatedAt != nil })
        #expect(data.diagnostics.isEmpty)
    }

    @Test func guardDutyTagsAreSorted() throws {
        let data = try load("asff/dd_guardduty.json")
        for resource in data.findings.flatMap(\.resources) {
            #expect(resource.tags == resource.tags.sorted { $0.key < $1.key })
        }
    }
}
