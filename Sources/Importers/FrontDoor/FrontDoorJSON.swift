import Foundation
import ReportModel

/// Decodes one record with `JSONDecoder`, turning decoding errors into positioned import errors.
enum FrontDoorJSON {
    /// Decodes a record.
    /// - Parameters:
    ///   - type: the export shape.
    ///   - data: the record's bytes.
    ///   - origin: where the record was read.
    /// - Returns: the decoded value.
    /// - Throws: `FrontDoorImportError` with the JSON path of the first problem.
    static func decode<T: Decodable>(
        _ type: T.Type,
        from data: Data,
        origin: RecordOrigin
    ) throws(FrontDoorImportError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw failure(error).error(at: origin)
        }
    }

    /// What went wrong decoding a record, as the import reports it once it knows where the record is.
    /// - Parameter error: the decoder's error.
    /// - Returns: the failure: a decoding error by its JSON path, a field value error as given, else not JSON.
    static func failure(_ error: any Error) -> FrontDoorFailure {
        switch error {
        case let error as DecodingError: convert(error)
        case let error as FieldValueError: .invalidRecord(path: error.path, message: error.message)
        default: .invalidJSON(Message(.notJSONText))
        }
    }

    /// A JSON path such as `imageScanFindings.findings[3].severity`: the one translator's path.
    /// - Parameter codingPath: the decoder's coding path.
    /// - Returns: the path text; `$` for the top level.
    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "$" : DecodingErrorText.path(codingPath)
    }

    private static func convert(_ error: DecodingError) -> FrontDoorFailure {
        switch error {
        case .typeMismatch(let type, let context):
            return .invalidRecord(
                path: path(context.codingPath),
                message: Message(.expectedType, ["type": .message(DecodingErrorText.name(type))])
            )
        case .valueNotFound(let type, let context):
            return .invalidRecord(
                path: path(context.codingPath),
                message: Message(.expectedTypeFoundNull, ["type": .message(DecodingErrorText.name(type))])
            )
        case .keyNotFound(let key, let context):
            return .missingField(path: path(context.codingPath + [key]))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return .invalidJSON(Message(.notJSONText)) }
            return .invalidRecord(path: path(context.codingPath), message: Message(.invalidValue))
        @unknown default:
            return .invalidJSON(Message(.notJSONText))
        }
    }
}

/// A record that could not be decoded, before it is known where it was read (records are decoded on
/// the splitting thread; the import names the file and record).
enum FrontDoorFailure: Sendable {
    /// A value of the wrong type or an invalid value at a JSON path.
    case invalidRecord(path: String, message: Message)
    /// A required member missing at a JSON path.
    case missingField(path: String)
    /// Not JSON of an object.
    case invalidJSON(Message)

    /// The import error for the record read at `origin`.
    func error(at origin: RecordOrigin) -> FrontDoorImportError {
        switch self {
        case .invalidRecord(let path, let message): .invalidRecord(origin: origin, path: path, message: message)
        case .missingField(let path): .missingField(origin: origin, path: path)
        case .invalidJSON(let message): .invalidJSON(origin: origin, message: message)
        }
    }
}

/// An integer that may arrive as a JSON number (int or float) or a numeric string.
///
/// Values beyond ±2^53 (where doubles stop being exact) are refused as out of range, so sums of
/// counts from input stay far from `Int` overflow.
struct LenientInt: Decodable, Sendable, Equatable {
    /// The largest magnitude accepted.
    static let maximum = 1 << 53

    let value: Int

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let parsed: Int?
        if let number = try? container.decode(Int.self) {
            parsed = number
        } else if let number = try? container.decode(Double.self) {
            parsed = number.isFinite && abs(number) <= Double(Self.maximum) ? Int(exactly: number.rounded()) : nil
            if parsed == nil {
                throw FieldValueError(decoder.codingPath, Message(.numberOutOfRange, ["value": .text("\(number)")]))
            }
        } else {
            let text = try container.decode(String.self)
            parsed = Int(text.trimmingCharacters(in: .whitespaces))
            if parsed == nil {
                throw FieldValueError(
                    decoder.codingPath,
                    Message(.notAnInteger, ["value": .text(String(text.prefix(40)))])
                )
            }
        }
        guard let parsed, parsed.magnitude <= UInt(Self.maximum) else {
            throw FieldValueError(decoder.codingPath, Message(.integerOutOfRange))
        }
        value = parsed
    }
}
