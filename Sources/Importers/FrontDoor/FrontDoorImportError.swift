public import ReportModel

/// Why an ECR or WAF record could not be read at all; recoverable issues are diagnostics instead.
///
/// To be folded into the importer's `ImportError` when the general importer lands.
public enum FrontDoorImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not one JSON object.
    case invalidJSON(origin: RecordOrigin, message: String)
    /// The JSON is not the expected shape: a value of the wrong type at a JSON path.
    case invalidRecord(origin: RecordOrigin, path: String, message: String)
    /// A field the record cannot do without is missing.
    case missingField(origin: RecordOrigin, path: String)

    /// What is wrong, without the file and record number: `path: message`.
    public var reason: String {
        switch self {
        case .invalidJSON(_, let message): message
        case .invalidRecord(_, let path, let message): "\(path): \(message)"
        case .missingField(_, let path): "\(path): missing"
        }
    }

    /// `file: record n: path: message`, lowercase, no trailing period.
    public var description: String {
        switch self {
        case .invalidJSON(let origin, let message):
            "\(origin.file): record \(origin.record): invalid json: \(message)"
        case .invalidRecord(let origin, let path, let message):
            "\(origin.file): record \(origin.record): \(path): \(message)"
        case .missingField(let origin, let path):
            "\(origin.file): record \(origin.record): \(path): missing"
        }
    }
}
