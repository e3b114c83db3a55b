/// Why a report could not be rendered. Every case names the template (or table) and, where
/// known, the line.
public enum RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template does not parse: its path, line, column and the parser's reason.
    case templateSyntax(template: String, line: Int, column: Int, message: String)
    /// A template the renderer needs is not in the set, e.g. `html/report.mustache`.
    case missingTemplate(String)
    /// A template includes a partial that is not in the set.
    case missingPartial(template: String, line: Int, partial: String)
    /// No string table for the language, e.g. `strings/fr.json`.
    case missingStringTable(String)
    /// A string table is not a flat JSON object of strings.
    case invalidStringTable(table: String, message: String)
    /// A label or sentence key is missing from the selected string table; `template` is where it is used.
    case missingString(key: String, table: String, template: String, line: Int)
    /// The rendered HTML is not well-formed XML (XHTML-compatible markup is required).
    case invalidHTML(document: String, line: Int, column: Int, message: String)
    /// report.json could not be encoded.
    case encodingFailed(String)
    /// An identifier survived masking in a redacted or summary edition: the file, line and kind of
    /// identifier (never the identifier itself). Nothing is written.
    case redactionLeak(file: String, line: Int, kind: String)

    /// `template:line: message`, lowercase, no trailing period.
    public var description: String {
        switch self {
        case .templateSyntax(let template, let line, let column, let message):
            "\(template):\(line):\(column): template does not parse: \(message)"
        case .missingTemplate(let name):
            "\(name): template is missing"
        case .missingPartial(let template, let line, let partial):
            "\(template):\(line): partial \"\(partial)\" is missing"
        case .missingStringTable(let table):
            "\(table): string table is missing"
        case .invalidStringTable(let table, let message):
            "\(table): invalid string table: \(message)"
        case .missingString(let key, let table, let template, let line):
            "\(template):\(line): key \"\(key)\" is missing from \(table)"
        case .invalidHTML(let document, let line, let column, let message):
            "\(document):\(line):\(column): rendered html is not well-formed: \(message)"
        case .encodingFailed(let message):
            "report.json: encoding failed: \(message)"
        case .redactionLeak(let file, let line, let kind):
            "\(file):\(line): an unmasked \(kind) is left in the masked edition; nothing was written"
        }
    }
}
