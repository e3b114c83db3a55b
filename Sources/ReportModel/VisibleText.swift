/// The one place that decides which characters from the data may not reach an output as they are,
/// and how they are shown instead.
///
/// Control characters (C0 except tab and newline, DEL, C1), non-characters (U+FDD0–U+FDEF and
/// U+xFFFE/U+xFFFF) and the invisible or direction-changing characters that can disguise text
/// (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+061C, U+FEFF) are replaced by a visible escape
/// such as `\u001B` or `\u202E`. HTML, Markdown, SVG, JSON, standard error and `inspect` all pass
/// through here, so an input can neither break the XML check nor retitle a terminal, forge a
/// `warning:` line or reorder what a reader sees.
public enum VisibleText {
    /// Whether a scalar must be shown as an escape.
    /// - Parameters:
    ///   - scalar: one Unicode scalar of text bound for a report, a log line or the terminal.
    ///   - newlines: whether a newline must be escaped too (one-line outputs: stderr, `inspect`).
    /// - Returns: whether to escape it.
    public static func mustEscape(_ scalar: Unicode.Scalar, newlines: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A: newlines
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        case 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// The text with every character that ``mustEscape(_:newlines:)`` names shown as `\uXXXX`
    /// (or `\UXXXXXXXX` beyond the Basic Multilingual Plane).
    /// - Parameters:
    ///   - text: free text from an input (titles, URIs, tags, notes) or any text about to be shown.
    ///   - newlines: whether newlines are escaped too (one-line outputs).
    /// - Returns: the visible text; the same string when nothing needed escaping.
    public static func escaped(_ text: String, newlines: Bool = false) -> String {
        // Read as bytes where the text is stored (a whole page at a time): printable ASCII is passed eight bytes at a
        // time, and only a character beyond ASCII is decoded to be asked about.
        let unchanged = text.utf8.withContiguousStorageIfAvailable { leavesAsIs($0, newlines: newlines) }
        if unchanged ?? !text.unicodeScalars.contains(where: { mustEscape($0, newlines: newlines) }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if mustEscape(scalar, newlines: newlines) {
                result.append(contentsOf: escape(scalar.value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether valid UTF-8 `bytes` hold no character that ``mustEscape(_:newlines:)`` names.
    /// - Parameters:
    ///   - bytes: a string's stored UTF-8 (valid: a lead byte is followed by its continuation bytes).
    ///   - newlines: whether a line break must be escaped.
    /// - Returns: true when `escaped` leaves the text as it is.
    static func leavesAsIs(_ bytes: UnsafeBufferPointer<UInt8>, newlines: Bool) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, printable(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = base[index]
            if byte < 0x80 {
                if byte >= 0x20 && byte != 0x7F || byte == 0x09 || (byte == 0x0A && !newlines) {
                    index += 1
                    continue
                }
                return false
            }
            // A character beyond ASCII: its scalar from its two to four bytes.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + length <= count else { return false }
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(base[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), !mustEscape(scalar, newlines: newlines) else { return false }
            index += length
        }
        return true
    }

    /// Whether each of the eight bytes is printable ASCII (0x20 to 0x7E). Below 0x20: a borrow of `word - 0x20…` reaches
    /// a byte's top bit only from a byte below 0x20 (exact, as `ByteWords` explains); 0x7F and above: adding one sets
    /// a byte's top bit when it is 0x7F, and a byte at 0x80 or above has it already (its carry then does not matter).
    private static func printable(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        return (control | word | (word &+ ones)) & highs == 0
    }

    /// JSON text with the same characters shown visibly inside its strings: a raw character or a
    /// JSON escape of one (`\u001b`, `\b`, `\f`, `\r`) becomes the literal text `\u001B`, so a
    /// consumer reads the escape, not the character.
    /// - Parameter json: JSON text as an encoder wrote it.
    /// - Returns: the JSON text, still valid JSON.
    public static func escapedJSON(_ json: String) -> String {
        guard mayNeedEscapes(json) else { return json }
        let scalars = Array(json.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        var inString = false
        while index < scalars.count {
            let scalar = scalars[index]
            if inString && scalar == "\\" && index + 1 < scalars.count {
                let next = scalars[index + 1]
                var code: UInt32?
                var width = 2
                switch next {
                case "b": code = 0x08
                case "f": code = 0x0C
                case "r": code = 0x0D
                case "u" where index + 5 < scalars.count:
                    let hex = String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)]))
                    if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value), mustEscape(decoded) {
                        code = value
                        width = 6
                    }
                default: break
                }
                if let code {
                    result.append(contentsOf: ("\\" + escape(code)).unicodeScalars)
                } else {
                    let end = next == "u" && index + 5 < scalars.count ? index + 6 : index + 2
                    result.append(contentsOf: scalars[index..<end])
                    width = end - index
                }
                index += width
                continue
            }
            if scalar == "\"" { inString.toggle() }
            if inString && mustEscape(scalar) {
                result.append(contentsOf: ("\\" + escape(scalar.value)).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// Whether JSON text may hold a character or escape that `escapedJSON` rewrites: one pass over
    /// the bytes (a backslash before `u`, `b`, `f` or `r`, a control byte), decoding scalars only
    /// when the text is not ASCII. A `false` is certain; a `true` sends the text through the full pass,
    /// which leaves it unchanged when nothing needed escaping.
    private static func mayNeedEscapes(_ json: String) -> Bool {
        // Over the contiguous bytes (report.json's 200 MB for 100k findings pass here in batches).
        var text = json
        let (found, ascii) = text.withUTF8 { bytes -> (Bool, Bool) in
            var afterBackslash = false
            var high: UInt8 = 0
            /// One byte: whether it may need an escape.
            func check(_ byte: UInt8) -> Bool {
                if afterBackslash,
                    byte == UInt8(ascii: "u") || byte == UInt8(ascii: "b") || byte == UInt8(ascii: "f")
                        || byte == UInt8(ascii: "r")
                {
                    return true
                }
                afterBackslash = byte == UInt8(ascii: "\\")
                if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F { return true }
                high |= byte
                return false
            }
            guard let base = bytes.baseAddress else { return (false, true) }
            var index = 0
            // Eight bytes at a time: a word with no byte that is non-ASCII, a control byte, DEL or a
            // backslash (and no backslash just before it) is skipped whole; any other goes byte by byte.
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if !afterBackslash, !Self.mayHoldSpecialByte(word) {
                    index += 8
                    continue
                }
                for offset in index..<index + 8 where check(bytes[offset]) { return (true, false) }
                index += 8
            }
            for offset in index..<bytes.count where check(bytes[offset]) { return (true, false) }
            return (false, high < 0x80)
        }
        if found { return true }
        return !ascii && json.unicodeScalars.contains(where: { mustEscape($0) })
    }

    /// Whether `escapedJSON` leaves text holding these bytes as it is wherever they stand: none is a backslash, a
    /// control byte other than a line break or a tab, DEL, or beyond ASCII. Writers that know this of every piece
    /// they write skip the pass over the whole text.
    /// - Parameter bytes: UTF-8 text.
    /// - Returns: true when no byte could start a rewrite.
    public static func leavesUnchanged(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if mayHoldSpecialByte(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return false }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x7F || byte == UInt8(ascii: "\\") || (byte < 0x20 && byte != 0x0A && byte != 0x09) {
                return false
            }
            index += 1
        }
        return true
    }

    /// Whether any of the word's eight bytes is 0x80 or above, below 0x20 other than a line break or a tab, 0x7F
    /// or a backslash (exact as a whole: the per-byte flags of these tests may be wrong above a byte that matched,
    /// never all clear when one does). Line breaks and tabs, which pretty-printed JSON has in every sixth word and
    /// which never need an escape, are first made harmless (`0x2A`, `0x29`), so their words are skipped whole.
    static func mayHoldSpecialByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highBits != 0 }
        /// The high bit of each byte of `value` that is zero, exactly (no carry crosses a byte).
        func zeroBytes(_ value: UInt64) -> UInt64 { ~(((value & lowBits) &+ lowBits) | value | lowBits) }
        let breaksAndTabs = zeroBytes(word ^ (ones &* 0x0A)) | zeroBytes(word ^ (ones &* 0x09))
        let harmless = word | breaksAndTabs >> 2
        return word & highBits != 0
            || (harmless &- ones &* 0x20) & ~harmless & highBits != 0
            || hasZeroByte(word ^ (ones &* 0x7F))
            || hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
    }

    private static func escape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        if value > 0xFFFF { return "\\U" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex }
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
