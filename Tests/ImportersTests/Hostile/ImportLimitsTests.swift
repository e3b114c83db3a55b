import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// Issue 11: each limit ends the import with an error naming file, position, limit and option;
/// an over-long string is cut at a character boundary, marked, and warned about.
@Suite struct ImportLimitsTests {
    static func limits(
        record: Int = ImportLimits.standard.recordBytes,
        string: Int = ImportLimits.standard.stringBytes,
        depth: Int = ImportLimits.standard.depth,
        records: Int = ImportLimits.standard.recordsPerFile
    ) -> ImportOptions {
        ImportOptions(
            limits: ImportLimits(
                recordBytes: record,
                stringBytes: string,
                depth: depth,
                decompressedBytes: ImportLimits.standard.decompressedBytes,
                compressionRatio: ImportLimits.standard.compressionRatio,
                recordsPerFile: records
            )
        )
    }

    static func finding(title: String) -> String {
        StreamingShapeTests.record("a").replacingOccurrences(of: "\"Title\":\"t\"", with: "\"Title\":\"\(title)\"")
    }

    @Test func aLongStringIsCutMarkedAndWarnedAbout() throws {
        let title = String(repeating: "é", count: 40) + "\\u00e9\\ud83d\\ude00" + String(repeating: "x", count: 100)
        let data = try StreamingShapeTests.run(
            "{\"Findings\":[\(Self.finding(title: title))]}",
            options: Self.limits(string: 81)
        )
        let cut = try #require(data.findings.first?.title)
        #expect(cut.hasSuffix("…[truncated by posture]"))
        #expect(cut.hasPrefix(String(repeating: "é", count: 40)))
        #expect(!cut.contains("\u{FFFD}"))
        #expect(data.diagnostics.contains { $0.level == .warning && $0.english.contains("--max-string-length") })
    }

    @Test(arguments: 1...24)
    func cuttingNeverSplitsAnEscapeOrASurrogatePair(limit: Int) throws {
        let title = "ab\\\"c\\u00e9\\ud83d\\ude00d\\n" + String(repeating: "é😀", count: 6)
        let data = try StreamingShapeTests.run(
            "{\"Findings\":[\(Self.finding(title: title))]}",
            options: Self.limits(string: max(16, limit))
        )
        #expect(data.findings.count == 1)
    }

    @Test func nestingDeeperThanTheLimitNamesTheOption() {
        let text = "{\"Findings\":[" + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "]}"
        #expect(
            englishImportError { try StreamingShapeTests.run(text, options: Self.limits(depth: 32)) }
                == "x.json:1:44: limit exceeded: nesting deeper than 32 levels (raise it with --max-depth)"
        )
    }

    @Test func aRecordLargerThanTheLimitNamesTheOption() {
        let text = "{\"Findings\":[\(StreamingShapeTests.record("a"))]}"
        #expect(
            englishImportError { try StreamingShapeTests.run(text, options: Self.limits(record: 100)) }
                == "x.json:1:14: limit exceeded: record larger than 100 bytes (raise it with --max-record-size)"
        )
    }

    @Test func tooManyRecordsNamesTheOption() {
        let text = (1...4).map { StreamingShapeTests.record("r\($0)") }.joined(separator: "\n")
        #expect(throws: ImportError.self) { try StreamingShapeTests.run(text, options: Self.limits(records: 3)) }
        #expect(throws: Never.self) { try StreamingShapeTests.run(text, options: Self.limits(records: 4)) }
    }

    @Test func limitsAreNotSkippedBySkipInvalid() {
        var options = Self.limits(depth: 8)
        options.skipInvalid = true
        let text = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        #expect(throws: ImportError.self) { try StreamingShapeTests.run(text, options: options) }
    }

    @Test func aGzipBombStopsAtTheRatioLimit() throws {
        let member = FixtureGzip.member(Array(repeating: UInt8(ascii: " "), count: 200))
        #expect(throws: Never.self) { try? StreamingShapeTests.run(bytes: member) }
        var options = Self.limits()
        options.limits.decompressedBytes = 100
        #expect(
            englishImportError { try StreamingShapeTests.run(bytes: member, options: options) }
                == "x.json: byte \(member.count): limit exceeded: gzip data decompresses to more than 100 bytes"
                + " (raise it with --max-decompressed-size)"
        )
    }

    @Test(arguments: ["1e300", "9.3e18", "\"9300000000000000000\"", "-1e300", "1.7976931348623157e308"])
    func hugeEpochTimestampsAreFieldWarnings(value: String) throws {
        let text = StreamingShapeTests.finding.replacingOccurrences(of: "ID", with: "a")
            .replacingOccurrences(of: "\"UPDATED\"", with: value)
        let data = try StreamingShapeTests.run(text)
        #expect(data.findings.count == 1)
        #expect(data.diagnostics.contains { $0.location == "UpdatedAt" })
    }
}
