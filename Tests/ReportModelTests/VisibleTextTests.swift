import Foundation
import Testing

@testable import ReportModel

/// Issue 11: one place decides which characters are shown as escapes.
@Suite struct VisibleTextTests {
    static func scalars(_ values: UInt32...) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }

    @Test(
        arguments: [
            ("a\u{1B}]0;x\u{07}b", "a\\u001B]0;x\\u0007b"),
            ("nul\u{0}vt\u{0B}ff\u{0C}cr\r", "nul\\u0000vt\\u000Bff\\u000Ccr\\u000D"),
            ("c1\u{85}\u{9B}del\u{7F}", "c1\\u0085\\u009Bdel\\u007F"),
            ("\u{202E}evil\u{202C}\u{2066}\u{2069}", "\\u202Eevil\\u202C\\u2066\\u2069"),
            ("zero\u{200B}width\u{200D}\u{FEFF}", "zero\\u200Bwidth\\u200D\\uFEFF"),
            ("non" + scalars(0xFFFE, 0xFFFF, 0xFDD0, 0x10FFFF), "non\\uFFFE\\uFFFF\\uFDD0\\U0010FFFF"),
            ("tab\tnew\nline ok: é 日本 😀", "tab\tnew\nline ok: é 日本 😀"),
        ] as [(String, String)]
    )
    func escapesWhatMustNotReachAnOutput(input: String, expected: String) {
        #expect(VisibleText.escaped(input) == expected)
    }

    @Test func newlinesAreEscapedForOneLineOutputs() {
        #expect(VisibleText.escaped("a\nwarning: forged", newlines: true) == "a\\u000Awarning: forged")
    }

    @Test func jsonStringsShowTheEscapeAndStayValid() throws {
        let value = "x\u{1B}[31m\u{202E}\u{8}\u{C}\r\n\\u001b\""
        let encoded = try JSONEncoder().encode(["k": value])
        let visible = VisibleText.escapedJSON(String(decoding: encoded, as: UTF8.self))
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(visible.utf8))
        #expect(decoded["k"] == "x\\u001B[31m\\u202E\\u0008\\u000C\\u000D\n\\u001b\"")
    }

    /// The text is scanned eight bytes at a time: what must be shown as an escape is found at every
    /// offset, next to word boundaries included, and a backslash at the end of one word still pairs
    /// with the escape letter that starts the next.
    @Test func escapesAreFoundAtEveryOffset() throws {
        let cases: [(value: String, shown: String)] = [
            ("\u{1B}", "\\u001B"), ("\u{7F}", "\\u007F"), ("\u{202E}", "\\u202E"), ("\u{8}", "\\u0008"),
            ("\r", "\\u000D"), ("\u{FEFF}", "\\uFEFF"),
        ]
        for (value, shown) in cases {
            for offset in 0..<24 {
                let before = String(repeating: "a", count: offset)
                let after = String(repeating: "b", count: 23 - offset % 7)
                let encoded = try JSONEncoder().encode([before + value + after])
                let visible = VisibleText.escapedJSON(String(decoding: encoded, as: UTF8.self))
                let decoded = try JSONDecoder().decode([String].self, from: Data(visible.utf8))
                #expect(decoded == [before + shown + after], "\(Array(value.unicodeScalars)) at \(offset)")
            }
        }
        let plain = String(repeating: "plain text, tabs\tand new\nlines / é 日本 ", count: 5)
        #expect(VisibleText.escapedJSON(plain) == plain)
    }

    /// The word test that lets a word through whole says "maybe" exactly when one of its bytes could need an
    /// escape (beyond ASCII, a control byte other than a line break or a tab, DEL, a backslash): every byte value
    /// at every place among neighbours of every kind, line breaks and tabs beside them included.
    @Test func wordTestAgreesWithTheBytes() {
        func special(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0x5C
        }
        func word(_ bytes: [UInt8]) -> UInt64 {
            bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        }
        let neighbours: [UInt8] = [0x20, 0x0A, 0x09, 0x61, 0x0B, 0x1F, 0x21, 0x7E, 0x5B, 0x2A, 0x29, 0x00, 0xFF]
        var checked = 0
        for filler in neighbours {
            for place in 0..<8 {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = UInt8(value)
                    let expected = bytes.contains(where: special)
                    #expect(VisibleText.mayHoldSpecialByte(word(bytes)) == expected, "\(bytes)")
                    checked += 1
                }
            }
        }
        // Words of line breaks, tabs and one other byte in every arrangement of a seeded sequence.
        var state: UInt64 = 42
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<8 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33)
                bytes.append(pick % 3 == 0 ? 0x0A : pick % 3 == 1 ? 0x09 : UInt8(truncatingIfNeeded: pick >> 2))
            }
            #expect(VisibleText.mayHoldSpecialByte(word(bytes)) == bytes.contains(where: special), "\(bytes)")
        }
        #expect(checked == neighbours.count * 8 * 256)
    }

    /// `leavesUnchanged` answers true only for text the full pass returns as it is, and for every byte says what
    /// the word test says: every byte value at every place of texts of one to three words and a tail.
    @Test func leavesUnchangedAgreesWithThePass() {
        func special(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || byte == 0x5C
        }
        for count in [1, 7, 8, 9, 16, 19] {
            for place in 0..<count {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: UInt8(ascii: "\""), count: count)
                    bytes[place] = UInt8(value)
                    let answer = bytes.withUnsafeBufferPointer { VisibleText.leavesUnchanged($0) }
                    #expect(answer == !bytes.contains(where: special), "\(bytes)")
                    if answer {
                        let text = String(decoding: bytes, as: UTF8.self)
                        #expect(VisibleText.escapedJSON(text) == text, "\(bytes)")
                    }
                }
            }
        }
    }

    /// The byte pass `escaped` takes first agrees with asking every scalar, for each scalar at the edges of what must be
    /// escaped (ASCII controls, DEL, C1, bidi marks, the BOM, noncharacters in every plane) and for plain text of
    /// every length around the eight-byte steps, with the character at every position.
    @Test func theBytePassAgreesWithEveryScalar() {
        let edges: [UInt32] = [
            0x00, 0x08, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xE9, 0x061B, 0x061C, 0x061D,
            0x200A, 0x200B, 0x200F, 0x2010, 0x2029, 0x202A, 0x202E, 0x202F, 0x2065, 0x2066, 0x2069, 0x206A, 0x3042,
            0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFEFE, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1F600, 0x1FFFE, 0x1FFFF,
            0x10FFFD, 0x10FFFE, 0x10FFFF,
        ]
        for value in edges {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for length in [0, 1, 7, 8, 9, 15, 16, 17] {
                for position in Set([0, length / 2, length]) {
                    var text = String(repeating: "a", count: length)
                    text.insert(Character(scalar), at: text.index(text.startIndex, offsetBy: position))
                    for newlines in [false, true] {
                        let expected = !text.unicodeScalars.contains { VisibleText.mustEscape($0, newlines: newlines) }
                        let bytes = Array(text.utf8)
                        let found = bytes.withUnsafeBufferPointer { VisibleText.leavesAsIs($0, newlines: newlines) }
                        #expect(found == expected, "U+\(String(value, radix: 16)) at \(position) of \(length)")
                    }
                }
            }
        }
    }
}
