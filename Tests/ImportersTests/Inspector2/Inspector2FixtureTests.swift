import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

@Suite struct Inspector2FixtureTests {
    @Test(.needsSharedFixtures) func oneVulnerability() throws {
        let finding = try #require(
            try FixtureImportTests.load("inspector2/dd_aws_inspector2_one_vul.json").findings.first
        )
        #expect(
            finding.identity
                == "vuln|sha256:c667ad018b538adadb5bd1db75836c8561b23bc7d31d9cd8941fa74f5df93802|CVE-2021-3744|linux"
        )
        #expect(finding.severity == .medium)
        #expect(finding.accountId == "012345678901")
        #expect(finding.remediationText == "None Provided")
        // 2024-06-14T04:03:53.051000+02:00
        #expect(finding.updatedAt == Date(timeIntervalSince1970: 1_718_330_633.051))
    }

    @Test(.needsSharedFixtures) func spaceSeparatedPythonTimestamps() throws {
        let data = try FixtureImportTests.load("inspector2/dd_aws_inspector2_package_vuln_metadata.json")
        #expect(data.findings.allSatisfy { $0.updatedAt != nil && $0.firstObservedAt != nil })
        #expect(data.diagnostics.allSatisfy { $0.level == .note })
    }

    @Test func statusAndSeverityVocabulary() throws {
        let text = """
            {"findings":[
            {"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/a","type":"PACKAGE_VULNERABILITY",
             "severity":"UNTRIAGED","status":"CLOSED","awsAccountId":"111122223333",
             "remediation":{"recommendation":{"text":"upgrade","Url":"https://example.com/fix"}}},
            {"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/b","type":"CODE_VULNERABILITY",
             "severity":"HIGH","status":"SUPPRESSED","awsAccountId":"111122223333"}
            ],"nextToken":"abc"}
            """
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: "i.json", content: .bytes(Array(text.utf8)))
        ])
        let closed = try #require(data.findings.first)
        #expect(closed.severity == .informational)
        #expect(closed.recordState == .archived)
        #expect(closed.remediationURL == "https://example.com/fix")
        #expect(data.findings.last?.workflow == .suppressed)
        #expect(data.inputs[0].partial)
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .note,
                    file: "i.json",
                    location: "findings[0].severity",
                    "untriaged severity counted as informational"
                ),
                EnglishDiagnostic(.warning, file: "i.json", location: "NextToken", "partial export: NextToken present"),
            ]
        )
    }
}
