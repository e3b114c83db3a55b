/// Short, lowercase texts for `DecodingError`s, naming the member path.
enum DecodingErrorText {
    /// Describes a decoding error as `Path.To.Member: what went wrong`.
    /// - Parameter error: the error thrown by `JSONDecoder` or a `Decodable` init.
    /// - Returns: the text.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "a value in the record cannot be decoded" }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(name(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(name(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(plainReason(context.debugDescription))"
        @unknown default:
            return "undecodable record"
        }
    }

    /// `Resources[0].Tags` from a coding path.
    static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text.isEmpty ? "record" : text
    }

    /// The reason our own decoders gave (`number 1e300 is out of range`), or `invalid value` for Foundation's
    /// wording, which names Swift types.
    static func plainReason(_ debugDescription: String) -> String {
        let foundation = ["Cannot initialize", "Swift.", "Expected to decode", "The given data"]
        guard !debugDescription.isEmpty, !foundation.contains(where: debugDescription.contains) else {
            return "invalid value"
        }
        return debugDescription
    }

    /// A JSON type's name for a Swift type: `a string`, `a number`, `an array`, never `Array<Any>`.
    static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "\(type)".hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
