import ReportModel

extension JSONValueSplitter {
    /// Bytes that can continue a number or literal.
    static func isScalarByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    /// Whether a byte starts `true`, `false` or `null`.
    static func isLiteralStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f") || byte == UInt8(ascii: "n")
    }

    /// Whether the bytes are `true`, `false`, `null` or a JSON number.
    static func isValidScalar(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { isValidScalar($0) }
    }

    /// Whether the bytes are `true`, `false`, `null` or a JSON number.
    static func isValidScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ByteWords.equal(bytes, "true") || ByteWords.equal(bytes, "false") || ByteWords.equal(bytes, "null") {
            return true
        }
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let intStart = index
        let intDigits = digits()
        guard intDigits > 0, !(intDigits > 1 && bytes[intStart] == UInt8(ascii: "0")) else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }
}
