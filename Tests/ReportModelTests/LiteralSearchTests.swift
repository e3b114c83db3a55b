import Foundation
import ReportModel
import TestSupport
import Testing

/// `rangeOfText` finds what Foundation's `range(of:)` finds, on strings and substrings.
@Suite struct LiteralSearchTests {
    private static let needles = [
        ":control/", "/sha256:", ":subscription/", "/finding/", ":product/", "{{", "}}", "://",
        "\n  \"findings\" : [\n\n  ]", "a",
    ]

    private static let pieces = [
        "arn:aws:securityhub:eu-west-1:111122223333:control/aws-foundational-security-best-practices/v/1.0.0/S3.1",
        ":subscription/", "/finding/", "/sha256:", ":control/", ":product/", ":productv2/", "{{", "}}", "{", "}", "://",
        ":", "/", "a", "\r", "\n", "\r\n", "é", "e\u{0301}", "/\u{0301}", ":\u{0301}", "\u{0600}", "日本", "👩‍💻",
        "\n  \"findings\" : [\n\n  ]", "\n  \"findings\" : [\n\n  ]\u{0301}", " ",
    ]

    /// Where a range starts and ends, in UTF-8 bytes.
    private static func offsets<S: StringProtocol>(_ range: Range<S.Index>?, in text: S) -> [Int]? {
        range.map {
            [
                text.utf8.distance(from: text.startIndex, to: $0.lowerBound),
                text.utf8.distance(from: text.startIndex, to: $0.upperBound),
            ]
        }
    }

    @Test("seeded texts of identifiers, CR LF, combining marks and wide text; strings and substrings")
    func agreesWithFoundation() {
        var generator = SeededGenerator(seed: 7_331)
        for round in 0..<4_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            let needle = Self.needles[round % Self.needles.count]
            #expect(
                Self.offsets(text.rangeOfText(needle), in: text) == Self.offsets(text.range(of: needle), in: text),
                "\(Array(text.unicodeScalars)) \(needle)"
            )
            let cut = text.dropFirst(min(2, text.count))
            #expect(
                Self.offsets(cut.rangeOfText(needle), in: cut) == Self.offsets(cut.range(of: needle), in: cut),
                "\(Array(cut.unicodeScalars)) \(needle)"
            )
        }
    }
}
