public import ReportModel

/// Why scoring could not start: a configuration or rule file is wrong.
///
/// Every case names the file and the position (`file:line:column`), so the user can fix it. The reason
/// is a message; `text(in:)` words it (the terminal in English).
public enum ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The YAML does not parse.
    case invalidYAML(file: String, line: Int, column: Int, reason: Message)
    /// The YAML parses, but a value is wrong: unknown key, missing field, bad date, duplicate id.
    case invalidEntry(file: String, line: Int, column: Int, reason: Message)
    /// A CSV rule table is malformed.
    case invalidTable(file: String, line: Int, reason: Message)

    /// Where and what: `file:line:column` and the message.
    public var location: (place: String, message: Message) {
        switch self {
        case .invalidYAML(let file, let line, let column, let reason):
            ("\(file):\(line):\(column)", Message(.invalidYAML, ["reason": .message(reason)]))
        case .invalidEntry(let file, let line, let column, let reason):
            ("\(file):\(line):\(column)", reason)
        case .invalidTable(let file, let line, let reason):
            ("\(file):\(line)", reason)
        }
    }

    /// `file:line:column: reason` with the reason worded by a phrasebook.
    /// - Parameter phrasebook: the wording (the terminal's is English).
    /// - Returns: the line.
    public func text(in phrasebook: Phrasebook) -> String {
        "\(location.place): \(phrasebook.text(location.message))"
    }

    /// `file:line:column: code(parameters)`: the error without a string table.
    public var description: String { "\(location.place): \(location.message)" }
}
