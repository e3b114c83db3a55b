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
        } catch let error as DecodingError {
            throw convert(error, origin: origin)
        } catch let error as FieldValueError {
            throw .invalidRecord(origin: origin, path: error.path, message: error.message)
        } catch {
            throw .invalidJSON(origin: origin, message: Message(.notJSONText))
        }
    }

    /// A JSON path such as `imageScanFindings.findings[3].severity`: the one translator's path.
    /// - Parameter codingPath: the decoder's coding path.
    /// - Returns: the path text; `$` for the top level.
    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "$" : DecodingErrorText.path(codingPath)
    }

    private static func convert(_ error: DecodingError, origin: RecordOrigin) -> FrontDoorImportError {
        switch error {
        case .typeMismatch(let type, let context):
            return .invalidRecord(
                origin: origin,
                path: path(context.codingPath),
                message: Message(.expectedType, ["type": .message(DecodingErrorText.name(type))])
            )
        case .valueNotFound(let type, let context):
            return .invalidRecord(
                origin: origin,
                path: path(context.codingPath),
                message: Message(.expectedTypeFoundNull, ["type": .message(DecodingErrorText.name(type))])
            )
        case .keyNotFound(let key, let context):
            return .missingField(origin: origin, path: path(context.codingPath + [key]))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return .invalidJSON(origin: origin, message: Message(.notJSONText))
            }
            return .invalidRecord(origin: origin, path: path(context.codingPath), message: Message(.invalidValue))
        @unknown default:
            return .invalidJSON(origin: origin, message: Message(.notJSONText))
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
