import ReportModel

/// The one translator of `DecodingError`s into messages naming the member path.
enum DecodingErrorText {
    /// Describes a decoding error as `Path.To.Member: what went wrong`.
    /// - Parameter error: the error thrown by `JSONDecoder` or a `Decodable` init.
    /// - Returns: the message.
    static func describe(_ error: any Error) -> Message {
        if let problem = error as? FieldValueError {
            return Message(.fieldProblem, ["path": .text(problem.path), "reason": .message(problem.message)])
        }
        guard let error = error as? DecodingError else { return Message(.recordUndecodable) }
        switch error {
        case .typeMismatch(let type, let context):
            return Message(.fieldExpected, ["path": .text(path(context.codingPath)), "type": .message(name(type))])
        case .valueNotFound(let type, let context):
            return Message(.fieldNull, ["path": .text(path(context.codingPath)), "type": .message(name(type))])
        case .keyNotFound(let key, let context):
            return Message(.fieldMissing, ["path": .text(path(context.codingPath + [key]))])
        case .dataCorrupted(let context):
            return Message(
                .fieldProblem,
                ["path": .text(path(context.codingPath)), "reason": .message(Message(.invalidValue))]
            )
        @unknown default:
            return Message(.recordUndecodable)
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

    /// A JSON type's name for a Swift type: `a string`, `a number`, `an array`, never `Array<Any>`.
    static func name(_ type: Any.Type) -> Message {
        switch type {
        case is String.Type: Message(.typeString)
        case is Double.Type, is Int.Type: Message(.typeNumber)
        case is Bool.Type: Message(.typeBoolean)
        default: Message("\(type)".hasPrefix("Array") ? .typeArray : .typeObject)
        }
    }
}

/// A value our own decoders refuse (a number out of range), with the member path where it is.
///
/// Thrown instead of `DecodingError.dataCorrupted`, whose English `debugDescription` would be the only way to say why.
struct FieldValueError: Error, Sendable {
    /// The member path, e.g. `imageScanFindings.findings[3].severity`.
    var path: String
    /// What is wrong with the value.
    var message: Message

    /// Creates the error at the decoder's position.
    /// - Parameters:
    ///   - codingPath: the decoder's coding path.
    ///   - message: what is wrong.
    init(_ codingPath: [any CodingKey], _ message: Message) {
        path = DecodingErrorText.path(codingPath)
        self.message = message
    }
}
