/// How free text from the data is made safe for one output format before it reaches a template.
///
/// HTML templates keep Mustache's default escaping, so HTML text passes through unchanged here;
/// Markdown templates render as plain text, so this escapes what Markdown would interpret.
enum TextEscaper: Sendable {
    /// HTML: Mustache escapes `{{name}}`.
    case html
    /// Markdown: backslash-escapes inline syntax, folds newlines, defuses line-start syntax.
    case markdown

    /// Makes one piece of free text safe.
    /// - Parameter text: the text, as found in the data.
    /// - Returns: the text to hand to the template.
    func callAsFunction(_ text: String) -> String {
        switch self {
        case .html: text
        case .markdown: Self.markdown(text)
        }
    }

    private static let inlineSpecials: Set<Character> = ["\\", "|", "*", "_", "`", "[", "]", "~"]

    private static func markdown(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": result.append(" ")
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            default:
                if inlineSpecials.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        // What Markdown reads at the start of a line, where a value may land: indentation (four spaces make a
        // code block: leading spaces and tabs are dropped, they show nothing), a heading, a list item, a
        // setext underline or an image; an ordered list item (`1.` or `1)`) gets its dot or bracket escaped.
        result = String(result.drop { $0 == " " })
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
}
