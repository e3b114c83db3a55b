/// Why scoring could not start: a configuration or rule file is wrong.
///
/// Every case names the file and the position (`file:line:column`), so the user can fix it.
public enum ScoringError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The YAML does not parse.
    case invalidYAML(file: String, line: Int, column: Int, reason: String)
    /// The YAML parses, but a value is wrong: unknown key, missing field, bad date, duplicate id.
    case invalidEntry(file: String, line: Int, column: Int, reason: String)
    /// A CSV rule table is malformed.
    case invalidTable(file: String, line: Int, reason: String)

    /// `file:line:column: reason`.
    public var description: String {
        switch self {
        case .invalidYAML(let file, let line, let column, let reason):
            "\(file):\(line):\(column): invalid YAML: \(reason)"
        case .invalidEntry(let file, let line, let column, let reason):
            "\(file):\(line):\(column): \(reason)"
        case .invalidTable(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        }
    }
}
