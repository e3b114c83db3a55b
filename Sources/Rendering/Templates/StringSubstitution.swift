import ReportModel

/// A template's `{{t.key}}` tags replaced with the text they render, for one language, before the template is parsed.
///
/// A report renders `{{t.key}}` in every cell of every table (a column's label for phones), and the library finds `t`
/// by asking each view of the context stack for it, innermost first, each through two dynamic casts: a third of the
/// work of rendering report.html. The text such a tag renders is known once the language is: the table's entry,
/// escaped as the template's `{{name}}` is (`escape`). Written into the template's text, it renders the same bytes
/// with no lookup.
///
/// A tag is replaced only where the result is certainly the same: only the plain form `{{t.key}}` (not `{{{t.key}}}`,
/// `{{& t.key}}` or one with spaces), only in a template without a set-delimiter tag, and only with an entry that
/// - exists (a missing one stays a tag, for `TemplateSet.table(for:)` to report),
/// - has a character other than whitespace (a tag's line is never standalone, a line of only whitespace may be),
/// - has no line break (lines keep their numbers), no brace (the text cannot make or join a tag) and
/// - is escaped by `escape` (nil: only an entry the library's own escaping leaves as it is, without `<`, `>`, `&`,
///   `"` or `'`).
///
/// Only `ReportViewModel` has a member named `t`, and no template opens a section on a dictionary, so every
/// `{{t.key}}` of the templates names the root's table wherever it stands (`StringSubstitutionTests` renders the
/// shipped templates both ways).
enum StringSubstitution {
    /// The text with its `{{t.key}}` tags replaced.
    /// - Parameters:
    ///   - text: a template's text.
    ///   - entries: the language's table.
    ///   - escape: the escaping of the template's `{{name}}`, or nil for the library's own.
    /// - Returns: the text, with every tag that can be replaced replaced.
    static func substituted(_ text: String, entries: [String: String], escape: ((String) -> String)?) -> String {
        guard text.rangeOfText("{{=") == nil else { return text }
        let bytes = Array(text.utf8)
        let open = Array("{{t.".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var copied = 0
        while index + open.count < bytes.count {
            guard bytes[index] == open[0], bytes[index + 1] == open[1], bytes[index + 2] == open[2],
                bytes[index + 3] == open[3]
            else {
                index += 1
                continue
            }
            var end = index + open.count
            while end < bytes.count, isKeyByte(bytes[end]) { end += 1 }
            let closed =
                end > index + open.count && end + 1 < bytes.count && bytes[end] == 0x7D && bytes[end + 1] == 0x7D
            let triple =
                (index > 0 && bytes[index - 1] == 0x7B) || (closed && end + 2 < bytes.count && bytes[end + 2] == 0x7D)
            guard closed, !triple,
                let value = entries[String(decoding: bytes[(index + open.count)..<end], as: UTF8.self)],
                let rendered = replacement(for: value, escape: escape)
            else {
                index += 1
                continue
            }
            result.append(contentsOf: bytes[copied..<index])
            result.append(contentsOf: rendered.utf8)
            index = end + 2
            copied = index
        }
        guard copied > 0 else { return text }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: result, as: UTF8.self)
    }

    /// The text a tag naming `value` renders, when writing it in the tag's place renders the same.
    private static func replacement(for value: String, escape: ((String) -> String)?) -> String? {
        for byte in value.utf8 {
            switch byte {
            case 0x0A, 0x0D, UInt8(ascii: "{"), UInt8(ascii: "}"): return nil
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                if escape == nil { return nil }
            default: break
            }
        }
        guard !value.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return nil }
        return escape.map { $0(value) } ?? value
    }

    /// Whether the byte may be part of a string table key (letters, digits, `_`).
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
    }
}
