import Foundation
import TestSupport
import Testing

/// An unreadable record fails the run at its file position, unless `--skip-invalid` leaves it out
/// and says so first in the summary, in both languages.
@Suite struct UnreadableInputTests {
    static func finding(_ id: String, control: String, status: String, title: String) -> String {
        #"{"SchemaVersion":"2018-10-08","Id":"ID","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub","GeneratorId":"security-control/CTRL","AwsAccountId":"111122223333","CreatedAt":"2026-10-01T00:00:00Z","UpdatedAt":"2026-11-01T00:00:00Z","FirstObservedAt":"2026-10-01T00:00:00Z","Title":"TITLE","Description":"d","Resources":[{"Type":"AwsEc2SecurityGroup","Id":"sg-ID"}],"Severity":{"Label":"CRITICAL"},"Compliance":{"Status":"STATUS","SecurityControlId":"CTRL"},"Workflow":{"Status":"NEW"},"RecordState":"ACTIVE"}"#
            .replacingOccurrences(of: "ID", with: id).replacingOccurrences(of: "CTRL", with: control)
            .replacingOccurrences(of: "STATUS", with: status).replacingOccurrences(of: "TITLE", with: title)
    }

    /// A passing EC2.8 finding, then a failing EC2.19 finding whose title holds the byte 0xFF.
    static func write(in folder: URL) throws -> URL {
        let good = Array(finding("a", control: "EC2.8", status: "PASSED", title: "fine").utf8)
        var bad = Array(finding("b", control: "EC2.19", status: "FAILED", title: "brokenX").utf8)
        if let index = bad.firstIndex(of: UInt8(ascii: "X")) { bad[index] = 0xFF }
        let bytes = Array("{\"Findings\": [\n".utf8) + good + Array(",\n".utf8) + bad + Array("\n]}\n".utf8)
        let url = folder.appendingPathComponent("findings.json")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func anUnreadableRecordExits3WithItsFilePosition() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-unreadable")
        _ = try Self.write(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(
            ["report", "findings.json", "--out", out.path, "--as-of", "2026-11-30", "--no-history"],
            in: folder
        )
        #expect(result.status == 3)
        #expect(result.stderr.contains("findings.json:3:"), "\(result.stderr)")
        #expect(result.stderr.contains("invalid UTF-8 byte 0xff in a string"), "\(result.stderr)")
        #expect(!result.stderr.contains("Swift.DecodingError"))
        #expect(CommandRunner.files(in: out).isEmpty)
    }

    @Test(arguments: [
        ("en", "1 record could not be read and is not in this report."),
        ("ja", "1件のレコードを読み込めなかったため、このレポートには含まれていません。"),
    ])
    func skipInvalidStatesItFirst(language: String, sentence: String) throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-skip-\(language)")
        _ = try Self.write(in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(
            [
                "report", "findings.json", "--out", out.path, "--as-of", "2026-11-30", "--no-history",
                "--skip-invalid", "--lang", language, "--format", "md,json",
            ],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let tableEnd = try #require(lines.firstIndex { $0.hasPrefix("| **") && $0.contains("%") })
        let firstSentence = lines[(tableEnd + 2)...].first { !$0.hasPrefix("|") }
        // The summary sentences are list items, the first one first.
        #expect(firstSentence == "- " + sentence)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("report.json")))
        let reconciliation = try #require((json as? [String: Any])?["reconciliation"] as? [String: Int])
        #expect(reconciliation["unreadable"] == 1)
        #expect(reconciliation["records"] == 2)
        #expect(reconciliation["passed"] == 1)
    }

    @Test func aReportOfNothingReadSaysSo() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-nothing")
        try Data([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]).write(to: folder.appendingPathComponent("x.json"))
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(
            [
                "report", "x.json", "--out", out.path, "--as-of", "2026-11-30", "--no-history", "--skip-invalid",
                "--format", "md",
            ],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(markdown.contains("Nothing in the inputs could be read, so this report holds no data"))
        #expect(!markdown.contains("No failed control and no open critical or high finding needs attention."))
    }
}
