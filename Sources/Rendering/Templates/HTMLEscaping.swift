import Mustache

/// The escaping of `{{name}}` in the HTML templates: `<`, `>`, `&`, `"` and `'` replaced with references wherever
/// they are, a byte at a time.
///
/// swift-mustache's default (`HTMLContentType`) replaces them one `Character` at a time, through a dictionary: a
/// quote followed by a combining mark is one character there, not a quote, and was left as it was (in an attribute
/// value it would end the value), and breaking every text into characters cost ~13,000 instructions a table cell, a
/// twentieth of rendering a report. In UTF-8 these five bytes are never part of another character's bytes, so
/// replacing the bytes replaces every one of them: the same text as the library's wherever each stands as a
/// character of its own (`HTMLEscapingTests` holds the two side by side), the quote with a mark escaped too.
struct HTMLEscaping: MustacheContentType {
    /// The name the HTML templates are parsed under (`TemplateSet`).
    static let name = "POSTURE_HTML"

    /// Registers the content type with the library, once, before the first template naming it is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    /// The pragma put on a line before an HTML template's first: every `{{name}}` after it escaped here.
    static let pragma = "{{%CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String {
        Self.escaped(text)
    }

    /// The text with `<`, `>`, `&`, `"` and `'` replaced with references wherever they are: for HTML, and for the
    /// charts' SVG (`SVGWriter`), where a `<` left before a combining mark would not be well-formed XML.
    /// - Parameter text: a value as the data holds it.
    /// - Returns: the escaped text (the text itself when nothing is replaced).
    static func escaped(_ text: String) -> String {
        var stored = text
        return stored.withUTF8 { bytes in
            guard bytes.contains(where: isReplaced) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 4)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether the byte is one of the replaced characters.
    private static func isReplaced(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
