import ReportModel

extension JSONValueSplitter {
    // The record lane: inside a record (most of an export's bytes) or a top-level object that is not a
    // streamed wrapper (a JSON Lines line: a WAF log record), the common tokens — whitespace,
    // member names and string values of plain ASCII, numbers and literals, brackets, commas and
    // colons — are checked and passed over in one loop over the chunk's bytes, with the grammar state,
    // the bracket stack, the line and the column in local variables. It stops, without consuming it,
    // at the first token it does not take whole: a string with an escape, a byte beyond ASCII or a
    // control byte, a string past the length limit, a scalar that reaches the chunk's end or is invalid
    // or too long, the bracket that closes the record, a nesting past the limit, and any byte out of
    // place. The byte-by-byte path then handles that token exactly as before (errors, positions, cut
    // strings, invalid text kept against the record), and the lane resumes after it. Every state the
    // lane leaves is one the byte-by-byte path would have reached over the same bytes.

    /// Whether the lane may run at the next byte: between tokens, inside the record being cut out or inside
    /// a top-level object that is not a wrapper streamed element by element (a JSON Lines line, one document).
    var laneOpen: Bool {
        guard !inString && !scalarActive else { return false }
        if recordCapture != nil { return stack.count > recordDepth }
        return topCapture != nil && !topStreamed && topMode == .object && streamKey == nil && !stack.isEmpty
    }

    /// The fewest open brackets the lane may leave: it never closes the record's own bracket, nor a top-level
    /// object's.
    private var laneFloor: Int { recordCapture != nil ? recordDepth + 1 : 1 }

    /// Passes over the tokens the lane takes whole, from `start`.
    /// - Parameters:
    ///   - buffer: the chunk's bytes.
    ///   - start: the index of the next byte, between tokens.
    /// - Returns: the index of the first byte the lane did not consume.
    mutating func recordLane(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let count = buffer.count
        var stack = self.stack
        self.stack = []
        var expect = self.expect
        var line = self.line
        var column = self.column
        let floor = laneFloor
        let depthLimit = limits.depth
        let stringLimit = limits.stringBytes
        var index = start
        defer {
            self.stack = stack
            self.expect = expect
            self.line = line
            self.column = column
        }
        while index < count {
            let byte = base[index]
            switch byte {
            case 0x20, 0x09, 0x0D:
                let run = 1 + ByteWords.spaceRun(base, from: index + 1, upTo: count)
                column += run
                index += run
            case 0x0A:
                // A pretty-printed line's indentation comes after its line break.
                let indentation = ByteWords.spaceRun(base, from: index + 1, upTo: count)
                line += 1
                column = 1 + indentation
                index += 1 + indentation
            case UInt8(ascii: "\""):
                let isKey = expect == .key || expect == .keyOrEnd
                guard isKey || expect == .value || expect == .valueOrEnd else { return index }
                // A top-level object's member names are kept (one may name a wrapper's streamed array).
                guard !isKey || stack.count > 1 else { return index }
                // Names are never cut; a value is cut past the limit, which the byte-by-byte path does.
                let limit = isKey ? count : min(count, index + 1 + stringLimit + 1)
                let run = ByteWords.plainRun(buffer, from: index + 1, upTo: limit, asciiOnly: true)
                let close = index + 1 + run
                guard close < count, base[close] == UInt8(ascii: "\""), isKey || run <= stringLimit else {
                    return index
                }
                column += run + 2
                index = close + 1
                expect = isKey ? .colon : .commaOrEnd
                // A member name's colon and the one space after it (`"Name": `), as their own cases take them:
                // one pass of the loop for the three tokens of most lines.
                if isKey, index < count, base[index] == UInt8(ascii: ":") {
                    expect = .value
                    column += 1
                    index += 1
                    if index < count, base[index] == 0x20 {
                        column += 1
                        index += 1
                    }
                }
            case UInt8(ascii: ":"):
                guard expect == .colon else { return index }
                expect = .value
                column += 1
                index += 1
            case UInt8(ascii: ","):
                guard expect == .commaOrEnd else { return index }
                expect = stack.last == UInt8(ascii: "{") ? .key : .value
                column += 1
                index += 1
                // The line break and indentation a pretty-printed member ends with, as their own case takes them.
                if index < count, base[index] == 0x0A {
                    let indentation = ByteWords.spaceRun(base, from: index + 1, upTo: count)
                    line += 1
                    column = 1 + indentation
                    index += 1 + indentation
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                // A top-level object's member may be a wrapper's streamed array: the byte-by-byte path decides.
                guard expect == .value || expect == .valueOrEnd, stack.count < depthLimit, stack.count > 1 else {
                    return index
                }
                stack.append(byte)
                expect = byte == UInt8(ascii: "{") ? .keyOrEnd : .valueOrEnd
                column += 1
                index += 1
                // The line break and indentation after an opening bracket, as their own case takes them.
                if index < count, base[index] == 0x0A {
                    let indentation = ByteWords.spaceRun(base, from: index + 1, upTo: count)
                    line += 1
                    column = 1 + indentation
                    index += 1 + indentation
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let open = byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
                let allowed = expect == .commaOrEnd || expect == (open == UInt8(ascii: "{") ? .keyOrEnd : .valueOrEnd)
                // The record's own closing bracket ends the record, a top-level object's ends the value: the
                // byte-by-byte path emits them.
                guard stack.last == open, allowed, stack.count - 1 >= floor else { return index }
                stack.removeLast()
                expect = .commaOrEnd
                column += 1
                index += 1
            default:
                guard expect == .value || expect == .valueOrEnd, Self.isScalarByte(byte) else { return index }
                var end = index + 1
                while end < count, Self.isScalarByte(base[end]) { end += 1 }
                // A scalar may go on in the next chunk; a long or invalid one is reported byte by byte.
                guard end < count, end - index <= ImportLimits.scalarBytes,
                    Self.isValidScalar(UnsafeBufferPointer(rebasing: buffer[index..<end]))
                else { return index }
                column += end - index
                index = end
                expect = .commaOrEnd
            }
        }
        return index
    }
}
