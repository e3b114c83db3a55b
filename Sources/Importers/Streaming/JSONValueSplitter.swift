/// A byte-level JSON splitter: checks the grammar and cuts the stream into records without
/// building a document.
///
/// Yields each top-level value (one document, JSON Lines, Firehose-glued `}{`), each element
/// of a top-level array, and each element of a streamed array member (`Findings`, `findings`,
/// `events`, `logEvents`) of a top-level wrapper object, one at a time. Only one record is
/// buffered at a time; a wrapper keeps only its other members.
struct JSONValueSplitter {
    /// The member names whose array values are streamed element by element.
    static let streamedKeys: Set<String> = ["Findings", "findings", "events", "logEvents"]

    enum Expect: Equatable { case topValue, value, valueOrEnd, key, keyOrEnd, colon, commaOrEnd }
    enum TopMode: Equatable { case none, object, array }

    let file: String
    var stack: [UInt8] = []
    var expect = Expect.topValue
    var inString = false
    var stringIsKey = false
    var escaped = false
    var scalar: [UInt8] = []
    var scalarActive = false
    var line = 1
    var column = 1
    /// Number of top-level values started so far.
    var topValues = 0
    var topMode = TopMode.none
    var topCapture: Capture?
    var topStreamed = false
    var topStart = TextPosition(line: 1, column: 1)
    var recordCapture: Capture?
    var recordDepth = 0
    var recordPath = RecordPath.topLevel(0)
    var recordStart = TextPosition(line: 1, column: 1)
    var elementIndex = 0
    var keyBytes: [UInt8] = []
    var lastTopKey: String?
    var streamKey: String?

    /// Pending bytes of a value being cut out: `start` is an index into the current chunk.
    struct Capture {
        var buffer: [UInt8] = []
        var start: Int?

        mutating func take(_ chunk: [UInt8], upTo end: Int) {
            if let start, end > start { buffer.append(contentsOf: chunk[start..<end]) }
            if start != nil { start = end }
        }
    }

    /// Creates a splitter for one file.
    /// - Parameter file: the display path, for errors.
    init(file: String) { self.file = file }

    /// The position of the next character.
    var position: TextPosition { TextPosition(line: line, column: column) }

    /// Reads one chunk of text.
    /// - Parameters:
    ///   - chunk: the next bytes of decompressed text.
    ///   - emit: receives records and wrapper ends as they complete.
    /// - Throws: `ImportError.invalidJSON` or `.wrongShape` at the offending character.
    mutating func feed(_ chunk: [UInt8], emit: (SplitEvent) throws(ImportError) -> Void) throws(ImportError) {
        if topCapture?.start != nil { topCapture?.start = 0 }
        if recordCapture?.start != nil { recordCapture?.start = 0 }
        var index = 0
        while index < chunk.count {
            let byte = chunk[index]
            if inString {
                if !escaped && !(stringIsKey && stack.count == 1) {
                    let run = Self.plainStringRun(chunk, from: index)
                    if run.bytes > 0 {
                        column += run.characters
                        index += run.bytes
                        continue
                    }
                }
                try stringByte(byte, chunk: chunk, at: index, emit: emit)
            } else {
                if scalarActive {
                    if Self.isScalarByte(byte) {
                        scalar.append(byte)
                        advance(byte)
                        index += 1
                        continue
                    }
                    try finishScalar(chunk: chunk, end: index, emit: emit)
                }
                let blanks = Self.blankRun(chunk, from: index)
                if blanks > 0 {
                    column += blanks
                    index += blanks
                    continue
                }
                try structuralByte(byte, chunk: chunk, at: index, emit: emit)
            }
            advance(byte)
            index += 1
        }
        topCapture?.take(chunk, upTo: chunk.count)
        recordCapture?.take(chunk, upTo: chunk.count)
    }

    /// Checks that the text ended between values.
    /// - Throws: `ImportError.truncatedJSON` when a value is incomplete.
    mutating func finish(emit: (SplitEvent) throws(ImportError) -> Void) throws(ImportError) {
        if scalarActive { try finishScalar(chunk: [], end: 0, emit: emit) }
        if inString {
            throw .truncatedJSON(file: file, position: position, reason: "input ended inside a string")
        }
        if let open = stack.last {
            let what = open == UInt8(ascii: "{") ? "an object" : "an array"
            throw .truncatedJSON(file: file, position: position, reason: "input ended inside \(what)")
        }
    }

    private mutating func advance(_ byte: UInt8) {
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func stringByte(
        _ byte: UInt8,
        chunk: [UInt8],
        at index: Int,
        emit: (SplitEvent) throws(ImportError) -> Void
    ) throws(ImportError) {
        if escaped {
            escaped = false
        } else if byte == UInt8(ascii: "\\") {
            escaped = true
        } else if byte == UInt8(ascii: "\"") {
            inString = false
            if stringIsKey {
                stringIsKey = false
                if stack.count == 1 && topMode == .object {
                    lastTopKey = String(decoding: keyBytes, as: UTF8.self)
                }
                expect = .colon
            } else {
                try valueEnded(chunk: chunk, end: index + 1, closedArray: false, emit: emit)
            }
            return
        } else if byte < 0x20 {
            throw .invalidJSON(file: file, position: position, reason: "control character in string")
        }
        if stringIsKey && stack.count == 1 { keyBytes.append(byte) }
    }
}
