import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The fast readers' one-pass skip of an object or array (`skipPlainContainer`) against the
/// member-by-member skip it stands in for: wherever it answers, both end at the same byte; it
/// declines wherever the member-by-member skip would give up.
@Suite struct CursorSkipTests {
    /// Where each skip ends at every container that starts in `bytes` (nil: gave up or declined).
    static func compare(_ bytes: [UInt8], label: String) -> (containers: Int, fast: Int) {
        var containers = 0
        var answered = 0
        for start in containerStarts(bytes) {
            var plain: Int?
            var member: Int?
            var strings = StringTable()
            _ = FastJSONCursor.read(Array(bytes[start...]).withOpening, strings: &strings) {
                (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                cursor.index = 1
                if cursor.skipPlainContainer() { plain = cursor.index }
            }
            _ = FastJSONCursor.read(Array(bytes[start...]).withOpening, strings: &strings) {
                (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                cursor.index = 1
                try cursor.skipContainer()
                member = cursor.index
            }
            containers += 1
            if let plain {
                answered += 1
                #expect(plain == member, "\(label) at \(start)")
            }
        }
        return (containers, answered)
    }

    /// Where an object or array starts in JSON text (outside strings).
    static func containerStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var inString = false
        var escaped = false
        for (index, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                starts.append(index)
            }
        }
        return starts
    }

    @Test func theSkipsAgreeOnRecordsOfEveryFamily() throws {
        var containers = 0
        var answered = 0
        for (path, bytes) in FastReaderCorpus.projectFixtureRecords().prefix(400) {
            let result = Self.compare(bytes, label: path)
            containers += result.containers
            answered += result.fast
        }
        #expect(containers > 1_000)
        #expect(answered * 10 > containers * 9)
    }

    @Test func itDeclinesWhatTheMemberSkipChecks() {
        let declined = [
            "{\"a\": \"x\\\"y\"}", "{\"a\\u0062\": 1}", "{\"a\": [\"\\ud800\"]}", "{\"a\": [\"\u{1}\"]}",
        ]
        for text in declined {
            var strings = StringTable()
            let skipped = FastJSONCursor.read(Array(text.utf8), strings: &strings) {
                (cursor: inout FastJSONCursor) throws(FastGiveUp) in cursor.skipPlainContainer()
            }
            #expect(skipped == false, "\(text)")
        }
        let agreed = ["{}", "[]", "{\"a\": {\"b\": [1, {\"c\": \"é ]}\"}]}, \"d\": null}", "[[[[]]], {}, \"}\"]"]
        for text in agreed { Self.compare(Array(text.utf8), label: text) }
    }

    @Test func itDeclinesPastTheDeepestNesting() {
        for levels in [FastJSONCursor.maximumDepth - 1, FastJSONCursor.maximumDepth, FastJSONCursor.maximumDepth + 1] {
            let text = String(repeating: "[", count: levels) + String(repeating: "]", count: levels)
            var strings = StringTable()
            let plain = FastJSONCursor.read(Array(("{\"a\":" + text + "}").utf8), strings: &strings) {
                (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                cursor.index = 5
                return cursor.skipPlainContainer()
            }
            let member = FastJSONCursor.read(Array(("{\"a\":" + text + "}").utf8), strings: &strings) {
                (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                cursor.index = 5
                try cursor.skipContainer()
                return true
            }
            #expect(plain == (member ?? false), "\(levels) levels")
        }
    }
}

extension Array where Element == UInt8 {
    /// The text behind an opening brace, so a cursor that reads only objects takes any container at index 1.
    fileprivate var withOpening: [UInt8] { [UInt8(ascii: "{")] + self }
}
