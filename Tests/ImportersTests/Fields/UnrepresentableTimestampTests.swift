import Foundation
import Importers
import ReportModel
import Testing

/// A timestamp written as a number no `Double` holds (`1e999`) is a number out of range, refused with a warning
/// naming the member (docs/formats.md §4), as `-1` or `NaN`-like values are; the finding is kept. A boolean is
/// still no timestamp at all: the record is unreadable.
@Suite struct UnrepresentableTimestampTests {
    static func record(updatedAt: String) -> String {
        #"""
        {"Findings": [{"SchemaVersion": "2018-10-08", "Id": "f-1", "ProductArn":
        "arn:aws:securityhub:eu-west-1::product/aws/securityhub", "GeneratorId": "security-control/IAM.6",
        "AwsAccountId": "111122223333", "Types": ["Software and Configuration Checks"], "CreatedAt":
        "2026-11-01T00:00:00Z", "UpdatedAt": \#(updatedAt), "Severity": {"Label": "CRITICAL"},
        "Title": "t", "Description": "d", "Resources": [{"Type": "AwsAccount", "Id": "AWS::::Account:111122223333"}],
        "Compliance": {"Status": "FAILED", "SecurityControlId": "IAM.6"}}]}
        """#
    }

    static func imported(_ text: String) throws -> ImportedData {
        try FindingImporter(options: ImportOptions())
            .importFindings(from: [InputSource(path: "t.json", content: .bytes(Array(text.utf8)))])
    }

    @Test(arguments: ["1e999", "-1e999", "1E+400"])
    func aNumberNoDoubleHoldsIsWarnedAboutAndTheFindingKept(value: String) throws {
        let data = try Self.imported(Self.record(updatedAt: value))
        let finding = try #require(data.findings.first)
        #expect(data.findings.count == 1)
        #expect(finding.updatedAt == nil)
        let warned = data.diagnostics.contains { $0.level == .warning && "\($0)".contains("UpdatedAt") }
        #expect(warned, "\(data.diagnostics)")
    }

    @Test func aBooleanMakesTheRecordUnreadable() {
        #expect(throws: (any Error).self) { try Self.imported(Self.record(updatedAt: "true")) }
    }

    @Test func anEpochNumberStillReads() throws {
        let finding = try #require(try Self.imported(Self.record(updatedAt: "1764512345")).findings.first)
        #expect(finding.updatedAt == Date(timeIntervalSince1970: 1_764_512_345))
    }
}
