import ReportModel

extension JSONValueSplitter {
    /// Handles a byte outside strings and scalars.
    mutating func structuralByte(
        _ byte: UInt8,
        chunk: [UInt8],
        at index: Int,
        emit: (SplitEvent) throws(ImportError) -> Void
    ) throws(ImportError) {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            return
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try beginValue(byte, chunk: chunk, at: index)
            guard stack.count < limits.depth else {
                throw .limitExceeded(
                    file: file,
                    location: "\(position)",
                    limit: Message(.nestingTooDeep, ["levels": .number(limits.depth)]),
                    option: "--max-depth"
                )
            }
            stack.append(byte)
            expect = byte == UInt8(ascii: "{") ? .keyOrEnd : .valueOrEnd
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            let open = byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
            // An object may close where a key or a comma may come, an array where a value or a comma may.
            let allowed = expect == .commaOrEnd || expect == (open == UInt8(ascii: "{") ? .keyOrEnd : .valueOrEnd)
            guard stack.last == open, allowed else { throw unexpected(byte) }
            stack.removeLast()
            try valueEnded(chunk: chunk, end: index + 1, closedArray: open == UInt8(ascii: "["), emit: emit)
        case UInt8(ascii: "\""):
            if expect == .key || expect == .keyOrEnd {
                stringIsKey = true
                keyBytes.removeAll(keepingCapacity: true)
            } else {
                try beginValue(byte, chunk: chunk, at: index)
            }
            inString = true
            stringLength = 0
            stringStart = position
            truncating = false
            unicodeDigits = nil
            highSurrogatePending = false
        case UInt8(ascii: ","):
            guard expect == .commaOrEnd else { throw unexpected(byte) }
            expect = stack.last == UInt8(ascii: "{") ? .key : .value
        case UInt8(ascii: ":"):
            guard expect == .colon else { throw unexpected(byte) }
            expect = .value
        default:
            guard
                byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f") || byte == UInt8(ascii: "n")
            else { throw unexpected(byte) }
            try beginValue(byte, chunk: chunk, at: index)
            scalarActive = true
            scalar = [byte]
        }
    }

    /// A value starts at `index`: decides whether it starts a record or a streamed array.
    private mutating func beginValue(_ byte: UInt8, chunk: [UInt8], at index: Int) throws(ImportError) {
        guard [.value, .valueOrEnd, .topValue].contains(expect) else { throw unexpected(byte) }
        let depth = stack.count
        if depth == 0 {
            topValues += 1
            switch byte {
            case UInt8(ascii: "{"):
                topMode = .object
                topCapture = Capture(start: index)
                topStreamed = false
                topStart = position
                lastTopKey = nil
            case UInt8(ascii: "["):
                topMode = .array
                elementIndex = 0
            default:
                let kind: MessageCode =
                    byte == UInt8(ascii: "\"") ? .typeString : Self.isLiteralStart(byte) ? .typeLiteral : .typeNumber
                throw .wrongShape(
                    file: file,
                    position: position,
                    reason: Message(.topLevelNotContainer, ["kind": .message(Message(kind))])
                )
            }
        } else if depth == 1 && topMode == .array {
            startRecord(at: index, path: .element(container: nil, index: elementIndex))
            elementIndex += 1
        } else if depth == 1 && topMode == .object && byte == UInt8(ascii: "[") && streamKey == nil,
            let key = lastTopKey, Self.streamedKeys.contains(key)
        {
            topCapture?.take(chunk, upTo: index)
            topCapture?.buffer.append(contentsOf: Array("[]".utf8))
            topCapture?.start = nil
            topStreamed = true
            streamKey = key
            elementIndex = 0
        } else if depth == 2, let key = streamKey {
            startRecord(at: index, path: .element(container: key, index: elementIndex))
            elementIndex += 1
        }
    }

    private mutating func startRecord(at index: Int, path: RecordPath) {
        recordCapture = Capture(start: index)
        recordDepth = stack.count
        recordPath = path
        recordStart = position
    }

    /// A value ended just before `end`: emits records and wrappers that completed.
    mutating func valueEnded(
        chunk: [UInt8],
        end: Int,
        closedArray: Bool,
        emit: (SplitEvent) throws(ImportError) -> Void
    ) throws(ImportError) {
        let depth = stack.count
        if var capture = recordCapture, depth == recordDepth {
            capture.take(chunk, upTo: end)
            try checkSize(capture.buffer.count, start: recordStart)
            recordCapture = nil
            let problem = recordProblem
            recordProblem = nil
            try emit(
                .record(RawRecord(bytes: capture.buffer, path: recordPath, position: recordStart, problem: problem))
            )
        }
        if depth == 1 && closedArray && streamKey != nil {
            streamKey = nil
            topCapture?.start = end
        }
        if depth == 0 {
            if topMode == .object, var capture = topCapture {
                capture.take(chunk, upTo: end)
                try checkSize(capture.buffer.count, start: topStart)
                topCapture = nil
                let problem = topProblem
                topProblem = nil
                if topStreamed {
                    if let problem {
                        throw .invalidJSON(file: file, position: problem.position, reason: problem.reason)
                    }
                    try emit(.wrapperEnd(remainder: capture.buffer, position: topStart))
                } else {
                    let path = RecordPath.topLevel(topValues - 1)
                    try emit(
                        .record(RawRecord(bytes: capture.buffer, path: path, position: topStart, problem: problem))
                    )
                }
            }
            topMode = .none
            expect = .topValue
        } else {
            expect = .commaOrEnd
        }
    }

    /// Validates the scalar that ended before `end` and reports its end.
    mutating func finishScalar(
        chunk: [UInt8],
        end: Int,
        emit: (SplitEvent) throws(ImportError) -> Void
    ) throws(ImportError) {
        scalarActive = false
        guard Self.isValidScalar(scalar) else {
            let text = String(decoding: scalar.prefix(20), as: UTF8.self)
            throw .invalidJSON(
                file: file,
                position: position,
                reason: Message(.jsonInvalidLiteral, ["value": .text(text)])
            )
        }
        try valueEnded(chunk: chunk, end: end, closedArray: false, emit: emit)
    }

    private func unexpected(_ byte: UInt8) -> ImportError {
        let shown = byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : String(format: byte)
        return .invalidJSON(
            file: file,
            position: position,
            reason: Message(.jsonUnexpectedCharacter, ["value": .text(shown)])
        )
    }
}

private extension String {
    init(format byte: UInt8) {
        let hex = String(byte, radix: 16)
        self = "\\x" + (hex.count == 1 ? "0" + hex : hex)
    }
}
