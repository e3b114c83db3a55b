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

    @Test func agreesWithTheCharacterLoop() {
        // A deterministic walk through many combinations (a linear congruential sequence picks the pieces).
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var checked = 0
        for length in 0...8 {
            for _ in 0..<2_000 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
                }
                #expect(
                    TextEscaper.escapedForMarkdown(text)
                        == TextEscaper.escapedForMarkdown(text, characterByCharacter: true),
                    "\(text.debugDescription)"
                )
                checked += 1
            }
        }
        #expect(checked == 18_000)
    }
}
