import ReportModel

/// Where a record sits in its file: a top-level value, or an element of a top-level array.
enum RecordPath: Sendable, Equatable {
    /// The n-th top-level value (one document, a JSON Lines line, a glued Firehose object).
    case topLevel(Int)
    /// The n-th element of a bare top-level array (`container` nil) or of a wrapper's array.
    case element(container: String?, index: Int)

    /// The JSON path prefix, e.g. `Findings[3]`, `[3]`; top-level values of a one-value file have none.
    /// - Parameter singleValue: whether the file holds exactly one top-level value.
    /// - Returns: the prefix, possibly empty.
    func rendered(singleValue: Bool) -> String {
        switch self {
        case .topLevel(let index): singleValue ? "" : "[\(index)]"
        case .element(let container, let index): "\(container ?? "")[\(index)]"
        }
    }
}

/// The bytes of one record, cut out of the stream, with where it started.
struct RawRecord: Sendable, Equatable {
    /// The record's JSON text.
    var bytes: [UInt8]
    /// Where it sits in the file.
    var path: RecordPath
    /// The position of its first character.
    var position: TextPosition
    /// Why the record cannot be read although the file's grammar holds (invalid UTF-8 in a string),
    /// with the position in the file. When nil, the bytes are valid UTF-8: every byte beyond ASCII is inside a
    /// string, where the splitter checked it (the fast readers rely on it and do not check again).
    var problem: RecordProblem? = nil
}

/// A record-level problem found while splitting: where in the file, and a plain reason.
struct RecordProblem: Sendable, Equatable {
    /// The position of the offending character in the file.
    var position: TextPosition
    /// What is wrong.
    var reason: Message
}

/// What the splitter reports while it reads.
enum SplitEvent: Sendable, Equatable {
    /// One record: a top-level value, or an element of a top-level or wrapper array.
    case record(RawRecord)
    /// A wrapper object ended; `remainder` is the object with each streamed array replaced by `[]`.
    case wrapperEnd(remainder: [UInt8], position: TextPosition)
    /// A string longer than the limit was cut and marked; `position` is where it starts.
    case truncated(position: TextPosition, limit: Int)
}
