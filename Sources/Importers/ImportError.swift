public import ReportModel

/// A problem that stops the import of a file: the run fails with exit code 3.
///
/// Every case names the file and where in it the problem is: a line and column in the
/// decompressed text (1-based), or a byte offset in the stored bytes for gzip errors. Reasons are
/// messages; `text(in:)` words the whole error (the terminal in English).
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: Message)
    /// The file is zero bytes or only whitespace.
    case emptyInput(file: String)
    /// The JSON text ended before the value it started was complete.
    case truncatedJSON(file: String, position: TextPosition, reason: Message)
    /// The text is not valid JSON at the given position.
    case invalidJSON(file: String, position: TextPosition, reason: Message)
    /// The JSON is valid but its shape is not one the importer reads (a scalar, nothing recognised).
    case wrongShape(file: String, position: TextPosition, reason: Message)
    /// One record cannot be read (invalid text, a known family's record that does not fit its shape,
    /// a finding without an id); `position` is in the file, `record` the record's JSON path.
    case unreadableRecord(file: String, position: TextPosition, record: String, reason: Message)
    /// The gzip stream is damaged or ends early; `offset` counts stored (compressed) bytes.
    case badGzip(file: String, offset: Int, reason: Message)
    /// A resource limit was reached: `location` is `line:column` in the text or `byte N` of the
    /// stored bytes, `limit` says which limit and its value, `option` raises it.
    case limitExceeded(file: String, location: String, limit: Message, option: String)

    /// The file the error concerns.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .emptyInput(let file), .truncatedJSON(let file, _, _),
            .invalidJSON(let file, _, _), .wrongShape(let file, _, _), .badGzip(let file, _, _),
            .unreadableRecord(let file, _, _, _), .limitExceeded(let file, _, _, _):
            file
        }
    }

    /// The whole error as a message: `file:line:column`, what kind of problem, and the reason.
    public var message: Message {
        switch self {
        case .unreadable(let file, let reason):
            Message(.importUnreadable, ["file": .text(file), "reason": .message(reason)])
        case .emptyInput(let file):
            Message(.importEmpty, ["file": .text(file)])
        case .truncatedJSON(let file, let position, let reason):
            Message(
                .importTruncated,
                ["file": .text(file), "position": .text("\(position)"), "reason": .message(reason)]
            )
        case .invalidJSON(let file, let position, let reason):
            Message(
                .importInvalidJSON,
                ["file": .text(file), "position": .text("\(position)"), "reason": .message(reason)]
            )
        case .wrongShape(let file, let position, let reason):
            Message(
                .importWrongShape,
                ["file": .text(file), "position": .text("\(position)"), "reason": .message(reason)]
            )
        case .unreadableRecord(let file, let position, let record, let reason):
            Message(
                record.isEmpty ? .importUnreadableRecord : .importUnreadableRecordAt,
                [
                    "file": .text(file), "position": .text("\(position)"), "record": .text(record),
                    "reason": .message(reason),
                ]
            )
        case .badGzip(let file, let offset, let reason):
            Message(.importBadGzip, ["file": .text(file), "offset": .number(offset), "reason": .message(reason)])
        case .limitExceeded(let file, let location, let limit, let option):
            Message(
                location.hasPrefix("byte") ? .importLimitAtByte : .importLimit,
                ["file": .text(file), "location": .text(location), "limit": .message(limit), "option": .text(option)]
            )
        }
    }

    /// The error worded by a phrasebook: `file:line:column: invalid JSON: …`.
    /// - Parameter phrasebook: the wording (the terminal's is English).
    /// - Returns: the line.
    public func text(in phrasebook: Phrasebook) -> String { phrasebook.text(message) }

    /// The error as a code and its parameters, without a string table; `text(in:)` words it.
    public var description: String { message.description }
}
