/// Short, lowercase texts for `DecodingError`s, naming the member path.
enum DecodingErrorText {
    /// Describes a decoding error as `Path.To.Member: what went wrong`.
    /// - Parameter error: the error thrown by `JSONDecoder` or a `Decodable` init.
    /// - Returns: the text.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "the record cannot be read" }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(name(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(name(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return
                "\(path(context.codingPath)): \(context.debugDescription.isEmpty ? "corrupted data" : context.debugDescription)"
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

    private static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Double.Type, is Int.Type: "a number"
        case is Bool.Type: "a boolean"
        default:
            // Collections by their JSON names, never Swift's (`Array<Any>`, `Dictionary<String, Any>`).
            "\(type)".hasPrefix("Array") ? "a list" : "\(type)".hasPrefix("Dictionary") ? "an object" : "another value"
        }
    }
}
