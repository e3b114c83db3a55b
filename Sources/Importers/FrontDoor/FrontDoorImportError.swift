public import ReportModel

/// Why an ECR or WAF record could not be read at all; recoverable issues are diagnostics instead.
///
/// To be folded into the importer's `ImportError` when the general importer lands.
public enum FrontDoorImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not one JSON object.
    case invalidJSON(origin: RecordOrigin, message: Message)
    /// The JSON is not the expected shape: a value of the wrong type at a JSON path.
    case invalidRecord(origin: RecordOrigin, path: String, message: Message)
    /// A field the record cannot do without is missing.
    case missingField(origin: RecordOrigin, path: String)

    /// What is wrong, without the file and record number: `path: message`.
    public var reason: Message {
        switch self {
        case .invalidJSON(_, let message): message
        case .invalidRecord(_, let path, let message):
            Message(.fieldProblem, ["path": .text(path), "reason": .message(message)])
        case .missingField(_, let path): Message(.fieldMissing, ["path": .text(path)])
        }
    }

    /// `file#record: code(parameters)`, without a string table.
    public var description: String {
        switch self {
        case .invalidJSON(let origin, _), .invalidRecord(let origin, _, _), .missingField(let origin, _):
            "\(origin): \(reason)"
        }
    }
}
