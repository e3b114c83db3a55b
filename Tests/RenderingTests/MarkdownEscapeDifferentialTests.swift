import TestSupport
import Testing

@testable import Rendering

/// Markdown escaping copies a text without any byte its character loop changes as it is, without the loop: held here
/// to the loop (every character read as a `Character`, `characterByCharacter: true`) on texts made of what the loop
/// treats specially, what only looks alike (a special byte inside a longer character, CR LF as one character,
/// combining marks on a space or a digit) and plain text, at every length up to eight.
@Suite struct MarkdownEscapeDifferentialTests {
    /// Pieces texts are made of.
    static let pieces: [String] = [
        "a", "Z", "7", " ", ".", ")", "#", "-", "!", "\n", "\r", "\r\n", "\t", "<", ">", "&", "\\", "|", "*", "_", "`",
        "[", "]", "~", "é", "e\u{301}", " \u{301}", "1\u{301}", "<\u{338}", "日本", "🔒", "\u{200B}",
    ]

    /// A markup character followed by a combining mark is escaped as it is alone: Markdown reads its byte (a `|` ends
    /// a table cell, a `[` opens a link's text), whatever follows it.
    @Test(arguments: [
        ("a|\u{301}b", "a\\|\u{301}b"), ("[\u{301}x](y)", "\\[\u{301}x\\](y)"), ("<\u{301}b>", "&lt;\u{301}b&gt;"),
        ("*\u{301}x*\u{301}", "\\*\u{301}x\\*\u{301}"), ("x\r\ny", "x y"), ("x\r\u{301}\ny", "x \u{301} y"),
        ("`\u{200D}`", "\\`\u{200D}\\`"),
    ])
    func aMarkupCharacterWithAMarkIsEscaped(text: String, escaped: String) {
        #expect(TextEscaper.escapedForMarkdown(text) == escaped)
        #expect(TextEscaper.escapedForMarkdown(text, characterByCharacter: true) == escaped)
    }

    @Test func agreesWithTheCharacterLoop() {
        // A seeded walk through many combinations: a failure reproduces.
        var random = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        let texts = random.texts(of: Self.pieces, longest: 8, each: 2000)
        #expect(texts.count == 18_000)
        for text in texts {
            #expect(
                TextEscaper.escapedForMarkdown(text)
                    == TextEscaper.escapedForMarkdown(text, characterByCharacter: true),
                "\(text.debugDescription)"
            )
        }
    }
}

/// A link target in report.md has what Markdown reads in it percent-encoded, also a character a combining mark follows.
@Suite struct MarkdownLinkTargetTests {
    @Test(arguments: [
        ("https://example.com/a_(b)", "https://example.com/a%5F%28b%29"),
        ("https://example.com/a)\u{301}[x](y)", "https://example.com/a%29\u{301}%5Bx%5D%28y%29"),
        ("https://example.com/|\u{200D}*", "https://example.com/%7C\u{200D}%2A"),
    ])
    func aTargetIsEncoded(url: String, target: String) throws {
        let link = try #require(SafeLink(url, escape: .markdown))
        #expect(link.href == target)
        #expect(SafeLink(url, escape: .html)?.href == url)
    }
}
