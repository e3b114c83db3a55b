extension JSONValueSplitter {
    // Fast paths for the bytes that need no grammar step: the inside of strings and the spaces
    // that indent pretty-printed exports (most of a file). Each run is scanned in one tight
    // loop and the column advanced in bulk; positions stay exact because a run never holds a
    // newline (a raw newline in a string is a control byte, which ends the run and is reported
    // by the byte-by-byte path as before).

    /// The length of the run of plain string bytes (not `"`, `\` or a control byte) at `start`,
    /// and the number of characters in it (bytes that are not UTF-8 continuation bytes).
    /// - Parameters:
    ///   - chunk: the text.
    ///   - start: where the run may begin.
    /// - Returns: the run's byte count and character count; zero when `chunk[start]` is special.
    static func plainStringRun(_ chunk: [UInt8], from start: Int) -> (bytes: Int, characters: Int) {
        chunk.withUnsafeBufferPointer { buffer in
            var index = start
            var characters = 0
            while index < buffer.count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                if byte & 0xC0 != 0x80 { characters += 1 }
                index += 1
            }
            return (index - start, characters)
        }
    }

    /// The length of the run of spaces and tabs at `start`.
    /// - Parameters:
    ///   - chunk: the text.
    ///   - start: where the run may begin.
    /// - Returns: the number of bytes; zero when `chunk[start]` is neither.
    static func blankRun(_ chunk: [UInt8], from start: Int) -> Int {
        chunk.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count, buffer[index] == UInt8(ascii: " ") || buffer[index] == UInt8(ascii: "\t") {
                index += 1
            }
            return index - start
        }
    }
}
