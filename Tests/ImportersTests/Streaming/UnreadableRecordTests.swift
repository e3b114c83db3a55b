import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// A record that cannot be read is an input error at its position in the file, unless
/// `--skip-invalid` leaves it out and counts it.
@Suite struct UnreadableRecordTests {
    /// Two records on two lines; the second one's title holds the byte 0xFF.
    static var bytes: [UInt8] {
        let good = Array(StreamingShapeTests.record("a").utf8)
        let bad = Array(StreamingShapeTests.record("b").replacingOccurrences(of: "\"t\"", with: "\"tX\"").utf8)
        let index = bad.firstIndex(of: UInt8(ascii: "X")) ?? 0
        var broken = bad
        broken[index] = 0xFF
        return Array("{\"Findings\":[\n".utf8) + good + Array(",\n".utf8) + broken + Array("\n]}".utf8)
    }

    /// The column of the 0xFF byte on line 3.
    static var column: Int {
        let line = StreamingShapeTests.record("b")
        let prefix = line[..<(line.range(of: "\"t\"")?.lowerBound ?? line.endIndex)]
        return prefix.unicodeScalars.count + 3
    }

    @Test func invalidUTF8InARecordIsAnInputErrorAtTheFilePosition() {
        #expect(
            englishImportError { try StreamingShapeTests.run(bytes: Self.bytes) }
                == "x.json:3:\(Self.column): unreadable record Findings[1]: invalid UTF-8 byte 0xff in a string"
                + " (--skip-invalid leaves it out of the report and counts it)"
        )
    }

    @Test func skipInvalidLeavesTheRecordOutAndCountsIt() throws {
        let data = try StreamingShapeTests.run(bytes: Self.bytes, options: ImportOptions(skipInvalid: true))
        #expect(data.findings.map(\.id) == ["a"])
        #expect(data.records == 2)
        #expect(data.skipped.map(\.unreadable) == [true])
        #expect(data.inputs.map(\.unreadable) == [1])
        let warning = try #require(data.diagnostics.first)
        #expect(warning.level == .warning)
        #expect(warning.location == "Findings[1]")
        #expect(warning.english.contains("line 3, column \(Self.column)"))
    }

    @Test func aKnownRecordOfTheWrongShapeIsUnreadable() {
        let text =
            "[\(StreamingShapeTests.record("a")),\n"
            + StreamingShapeTests.record("b").replacingOccurrences(of: "{\"Label\":\"HIGH\"}", with: "7") + "]"
        #expect(
            englishImportError { try StreamingShapeTests.run(text) }
                == "x.json:2:1: unreadable record [1]: invalid asff record: Severity: expected an object"
                + " (--skip-invalid leaves it out of the report and counts it)"
        )
    }

    @Test func invalidUTF8OutsideAnyRecordIsAnErrorOfTheFile() {
        let bytes = Array("{\"Findings\":[],\"x\":\"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        #expect(
            englishImportError { try StreamingShapeTests.run(bytes: bytes) }
                == "x.json:1:22: invalid JSON: incomplete UTF-8 sequence in a string"
        )
    }

    @Test func validMultiByteTextIsRead() throws {
        let text = StreamingShapeTests.record("a").replacingOccurrences(of: "\"t\"", with: "\"日本語 🛡️ é\"")
        let data = try StreamingShapeTests.run(text)
        #expect(data.findings.map(\.title) == ["日本語 🛡️ é"])
    }
}

/// Escapes that are valid JSON grammar but not text.
@Suite struct SurrogateEscapeTests {
    @Test(arguments: [#"t\ud800"#, #"\udc00t"#, #"\ud800\n"#, #"\ud800\u0041"#])
    func anUnpairedSurrogateMakesTheRecordUnreadable(title: String) {
        let text = "[" + StreamingShapeTests.record("a").replacingOccurrences(of: "\"t\"", with: "\"\(title)\"") + "]"
        #expect(throws: ImportError.self) { try StreamingShapeTests.run(text) }
        let skipped = try? StreamingShapeTests.run(text, options: ImportOptions(skipInvalid: true))
        #expect(skipped?.skipped.first?.reason.english == "unpaired surrogate escape in a string")
    }

    @Test func aPairedSurrogateIsText() throws {
        let text = StreamingShapeTests.record("a").replacingOccurrences(of: "\"t\"", with: #""\ud83d\udee1 \u00e9""#)
        #expect(try StreamingShapeTests.run(text).findings.map(\.title) == ["🛡 é"])
    }
}
