import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// The twin of the fixture tests in `Inspector2FixtureTests` over the project's own files.
@Suite struct OwnInspector2FixtureTests {
    @Test func oneVulnerability() throws {
        let finding = try #require(try OwnFixtures.load("inspector2/list-findings-one.json").findings.first)
        #expect(
            finding.identity
                == "vuln|sha256:f9c954ce05400c368ac5127dc7b9fcb4a49990c5c6bf4d9088cbe3ac3b5b5017|CVE-2024-26130|cryptography"
        )
        #expect(finding.severity == .medium)
        #expect(finding.accountId == "111122223333")
        #expect(finding.remediationText == "None Provided")
        #expect(finding.vulnerabilityIds == ["CVE-2024-26130"])
        #expect(finding.resources.first?.type == "AwsEcrContainerImage")
        // 2026-11-14T04:03:53.051000+02:00
        #expect(finding.updatedAt == Date(timeIntervalSince1970: 1_794_621_833.051))
    }

    @Test func spaceSeparatedPythonTimestamps() throws {
        let data = try OwnFixtures.load("inspector2/list-findings-python-timestamps.json")
        #expect(data.findings.count == 4)
        #expect(data.findings.allSatisfy { $0.updatedAt != nil && $0.firstObservedAt != nil })
        #expect(data.diagnostics.allSatisfy { $0.level == .note })
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .note,
                    file: "inspector2/list-findings-python-timestamps.json",
                    location: "findings[2].severity",
                    "untriaged severity counted as informational"
                )
            ]
        )
        // 2026-11-27 22:38:57.161000+01:00
        let setuptools = try #require(data.findings.first { $0.vulnerabilityIds == ["CVE-2024-6345"] })
        #expect(setuptools.updatedAt == Date(timeIntervalSince1970: 1_795_815_537.161))
        #expect(setuptools.accountId == "777788889999")
        let code = try #require(data.findings.first { $0.generatorId == "CODE_VULNERABILITY" })
        #expect(code.severity == .critical)
        #expect(code.vulnerabilityIds.isEmpty)
    }
}
