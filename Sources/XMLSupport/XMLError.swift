/// Why a document is not well-formed XML.
public enum XMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parser stopped: document name, line, column and libxml2's message.
    case notWellFormed(document: String, line: Int, column: Int, message: String)
    /// libxml2 could not allocate a parser.
    case parserUnavailable(document: String)

    /// `document:line:column: message`.
    public var description: String {
        switch self {
        case .notWellFormed(let document, let line, let column, let message):
            "\(document):\(line):\(column): not well-formed XML: \(message)"
        case .parserUnavailable(let document):
            "\(document): libxml2 parser could not be created"
        }
    }
}
