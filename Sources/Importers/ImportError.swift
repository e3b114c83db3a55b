/// A problem that stops the import of a file: the run fails with exit code 3.
///
/// Every case names the file and where in it the problem is: a line and column in the
/// decompressed text (1-based), or a byte offset in the stored bytes for gzip errors.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file is zero bytes or only whitespace.
    case emptyInput(file: String)
    /// The JSON text ended before the value it started was complete.
    case truncatedJSON(file: String, position: TextPosition, reason: String)
    /// The text is not valid JSON at the given position.
    case invalidJSON(file: String, position: TextPosition, reason: String)
    /// The JSON is valid but its shape is not one the importer reads (a scalar, nothing recognised).
    case wrongShape(file: String, position: TextPosition, reason: String)
    /// One record cannot be read (invalid text, a known family's record that does not fit its shape,
    /// a finding without an id); `position` is in the file, `record` the record's JSON path.
    case unreadableRecord(file: String, position: TextPosition, record: String, reason: String)
    /// The gzip stream is damaged or ends early; `offset` counts stored (compressed) bytes.
    case badGzip(file: String, offset: Int, reason: String)
    /// A resource limit was reached: `location` is `line:column` in the text or `byte N` of the
    /// stored bytes, `limit` says which limit and its value, `option` raises it.
    case limitExceeded(file: String, location: String, limit: String, option: String)

    /// The file the error concerns.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .emptyInput(let file), .truncatedJSON(let file, _, _),
            .invalidJSON(let file, _, _), .wrongShape(let file, _, _), .badGzip(let file, _, _),
            .unreadableRecord(let file, _, _, _), .limitExceeded(let file, _, _, _):
            file
        }
    }

    /// `file:line:column: reason`, lowercase, no trailing period.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): unreadable: \(reason)"
        case .emptyInput(let file):
            "\(file): empty input"
        case .truncatedJSON(let file, let position, let reason):
            "\(file):\(position): truncated JSON: \(reason)"
        case .invalidJSON(let file, let position, let reason):
            "\(file):\(position): invalid JSON: \(reason)"
        case .wrongShape(let file, let position, let reason):
            "\(file):\(position): wrong shape: \(reason)"
        case .unreadableRecord(let file, let position, let record, let reason):
            "\(file):\(position): unreadable record\(record.isEmpty ? "" : " " + record): \(reason)"
                + " (--skip-invalid leaves it out of the report and counts it)"
        case .badGzip(let file, let offset, let reason):
            "\(file): byte \(offset): bad gzip: \(reason)"
        case .limitExceeded(let file, let location, let limit, let option):
            "\(file)\(location.hasPrefix("byte") ? ": " : ":")\(location): limit exceeded: \(limit) (raise it with \(option))"
        }
    }
}
