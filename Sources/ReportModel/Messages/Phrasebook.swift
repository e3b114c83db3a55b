/// Words messages in one language from the entries of a string table.
///
/// A message's wording is the entry `msg_<code>`; when the message has a `count` parameter and the
/// table has `msg_<code>_one` / `msg_<code>_other`, the count picks one. `{name}` placeholders are
/// replaced by the parameters, each text escaped by the caller's function; lists are joined with the
/// entry `listSeparator`. A code the table lacks is worded as its `description`, so a terminal never
/// loses a message; tests check that both tables word every code.
public struct Phrasebook: Sendable, Equatable {
    /// The table's entries, key to text.
    public let entries: [String: String]

    /// Creates a phrasebook.
    /// - Parameter entries: the string table's entries.
    public init(entries: [String: String]) {
        self.entries = entries
    }

    /// The table key of a code's wording, before any plural suffix: `msg_wafCountMode`.
    /// - Returns: the key.
    public static func key(_ code: MessageCode) -> String { "msg_" + code.rawValue }

    /// Whether the table words a code.
    /// - Returns: true when the plain or both plural entries are present.
    public func words(_ code: MessageCode) -> Bool {
        let key = Self.key(code)
        return entries[key] != nil || (entries[key + "_one"] != nil && entries[key + "_other"] != nil)
    }

    /// The message as a sentence; `escape` is applied to every parameter text (HTML, Markdown), never to the
    /// table's own text.
    /// - Returns: the worded message.
    public func text(_ message: Message, escape: (String) -> String = { $0 }) -> String {
        let key = Self.key(message.code)
        var pattern = entries[key]
        if case .number(let count) = message.parameters["count"],
            let plural = entries[key + (count == 1 ? "_one" : "_other")]
        {
            pattern = plural
        }
        guard let pattern else { return escape(message.description) }
        // One pass over the pattern, so a value that itself contains `{name}` is never filled in again.
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = message.parameters[String(rest[rest.index(after: open)..<close])]
            else {
                result += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += text(value, escape: escape)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func text(_ parameter: MessageParameter, escape: (String) -> String) -> String {
        switch parameter {
        case .text(let text): escape(text)
        case .number(let number): String(number)
        case .list(let items): items.map(escape).joined(separator: entries["listSeparator"] ?? ", ")
        case .message(let message): text(message, escape: escape)
        }
    }
}
