import TestSupport
import Testing

@testable import Rendering

/// The passes over a whole rendered report (line endings, blank lines, identifier breaks) work on its
/// bytes; they give what the passes over its characters they replaced gave, kept here as the reference.
@Suite struct TextPassesTests {
    // MARK: The character-by-character passes, as they were

    private static func referenceNormalisedLines(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != "\r" })
        var lines = String(scalars).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            return line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func referenceCollapsingBlankLines(_ text: String) -> String {
        var result: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, result.last.map({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) ?? true { continue }
            result.append(blank ? "" : line)
        }
        return result.joined(separator: "\n")
    }

    /// `IdentifierBreaks.insert` as it was: every character through the loop.
    private static func referenceBreaks(_ html: String) -> String {
        IdentifierBreaks.insert(into: html, skippingPlainText: false)
    }

    // MARK: Inputs

    /// Pieces that meet at every kind of character boundary: CR LF pairs, a prepended mark before a space,
    /// a tag or a line feed, combining marks after spaces, tags and `>`, emoji joined by ZWJ, wide text.
    private static let pieces = [
        "a", "Z", " ", "\t", "\n", "\r", "\r\n", "<", ">", "&", ";", "/", ":", "-", "x", "arn:aws:s3:::bucket/key",
        "camelCaseName", "0123456789abcdef0123456789abcdef", "<td class=\"wrap\">", "</td>", "<span class=\"a wrap\">",
        "</span>", "<dd class=\"wrap\">", "</dd>", "<td>", "<br/>", "&amp;", "&#x202E;", "&notareference", "\u{0600}",
        "\u{0301}", "\u{200D}", "👩", "👩‍💻", "日本語", "é", "e\u{0301}", "\u{FEFF}", "\u{2028}", "\u{85}", "  ",
        "\u{1F1EF}\u{1F1F5}",
        // Runs of ASCII inside identifier cells meeting what ends them (read as bytes there): humps, separators
        // before a combining mark, control characters, long runs without a break.
        "aB", "ABcdEF", "x/\u{0301}", ":\u{0301}", "/:", "\u{0B}", "\u{1C}", "a-b", "deadbeefdeadbeefdeadbeef",
    ]

    /// Seeded random texts built from `pieces`, and a few whole ones.
    private static func texts() -> [String] {
        var generator = SeededGenerator(seed: 2_026_120_1)
        var texts = [
            "", "\n", "\n\n\n", "  \n\t\n", "a \n b\t\n\n\n", "x\r\n\r\n\r\ny", "\u{0600} \n\u{0600}\t", "a\u{0600} ",
            "<td class=\"wrap\">arn:aws:iam::123456789012:role/aVeryLongRoleNameWithoutBreaks0123456789</td>",
        ]
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...40, using: &generator)
            texts.append((0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined())
        }
        return texts
    }

    @Test("line endings normalised over bytes as over characters")
    func normalisedLines() {
        for text in Self.texts() {
            #expect(text.normalisedLines == Self.referenceNormalisedLines(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("blank lines collapsed over bytes as over characters")
    func collapsingBlankLines() {
        for text in Self.texts() {
            #expect(
                text.collapsingBlankLines == Self.referenceCollapsingBlankLines(text),
                "\(Array(text.unicodeScalars))"
            )
        }
    }

    @Test("identifier breaks with plain text copied in pieces as character by character")
    func identifierBreaks() {
        for text in Self.texts() {
            #expect(IdentifierBreaks.insert(into: text) == Self.referenceBreaks(text), "\(Array(text.unicodeScalars))")
        }
    }
}
