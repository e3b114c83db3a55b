import ReportModel

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
    let limits: ImportLimits
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
    /// UTF-8 continuation bytes still expected inside the current string, and the allowed range of the next.
    var utf8Remaining = 0
    var utf8Next: ClosedRange<UInt8> = 0x80...0xBF
    /// Hex digits read of a `\\u` escape (nil outside one) and their value so far.
    var unicodeDigits: Int?
    var unicodeValue: UInt32 = 0
    /// Whether the last escape was a high surrogate that still needs its low half.
    var highSurrogatePending = false
    /// The first invalid text found inside the record being cut out.
    var recordProblem: RecordProblem?
    /// The first invalid text found inside the current top-level value, outside streamed records.
    var topProblem: RecordProblem?
    /// Bytes of the current string so far, where it started, and whether it is being cut.
    var stringLength = 0
    var stringStart = TextPosition(line: 1, column: 1)
    var truncating = false
    var pausedTop = false
    var pausedRecord = false
    /// Whether records' common tokens take the record lane (`JSONValueSplitter+Lane.swift`); off only in
    /// the test that holds the lane to the byte-by-byte path.
    var usesLane = true

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
    /// - Parameters:
    ///   - file: the display path, for errors.
    ///   - limits: record size, string length, depth and scalar length limits.
    init(file: String, limits: ImportLimits = .standard) {
        self.file = file
        self.limits = limits
    }

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
            if usesLane && laneOpen {
                let start = index
                index = chunk.withUnsafeBufferPointer { recordLane($0, from: start) }
                if index != start { continue }
            }
            let byte = chunk[index]
            if inString {
                if !escaped && unicodeDigits == nil && utf8Remaining == 0 && !highSurrogatePending {
                    let run = stringIsKey ? keyRun(chunk, from: index) : plainRun(chunk, from: index)
                    if run > 0 {
                        index += run
                        continue
                    }
                }
                try stringByte(byte, chunk: chunk, at: index, emit: emit)
            } else {
                if !scalarActive && (byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D) {
                    index = whitespaceRun(chunk, from: index)
                    continue
                }
                if scalarActive {
                    if Self.isScalarByte(byte) {
                        guard scalar.count < ImportLimits.scalarBytes else {
                            throw .invalidJSON(
                                file: file,
                                position: position,
                                reason: Message(.jsonScalarTooLong, ["count": .number(ImportLimits.scalarBytes)])
                            )
                        }
                        scalar.append(byte)
                        advance(byte)
                        index += 1
                        continue
                    }
                    try finishScalar(chunk: chunk, end: index, emit: emit)
                }
                try structuralByte(byte, chunk: chunk, at: index, emit: emit)
            }
            advance(byte)
            index += 1
        }
        topCapture?.take(chunk, upTo: chunk.count)
        recordCapture?.take(chunk, upTo: chunk.count)
        try checkCaptureSizes()
    }

    /// Throws when a record or a wrapper's remainder grew past the record size limit.
    private func checkCaptureSizes() throws(ImportError) {
        try checkSize(recordCapture?.buffer.count ?? 0, start: recordStart)
        try checkSize(topCapture?.buffer.count ?? 0, start: topStart)
    }

    /// Throws when `size` bytes of a value starting at `start` exceed the record size limit.
    func checkSize(_ size: Int, start: TextPosition) throws(ImportError) {
        guard size > limits.recordBytes else { return }
        throw .limitExceeded(
            file: file,
            location: "\(start)",
            limit: Message(.recordTooLarge, ["bytes": .number(limits.recordBytes)]),
            option: "--max-record-size"
        )
    }

    /// Skips a run of plain string bytes (no quote, backslash or control byte) in one tight loop,
    /// up to the string length limit: long strings cost little, and a cut string costs only the scan.
    /// - Returns: how many bytes were consumed; 0 leaves the byte to ``stringByte``.
    private mutating func plainRun(_ chunk: [UInt8], from start: Int) -> Int {
        let budget = truncating ? chunk.count - start : min(chunk.count - start, limits.stringBytes - stringLength)
        guard budget > 0 else { return 0 }
        // ASCII only (one character a byte): bytes of multi-byte characters go one by one through the
        // UTF-8 check.
        let run = chunk.withUnsafeBufferPointer {
            ByteWords.plainRun($0, from: start, upTo: start + budget, asciiOnly: true)
        }
        if run > 0 {
            stringLength += run
            column += run
        }
        return run
    }

    /// Skips a run of plain ASCII bytes of a member name in one tight loop (names are not cut at the
    /// string limit); a top-level object's name keeps its first 256 bytes, as byte by byte.
    /// - Returns: how many bytes were consumed; 0 leaves the byte to ``stringByte``.
    private mutating func keyRun(_ chunk: [UInt8], from start: Int) -> Int {
        let run = chunk.withUnsafeBufferPointer { ByteWords.plainRun($0, from: start, upTo: $0.count, asciiOnly: true) }
        let end = start + run
        if run > 0 {
            column += run
            if stack.count == 1 && keyBytes.count < 256 {
                keyBytes += chunk[start..<min(end, start + 256 - keyBytes.count)]
            }
        }
        return run
    }

    /// Skips whitespace between values in one tight loop, counting lines and columns.
    /// - Returns: the index of the first byte that is not whitespace.
    private mutating func whitespaceRun(_ chunk: [UInt8], from start: Int) -> Int {
        var line = self.line
        var column = self.column
        let end = chunk.withUnsafeBufferPointer { buffer -> Int in
            var index = start
            while index < buffer.count {
                // Indentation in one scan (pretty-printed exports are a third spaces).
                if buffer[index] == 0x20, let base = buffer.baseAddress {
                    let run = ByteWords.spaceRun(base, from: index, upTo: buffer.count)
                    column += run
                    index += run
                    continue
                }
                switch buffer[index] {
                case 0x0A:
                    line += 1
                    column = 1
                case 0x20, 0x09, 0x0D:
                    column += 1
                default:
                    return index
                }
                index += 1
            }
            return index
        }
        self.line = line
        self.column = column
        return end
    }

    /// Checks that the text ended between values.
    /// - Throws: `ImportError.truncatedJSON` when a value is incomplete.
    mutating func finish(emit: (SplitEvent) throws(ImportError) -> Void) throws(ImportError) {
        if scalarActive { try finishScalar(chunk: [], end: 0, emit: emit) }
        if inString {
            throw .truncatedJSON(
                file: file,
                position: position,
                reason: Message(.jsonEndedInside, ["kind": .message(Message(.typeString))])
            )
        }
        if let open = stack.last {
            let what = Message(open == UInt8(ascii: "{") ? .typeObject : .typeArray)
            throw .truncatedJSON(
                file: file,
                position: position,
                reason: Message(.jsonEndedInside, ["kind": .message(what)])
            )
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
        if !stringIsKey { try limitString(byte, chunk: chunk, at: index, emit: emit) }
        if try escapeByte(byte) {
            if stringIsKey && stack.count == 1 && keyBytes.count < 256 { keyBytes.append(byte) }
            return
        }
        if utf8Remaining > 0 || byte >= 0x80, try utf8Byte(byte) {
            if stringIsKey && stack.count == 1 && keyBytes.count < 256 { keyBytes.append(byte) }
            return
        }
        if escaped {
            escaped = false
        } else if byte == UInt8(ascii: "\\") {
            escaped = true
        } else if byte == UInt8(ascii: "\"") {
            inString = false
            if truncating { resumeAfterTruncation(at: index) }
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
            throw .invalidJSON(file: file, position: position, reason: Message(.jsonControlCharacter))
        }
        if stringIsKey && stack.count == 1 && keyBytes.count < 256 { keyBytes.append(byte) }
    }

    /// Counts the string's bytes; past the limit, stops capturing at a character boundary.
    private mutating func limitString(
        _ byte: UInt8,
        chunk: [UInt8],
        at index: Int,
        emit: (SplitEvent) throws(ImportError) -> Void
    ) throws(ImportError) {
        stringLength += 1
        let boundary = !escaped && unicodeDigits == nil && utf8Remaining == 0 && byte & 0xC0 != 0x80
        // Cut only before a whole character: not inside an escape, a UTF-8 sequence or a surrogate pair.
        guard !truncating, stringLength > limits.stringBytes, boundary, byte != UInt8(ascii: "\""),
            !(byte == UInt8(ascii: "\\") && highSurrogatePending)
        else { return }
        truncating = true
        pausedTop = topCapture?.start != nil
        pausedRecord = recordCapture?.start != nil
        topCapture?.take(chunk, upTo: index)
        recordCapture?.take(chunk, upTo: index)
        if pausedTop { topCapture?.start = nil }
        if pausedRecord { recordCapture?.start = nil }
        try emit(.truncated(position: stringStart, limit: limits.stringBytes))
    }

    /// The closing quote of a cut string: appends the marker and captures again from the quote.
    private mutating func resumeAfterTruncation(at index: Int) {
        truncating = false
        let marker = Array(ImportLimits.truncationMarker.utf8)
        if pausedRecord {
            recordCapture?.buffer.append(contentsOf: marker)
            recordCapture?.start = index
        }
        if pausedTop {
            topCapture?.buffer.append(contentsOf: marker)
            topCapture?.start = index
        }
        pausedRecord = false
        pausedTop = false
    }

    /// Checks one byte of a multi-byte UTF-8 sequence inside a string (Unicode table 3-7).
    ///
    /// Invalid text inside a record makes only that record unreadable; elsewhere it is an error of the file.
    /// - Returns: false when the byte is ASCII that cut a sequence short: it still needs handling as ASCII.
    private mutating func utf8Byte(_ byte: UInt8) throws(ImportError) -> Bool {
        if utf8Remaining > 0 {
            if utf8Next.contains(byte) {
                utf8Remaining -= 1
                utf8Next = 0x80...0xBF
                return true
            }
            utf8Remaining = 0
            utf8Next = 0x80...0xBF
            if byte < 0x80 {
                try invalidText(Message(.jsonIncompleteUTF8))
                return false
            }
            try invalidText(Message(.jsonInvalidUTF8, ["value": .text(Self.hex(byte))]))
            return true
        }
        if escaped { escaped = false }
        switch byte {
        case 0xC2...0xDF: (utf8Remaining, utf8Next) = (1, 0x80...0xBF)
        case 0xE0: (utf8Remaining, utf8Next) = (2, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (utf8Remaining, utf8Next) = (2, 0x80...0xBF)
        case 0xED: (utf8Remaining, utf8Next) = (2, 0x80...0x9F)
        case 0xF0: (utf8Remaining, utf8Next) = (3, 0x90...0xBF)
        case 0xF1...0xF3: (utf8Remaining, utf8Next) = (3, 0x80...0xBF)
        case 0xF4: (utf8Remaining, utf8Next) = (3, 0x80...0x8F)
        default: try invalidText(Message(.jsonInvalidUTF8, ["value": .text(Self.hex(byte))]))
        }
        return true
    }

    /// Records invalid text against the record being cut out, or throws when it is outside any record.
    mutating func invalidText(_ reason: Message) throws(ImportError) {
        let problem = RecordProblem(position: position, reason: reason)
        if recordCapture != nil {
            if recordProblem == nil { recordProblem = problem }
        } else if topCapture != nil, !topStreamed {
            if topProblem == nil { topProblem = problem }
        } else {
            throw .invalidJSON(file: file, position: position, reason: reason)
        }
    }

    /// `0xff`.
    static func hex(_ byte: UInt8) -> String {
        let text = String(byte, radix: 16)
        return "0x" + (text.count == 1 ? "0" + text : text)
    }
}
