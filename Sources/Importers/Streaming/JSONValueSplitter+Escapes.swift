import ReportModel

extension JSONValueSplitter {
    /// Follows `\uXXXX` escapes inside a string: a high surrogate must be followed by a low one,
    /// and a low one must follow a high one (an unpaired surrogate is not text).
    /// - Parameter byte: the next byte inside a string.
    /// - Returns: true when the byte was a hex digit of a `\u` escape or the `u` itself (consumed).
    /// - Throws: `ImportError.invalidJSON` for invalid text outside any record.
    mutating func escapeByte(_ byte: UInt8) throws(ImportError) -> Bool {
        if let digits = unicodeDigits {
            guard let value = Self.hexValue(byte) else {
                unicodeDigits = nil
                highSurrogatePending = false
                try invalidText(Message(.jsonInvalidEscape))
                return false
            }
            unicodeValue = unicodeValue << 4 | UInt32(value)
            if digits < 3 {
                unicodeDigits = digits + 1
                return true
            }
            unicodeDigits = nil
            let isHigh = (0xD800...0xDBFF).contains(unicodeValue)
            let isLow = (0xDC00...0xDFFF).contains(unicodeValue)
            if highSurrogatePending && !isLow || !highSurrogatePending && isLow {
                highSurrogatePending = false
                try invalidText(Message(.jsonUnpairedSurrogate))
            }
            highSurrogatePending = isHigh
            return true
        }
        if escaped && byte == UInt8(ascii: "u") {
            escaped = false
            unicodeDigits = 0
            unicodeValue = 0
            return true
        }
        if highSurrogatePending && !(byte == UInt8(ascii: "\\") && !escaped) {
            highSurrogatePending = false
            try invalidText(Message(.jsonUnpairedSurrogate))
        }
        return false
    }

    /// The value of a hex digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
