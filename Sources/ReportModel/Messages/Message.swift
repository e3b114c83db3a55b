/// A sentence the tool writes, as a value: what happened (a code) and the values it names.
///
/// Stages return messages, never sentences; the wording lives in the string tables
/// (`templates/strings/en.json`, `ja.json`) under `msg_<code>`, and a `Phrasebook` words a message
/// in one language. Parameters are values (ids, counts, paths), escaped by whoever words them.
public struct Message: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What happened.
    public var code: MessageCode
    /// The values the wording names, by placeholder name (`{group}`); `count` picks a plural form.
    public var parameters: [String: MessageParameter]

    /// Creates a message; every argument sets the property of the same name.
    public init(_ code: MessageCode, _ parameters: [String: MessageParameter] = [:]) {
        self.code = code
        self.parameters = parameters
    }

    /// `code(name=value, …)` with the parameters in name order: a stable form without a string table.
    public var description: String {
        guard !parameters.isEmpty else { return code.rawValue }
        let named = parameters.keys.sorted().map { "\($0)=\(parameters[$0]?.description ?? "")" }
        return code.rawValue + "(" + named.joined(separator: ", ") + ")"
    }

    /// Every text value in the message, nested ones included, changed by `transform` (used to mask identifiers).
    /// - Parameter transform: the change applied to each text value.
    /// - Returns: the changed message.
    public func mapTexts(_ transform: (String) -> String) -> Message {
        Message(code, parameters.mapValues { $0.mapTexts(transform) })
    }
}

/// One value a message names.
public indirect enum MessageParameter: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Text from the input or the configuration: an id, a path, a value; never a sentence.
    case text(String)
    /// A whole number, written with plain digits.
    case number(Int)
    /// Several texts, joined with the table's `listSeparator`.
    case list([String])
    /// A message worded inside another one.
    case message(Message)

    /// The value without a string table.
    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): String(number)
        case .list(let items): "[" + items.joined(separator: ", ") + "]"
        case .message(let message): message.description
        }
    }

    /// The value with each text changed by `transform`.
    /// - Returns: the changed value.
    public func mapTexts(_ transform: (String) -> String) -> MessageParameter {
        switch self {
        case .text(let text): .text(transform(text))
        case .number: self
        case .list(let items): .list(items.map(transform))
        case .message(let message): .message(message.mapTexts(transform))
        }
    }

    /// Text as a JSON string, a number as a JSON number, a list as an array, a message as `{code, parameters}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .list(let items): try container.encode(items)
        case .message(let message): try container.encode(message)
        }
    }

    /// Reads the form `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let items = try? container.decode([String].self) {
            self = .list(items)
        } else {
            self = .message(try container.decode(Message.self))
        }
    }
}
