import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// The twin of `ASFFFixtureTests` over the project's own ASFF fixtures, plus the get-findings
/// pages, Prowler JSON Lines and Config multi-resource shapes.
@Suite struct OwnASFFFixtureTests {
    func load(_ file: String) throws -> ImportedData { try OwnFixtures.load(file) }

    @Test func archivedEventIsArchivedFailed() throws {
        let data = try load("asff/event-imported-archived.json")
        let finding = try #require(data.findings.first)
        #expect(finding.recordState == .archived)
        #expect(finding.compliance == .failed)
        #expect(finding.workflow == .notified)
        #expect(finding.controlId == "EC2.8")
        #expect(finding.productName == "Security Hub")
        #expect(finding.accountId == "444455556666")
        #expect(data.diagnostics.isEmpty)
    }

    @Test func importedEventYieldsItsFinding() throws {
        let finding = try #require(try load("asff/event-imported.json").findings.first)
        #expect(finding.controlId == "EC2.7")
        #expect(finding.compliance == .failed)
        #expect(finding.severity == .medium)
        #expect(finding.origin.file == "asff/event-imported.json")
        #expect(finding.origin.record == 0)
    }

    @Test func trivyKeepsLatestOfDuplicates() throws {
        let data = try load("asff/trivy-image-duplicates.json")
        #expect(data.duplicates == 3)
        #expect(data.findings.map(\.identity) == data.findings.map(\.identity).sorted())
        #expect(data.findings.allSatisfy { $0.productName == "Aqua Security" && $0.controlId == nil })
        let image = "shop/web:2026.11.3 (debian 12.7)"
        // Three copies of CVE-2023-44487: the 2026-11-04 one (+01:00) is the latest, though not the last in the file.
        let rapidReset = try #require(data.findings.first { $0.id == "\(image)/CVE-2023-44487" })
        #expect(rapidReset.severity == .high)
        #expect(OwnFixtures.close(rapidReset.updatedAt, 1_793_803_202.918_273))
        let expat = try #require(data.findings.first { $0.id == "\(image)/CVE-2024-45490" })
        #expect(OwnFixtures.close(expat.updatedAt, 1_793_803_202.918_3))
    }

    @Test func bareArrayOfInspectorFindingsUsesInspectorIdentity() throws {
        let data = try load("asff/inspector-findings-array.json")
        #expect(data.findings.count == 3)
        // Package findings on a container image are one vulnerability per digest, CVE and package, whichever
        // scanner reported them; the others keep Inspector's identity.
        for finding in data.findings {
            let onImage = finding.resources.contains { $0.type == "AwsEcrContainerImage" }
            #expect(
                finding.identity.hasPrefix(onImage ? "vuln|sha256:" : "inspector|arn:aws:inspector2:"),
                "\(finding.identity)"
            )
        }
        #expect(data.findings.allSatisfy { !$0.vulnerabilityIds.isEmpty })
        #expect(
            Set(data.findings.flatMap(\.vulnerabilityIds)) == ["CVE-2024-45490", "CVE-2023-44487", "CVE-2023-5678"]
        )
        // Timestamps without fractional seconds.
        #expect(data.findings.allSatisfy { $0.updatedAt != nil && $0.createdAt != nil })
    }

    @Test func guardDutyNameComesFromProductArn() throws {
        let data = try load("asff/guardduty-findings.json")
        #expect(data.findings.count == 3)
        #expect(data.findings.allSatisfy { $0.productName == "GuardDuty" && $0.compliance == nil })
        // No Label: the Normalized score (20) decides.
        let sample = try #require(data.findings.first { $0.isSample })
        #expect(sample.severity == .low)
        #expect(data.diagnostics.isEmpty)
    }

    @Test func missingAccountIdIsAWarning() throws {
        let data = try load("asff/missing-account-id.json")
        #expect(data.findings.first?.accountId == nil)
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .warning,
                    file: "asff/missing-account-id.json",
                    location: "findings[0].AwsAccountId",
                    "missing required member"
                )
            ]
        )
    }

    @Test func workflowStatusWinsOverDeprecatedWorkflowState() throws {
        let finding = try #require(try load("asff/workflow-status-over-state.json").findings.first)
        #expect(finding.workflow == .resolved)
        #expect(finding.compliance == .passed)
        #expect(finding.controlId == "PCI.S3.1")
    }

    @Test func customActionEventYieldsEverySelectedFinding() throws {
        let data = try load("asff/event-custom-action-multi-select.json")
        #expect(Set(data.findings.compactMap(\.compliance)) == [.warning, .passed, .failed])
        #expect(data.findings.compactMap(\.controlId).sorted() == ["1.6", "1.7", "1.9"])
        #expect(data.findings.first { $0.controlId == "1.7" }?.workflow == .resolved)
    }

    @Test func trivyOffsetTimestamps() throws {
        let data = try load("asff/trivy-image-duplicates.json")
        #expect(data.findings.allSatisfy { $0.updatedAt != nil })
        #expect(data.diagnostics.isEmpty)
        // 2026-11-03T09:15:27.418391-05:00
        let finding = try #require(data.findings.first { $0.id.hasSuffix("/CVE-2023-52425") })
        #expect(OwnFixtures.close(finding.updatedAt, 1_793_715_327.418_391))
    }

    @Test func guardDutyTagsAreSorted() throws {
        let data = try load("asff/guardduty-findings.json")
        for resource in data.findings.flatMap(\.resources) {
            #expect(resource.tags == resource.tags.sorted { $0.key < $1.key })
        }
        let instance = try #require(data.findings.flatMap(\.resources).first { $0.type == "AwsEc2Instance" })
        #expect(instance.tags.map(\.key) == ["CostCenter", "Environment", "Name", "aws:autoscaling:groupName"])
    }

    @Test func getFindingsPagesReadTogether() throws {
        let sources = ["asff/get-findings-page-1.json", "asff/get-findings-page-2.json"].map {
            InputSource(path: $0, content: .file(OwnFixtures.url($0).path))
        }
        let data = try FindingImporter().importFindings(from: sources)
        #expect(data.findings.count == 5)
        #expect(data.inputs.map(\.partial) == [true, false])
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .warning,
                    file: "asff/get-findings-page-1.json",
                    location: "NextToken",
                    "partial export: NextToken present"
                )
            ]
        )
        let s3 = data.findings.filter { $0.controlId == "S3.8" }
        #expect(Set(s3.compactMap(\.compliance)) == [.failed, .passed])
        let root = try #require(data.findings.first { $0.controlId == "IAM.6" })
        #expect(root.severity == .critical)
        #expect(root.workflow == .notified)
        #expect(root.note?.text == "Virtual MFA on purpose, see RA-2026-001 <risk-acceptances.yml>")
        #expect(root.note?.updatedBy == "arn:aws:iam::111122223333:user/security-lead")
        #expect(data.findings.first { $0.controlId == "KMS.4" }?.workflow == .suppressed)
    }

    @Test func prowlerJSONLinesWithoutWorkflow() throws {
        let data = try load("asff/prowler-v2.asff-json")
        #expect(data.findings.allSatisfy { $0.productName == "Prowler" && $0.workflow == .new })
        #expect(data.findings.compactMap(\.compliance).filter { $0 == .failed }.count == 2)
        #expect(data.findings.compactMap(\.compliance).filter { $0 == .passed }.count == 1)
        #expect(data.diagnostics.isEmpty)
    }

    @Test func configFindingWithSeveralResources() throws {
        let data = try load("asff/config-multiple-resources.json")
        let defaultGroup = try #require(data.findings.first { $0.controlId == "EC2.2" })
        #expect(defaultGroup.resources.count == 3)
        #expect(defaultGroup.productName == "Security Hub")
        let ssl = try #require(data.findings.first { $0.controlId == "S3.5" })
        #expect(ssl.productName == "Config")
        #expect(ssl.accountId == "444455556666")
    }
}
