import Mustache
import Testing

@testable import Rendering

/// `HTMLEscaping` replaces every `<`, `>`, `&`, `"` and `'` in a text with its reference, and gives what
/// swift-mustache's default escaping gives (a template without a content type) wherever each of them stands as a
/// character of its own: on hostile texts, line breaks, texts beyond ASCII and random mixes of them. Where one is
/// part of a larger character (a quote with a combining mark), the library leaves it and `HTMLEscaping` does not.
@Suite struct HTMLEscapingTests {
    /// Renders `{{v}}`, `{{{v}}}` and `{{v}}` in a section, escaped by the library's default and by `HTMLEscaping`.
    private static func both(_ text: String) throws -> (library: String, ours: String) {
        HTMLEscaping.registered
        let body = "[{{v}}|{{{v}}}|{{#list}}{{.}}{{/list}}]"
        let library = try MustacheTemplate(string: body)
        let ours = try MustacheTemplate(string: HTMLEscaping.pragma + "\n" + body)
        let value: [String: Any] = ["v": text, "list": [text, text]]
        return (library.render(value), ours.render(value))
    }

    /// What the three tags give for a text whose five characters are replaced wherever they are.
    private static func expected(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "[\(escaped)|\(text)|\(escaped)\(escaped)]"
    }

    /// Whether each of the five characters in the text is a character of its own (not part of a larger one).
    private static func eachStandsAlone(_ text: String) -> Bool {
        text.allSatisfy { character in
            character.unicodeScalars.count == 1
                || !character.unicodeScalars.contains { "<>&\"'".unicodeScalars.contains($0) }
        }
    }

    static let hostile = [
        "", "plain", "<script>alert('x')</script>", "a & b < c > d", "\"quoted\" and 'single'",
        "\"\u{301} onmouseover=alert(1) x=\"", "'\u{301}", "<\u{338}", "\u{600}<b>", "\u{600}\"", "\r\n<", "\r\n",
        "e\u{301}<&>", "👩\u{200D}👩\u{200D}👧<", "\u{200D}\"", "日本語<タグ>&\"'", "&amp;", "\u{0}<\u{7F}>",
        "a\u{308}&\u{308}", "\u{1F1EF}\u{1F1F5}'", "\n\"\n", String(repeating: "<&>\"'", count: 300),
    ]

    @Test(arguments: hostile)
    func aHostileText(text: String) throws {
        let (library, ours) = try Self.both(text)
        #expect(ours == Self.expected(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        if Self.eachStandsAlone(text) { #expect(ours == library) }
    }

    @Test func aQuoteWithACombiningMarkIsEscapedWhereTheLibraryLeftIt() throws {
        let quoteWithMark = "\"\u{301}"
        let (library, ours) = try Self.both(quoteWithMark + " onmouseover=alert(1)")
        let left = "[" + quoteWithMark + " onmouseover"
        let escaped = "[&quot;\u{301} onmouseover"
        #expect(library.hasPrefix(left))
        #expect(ours.hasPrefix(escaped))
    }

    @Test func randomMixes() throws {
        let pool: [String] = [
            "<", ">", "&", "\"", "'", "a", " ", "\r", "\n", "\u{301}", "\u{338}", "\u{600}", "\u{200D}", "\u{FE0F}",
            "é", "日", "👩", "\u{1F1EF}", "\u{903}", "\u{1100}", "\u{1161}", ";", "\u{0}",
        ]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var alone = 0
        for _ in 0..<3_000 {
            let text = (0..<next(12)).map { _ in pool[next(pool.count)] }.joined()
            let (library, ours) = try Self.both(text)
            #expect(ours == Self.expected(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            if Self.eachStandsAlone(text) {
                alone += 1
                #expect(ours == library, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            if ours != Self.expected(text) { return }
        }
        #expect(alone > 1_000)
    }
}
