import ReportModel

/// How free text from the data is made safe for one output format before it reaches a template.
///
/// HTML templates keep Mustache's default escaping, so HTML text passes through unchanged here;
/// Markdown templates render as plain text, so this escapes what Markdown would interpret.
enum TextEscaper: Sendable {
    /// HTML: Mustache escapes `{{name}}`.
    case html
    /// Markdown: backslash-escapes inline syntax, folds newlines, defuses line-start syntax.
    case markdown

    /// The most characters a page shows of one text from the data: above every text field of a Security Hub finding
    /// (a description holds at most 1,024), so only a crafted export reaches it. Sixty findings with half a megabyte
    /// of title, resource id and tag each made an 89 MB report.html; report.json keeps every text whole.
    static let shownCharacters = 1_024

    /// Makes one piece of free text safe, cut to `shownCharacters` with an ellipsis.
    /// - Parameter text: the text, as found in the data.
    /// - Returns: the text to hand to the template.
    func callAsFunction(_ text: String) -> String {
        whole(Self.shown(text))
    }

    /// Makes one piece of free text safe, however long: for what the team wrote in its configuration (an acceptance's
    /// reason, a question), the record of a decision, shown as written.
    /// - Parameter text: the text, as written.
    /// - Returns: the text to hand to the template.
    func whole(_ text: String) -> String {
        switch self {
        case .html: text
        case .markdown: Self.escapedForMarkdown(text)
        }
    }

    /// The text, or its first `shownCharacters` characters and an ellipsis (a text of at most that many UTF-8 bytes
    /// is never counted).
    /// - Parameter text: the text, as found in the data.
    /// - Returns: what a page shows of it.
    static func shown(_ text: String) -> String {
        guard text.utf8.count > shownCharacters else { return text }
        let end = text.index(text.startIndex, offsetBy: shownCharacters, limitedBy: text.endIndex) ?? text.endIndex
        return end == text.endIndex ? text : String(text[..<end]) + "…"
    }

    private static let inlineSpecials: Set<Unicode.Scalar> = ["\\", "|", "*", "_", "`", "[", "]", "~"]

    /// The bytes the loop of `escapedForMarkdown(_:characterByCharacter:)` changes or escapes: line breaks and tabs,
    /// `<`, `>`, `&` and `inlineSpecials`. A text without any is what the loop would copy as it is (it changes only
    /// these scalars, and in UTF-8 their bytes are never part of another scalar's).
    private static let changedBytes: [Bool] = (0...255).map { byte in
        Array("\n\r\t<>&\\|*_`[]~".utf8).contains(UInt8(byte))
    }

    /// Free text made safe for Markdown.
    /// - Parameters:
    ///   - text: the text, as found in the data.
    ///   - characterByCharacter: whether the text goes through the character loop even when no byte of it is one the
    ///     loop changes (the same result, which `true` keeps for the tests to compare).
    /// - Returns: the text to hand to the template.
    static func escapedForMarkdown(_ text: String, characterByCharacter: Bool = false) -> String {
        var result =
            !characterByCharacter && Self.keepsEveryCharacter(text) ? text : Self.escapedCharacters(text)
        // What Markdown reads at the start of a line, where a value may land: indentation (four spaces make a
        // code block: leading spaces and tabs are dropped, they show nothing), a heading, a list item, a
        // setext underline or an image; an ordered list item (`1.` or `1)`) gets its dot or bracket escaped.
        if result.utf8.first == UInt8(ascii: " ") { result = String(result.drop { $0 == " " }) }
        if let first = result.first, "#+-=!".contains(first) {
            result = "\\" + result
        }
        let digits = result.prefix { $0.isASCII && $0.isNumber }
        let rest = result.dropFirst(digits.count)
        if (1...9).contains(digits.count), let marker = rest.first, marker == "." || marker == ")",
            rest.dropFirst().first.map({ $0 == " " }) ?? true
        {
            result = digits + "\\" + rest
        }
        return result
    }

    /// Whether no byte of `text` is one the character loop changes (`changedBytes`): most labels, titles and ids.
    private static func keepsEveryCharacter(_ text: String) -> Bool {
        text.withStoredUTF8 { bytes in !bytes.contains { changedBytes[Int($0)] } }
    }

    /// Line breaks and tabs folded to a space (CR LF to one), `<`, `>` and `&` as references, inline syntax
    /// backslash-escaped: each one wherever it is, also where a combining mark follows it. Read as `Character`s, `|`
    /// and a mark were one character, not `|`, and were left as they were, while Markdown reads the `|` byte (a table
    /// cell ended there: a value could add columns to a table) and the other marks alike.
    private static func escapedCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn: continue
            case "\n", "\r", "\t": result.append(" ")
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default:
                if inlineSpecials.contains(scalar) { result.append("\\") }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
