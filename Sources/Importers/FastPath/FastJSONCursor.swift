import ReportModel

/// Why a fast reader gave up (never shown: the general `JSONDecoder` path reports the problem).
struct FastGiveUp: Error {}

/// A forward-only reader over one record's bytes, shared by the fast readers (`ASFFFastReader`,
/// `OCSFFastReader`, `WAFLogFastReader`, `ECRScanFastReader`, `Inspector2FastReader`): tokens,
/// strings, plain numbers, skipping, and objects read member by member. Anything it cannot read exactly as `JSONDecoder` does throws
/// `FastGiveUp`, and the record takes the general path.
struct FastJSONCursor {
    let base: UnsafePointer<UInt8>
    let end: Int
    /// Whether the record is known to be all ASCII (else it was checked to be valid UTF-8, here or by the splitter).
    let ascii: Bool
    /// The reader's interned strings.
    var strings: StringTable
    var index = 0
    /// How many objects and arrays the cursor is inside.
    private var depth = 0
    /// The member names of the objects being read, each object's after its outer objects' (`object`): one
    /// allocation a record, not one an object.
    private var seenKeys: [UnsafeBufferPointer<UInt8>] = []

    /// The deepest nesting read: `JSONDecoder` refuses a document nested more than 512 levels deep
    /// (which `--max-depth` may let through the splitter), so a record nested deeper than this steps
    /// aside, and the reader's recursion stays shallow.
    static let maximumDepth = 500

    private init(base: UnsafePointer<UInt8>, end: Int, ascii: Bool, strings: StringTable) {
        self.base = base
        self.end = end
        self.ascii = ascii
        self.strings = strings
    }

    /// Runs `body` over one record's bytes: `nil` when the record is not an object, is not valid
    /// UTF-8, or `body` gives up. `strings` is the reader's table, kept across calls.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8: the splitter checks every byte beyond ASCII of
    ///     a record it cuts out (`RawRecord.problem`), so a record it passed is not scanned again here.
    ///   - strings: the reader's interned strings.
    ///   - body: reads the record from the cursor at its opening brace.
    /// - Returns: what `body` read, or `nil`.
    static func read<Value>(
        _ bytes: [UInt8],
        utf8Checked: Bool = false,
        strings: inout StringTable,
        _ body: (inout FastJSONCursor) throws(FastGiveUp) -> Value
    ) -> Value? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0, base[0] == UInt8(ascii: "{") else { return nil }
            // Text beyond ASCII is read only when the whole record is valid UTF-8 (checked here unless the splitter
            // did; then bytes beyond ASCII are allowed in strings without another pass over the record).
            let ascii = utf8Checked ? false : ByteWords.allASCII(buffer)
            if !utf8Checked && !ascii && String(validating: buffer, as: UTF8.self) == nil { return nil }
            // The table moves into the cursor and back, so it is never copied.
            var cursor = FastJSONCursor(base: base, end: buffer.count, ascii: ascii, strings: strings)
            strings = StringTable()
            defer { strings = cursor.strings }
            return try? body(&cursor)
        }
    }

    // MARK: Tokens

    mutating func peek() throws(FastGiveUp) -> UInt8 {
        while index < end {
            let byte = base[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                // Indentation in one scan (pretty-printed exports indent every member).
                index += 1 + ByteWords.spaceRun(base, from: index + 1, upTo: end)
            } else {
                return byte
            }
        }
        throw FastGiveUp()
    }

    mutating func expect(_ byte: UInt8) throws(FastGiveUp) {
        guard try peek() == byte else { throw FastGiveUp() }
        index += 1
    }

    /// Whether the next value is `null` (consumed if so).
    mutating func null() throws(FastGiveUp) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        guard index + 4 <= end, base[index + 1] == UInt8(ascii: "u"), base[index + 2] == UInt8(ascii: "l"),
            base[index + 3] == UInt8(ascii: "l")
        else { throw FastGiveUp() }
        index += 4
        return true
    }

    /// Scans a string body after its opening quote, checking every byte and escape; returns the
    /// raw body range and whether it held escapes.
    mutating func stringBody() throws(FastGiveUp) -> (start: Int, count: Int, escaped: Bool) {
        let start = index
        var escaped = false
        let buffer = UnsafeBufferPointer(start: base, count: end)
        while index < end {
            // Plain bytes eight at a time (bytes beyond ASCII are in the record only when it is valid
            // UTF-8, and then allowed): most of a record's bytes are in strings.
            index += ByteWords.plainRun(buffer, from: index, upTo: end, asciiOnly: false)
            guard index < end else { break }
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                let count = index - start
                index += 1
                return (start, count, escaped)
            }
            if byte < 0x20 || (ascii && byte >= 0x80) { throw FastGiveUp() }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard index + 1 < end else { throw FastGiveUp() }
                switch base[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 6 <= end else { throw FastGiveUp() }
                    var scalar: UInt32 = 0
                    for offset in 2..<6 {
                        guard let digit = Self.hexDigit(base[index + offset]) else { throw FastGiveUp() }
                        scalar = scalar << 4 | digit
                    }
                    if (0xD800...0xDFFF).contains(scalar) { throw FastGiveUp() }
                    index += 6
                default:
                    throw FastGiveUp()
                }
            } else {
                index += 1
            }
        }
        throw FastGiveUp()
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Skips the string at the cursor, giving up wherever `string()` would: a string with no escape is only
    /// scanned, one with escapes is decoded and dropped.
    mutating func skipString() throws(FastGiveUp) {
        let start = index
        try expect(UInt8(ascii: "\""))
        guard try stringBody().escaped else { return }
        index = start
        _ = try string()
    }

    /// The string value at the cursor (escapes decoded); gives up on any other kind of value.
    mutating func string() throws(FastGiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let body = try stringBody()
        let raw = UnsafeBufferPointer(start: base + body.start, count: body.count)
        guard body.escaped else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var at = 0
        while at < raw.count {
            let byte = raw[at]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                at += 1
                continue
            }
            let code = raw[at + 1]
            at += 2
            switch code {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar: UInt32 = 0
                for offset in 0..<4 { scalar = scalar << 4 | (Self.hexDigit(raw[at + offset]) ?? 0) }
                at += 4
                guard let unicode = Unicode.Scalar(scalar) else { throw FastGiveUp() }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: out.append(code)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A string, or nil for `null`.
    mutating func optionalString() throws(FastGiveUp) -> String? {
        try null() ? nil : try string()
    }

    /// A string that repeats across records, kept once (see `StringTable`).
    mutating func shared(_ text: String) -> String {
        strings.shared(text)
    }

    /// A repeating string (interned), or nil for `null`.
    mutating func sharedString() throws(FastGiveUp) -> String? {
        try null() ? nil : try sharedText()
    }

    /// The string value at the cursor, interned: one the table holds is found by its bytes, with no
    /// string made (a string with escapes is decoded first).
    mutating func sharedText() throws(FastGiveUp) -> String {
        _ = try peek()
        let start = index
        try expect(UInt8(ascii: "\""))
        let body = try stringBody()
        guard !body.escaped else {
            index = start
            return shared(try string())
        }
        return strings.shared(utf8: UnsafeBufferPointer(start: base + body.start, count: body.count))
    }

    /// Whether the value at the cursor starts as a number does (a minus or a digit).
    mutating func atNumber() throws(FastGiveUp) -> Bool {
        let first = try peek()
        return first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
    }

    /// A plain number (optional minus, digits, optional fraction, at most 15 digits) as a Double.
    mutating func plainNumber() throws(FastGiveUp) -> Double {
        let start = index
        var digits = 0
        if index < end, base[index] == UInt8(ascii: "-") { index += 1 }
        while index < end {
            let byte = base[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte != UInt8(ascii: ".") {
                break
            }
            index += 1
        }
        guard digits > 0, digits <= 15 else { throw FastGiveUp() }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
        guard let value = Double(text) else { throw FastGiveUp() }
        return value
    }

    /// `true` or `false`, or nil for `null`; any other value gives up.
    mutating func bool() throws(FastGiveUp) -> Bool? {
        if try null() { return nil }
        switch try peek() {
        case UInt8(ascii: "t"):
            index += 4
            return true
        case UInt8(ascii: "f"):
            index += 5
            return false
        default: throw FastGiveUp()
        }
    }

    /// Skips any value, checking its strings as `stringBody` does.
    mutating func skipValue() throws(FastGiveUp) {
        switch try peek() {
        case UInt8(ascii: "\""):
            index += 1
            _ = try stringBody()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            if skipPlainContainer() { return }
            try skipContainer()
        default:
            // Numbers and literals: the splitter has checked their grammar.
            while index < end {
                switch base[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return
                default: index += 1
                }
            }
        }
    }

    /// Skips the object or array at the cursor member by member, element by element.
    mutating func skipContainer() throws(FastGiveUp) {
        if try peek() == UInt8(ascii: "{") {
            try members { (cursor: inout FastJSONCursor, _) throws(FastGiveUp) in try cursor.skipValue() }
        } else {
            try elements { (cursor: inout FastJSONCursor) throws(FastGiveUp) in try cursor.skipValue() }
        }
    }

    /// Skips the object or array at the cursor in one pass over its bytes, counting brackets outside
    /// strings (a `Details` blob: most of what a record holds and nothing it reads), when that skip
    /// is the same as ``skipContainer()``'s: no string in it holds an escape or a control byte, and it
    /// is nested no deeper than `maximumDepth` allows. Its grammar was checked by the splitter, which
    /// cut the record. Otherwise the cursor stays where it was.
    /// - Returns: whether the container was skipped.
    mutating func skipPlainContainer() -> Bool {
        let buffer = UnsafeBufferPointer(start: base, count: end)
        var at = index
        var nesting = 0
        while at < end {
            switch base[at] {
            case UInt8(ascii: "\""):
                at += 1 + ByteWords.plainRun(buffer, from: at + 1, upTo: end, asciiOnly: false)
                // An escape or a control byte: the member-by-member skip checks it.
                guard at < end, base[at] == UInt8(ascii: "\"") else { return false }
                at += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
                guard depth + nesting <= Self.maximumDepth else { return false }
                at += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                nesting -= 1
                at += 1
                if nesting == 0 {
                    index = at
                    return true
                }
            case 0x20, 0x0A:
                at += 1 + ByteWords.spaceRun(base, from: at + 1, upTo: end)
            default:
                at += 1
            }
        }
        return false
    }

    /// Counts one more level of nesting; gives up past `maximumDepth`.
    private mutating func enter() throws(FastGiveUp) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw FastGiveUp() }
    }

    /// Calls `body` with each key (raw bytes, no escapes allowed) of the object at the cursor.
    mutating func members(
        _ body: (inout FastJSONCursor, UnsafeBufferPointer<UInt8>) throws(FastGiveUp) -> Void
    ) throws(FastGiveUp) {
        try expect(UInt8(ascii: "{"))
        try enter()
        defer { depth -= 1 }
        guard try !closesEmpty() else { return }
        repeat {
            try body(&self, try memberName())
        } while try anotherMember()
    }

    /// Whether the object just opened is empty (its closing brace then read).
    private mutating func closesEmpty() throws(FastGiveUp) -> Bool {
        guard try peek() == UInt8(ascii: "}") else { return false }
        index += 1
        return true
    }

    /// A member's name (raw bytes, no escapes allowed) and its colon.
    private mutating func memberName() throws(FastGiveUp) -> UnsafeBufferPointer<UInt8> {
        try expect(UInt8(ascii: "\""))
        let key = try stringBody()
        if key.escaped { throw FastGiveUp() }
        try expect(UInt8(ascii: ":"))
        return UnsafeBufferPointer(start: base + key.start, count: key.count)
    }

    /// After a member's value: whether a comma follows (another member), or the closing brace (read).
    private mutating func anotherMember() throws(FastGiveUp) -> Bool {
        switch try peek() {
        case UInt8(ascii: ","):
            index += 1
            return true
        case UInt8(ascii: "}"):
            index += 1
            return false
        default: throw FastGiveUp()
        }
    }

    /// Calls `body` for each element of the array at the cursor.
    mutating func elements(_ body: (inout FastJSONCursor) throws(FastGiveUp) -> Void) throws(FastGiveUp) {
        try expect(UInt8(ascii: "["))
        try enter()
        defer { depth -= 1 }
        if try peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try body(&self)
            switch try peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw FastGiveUp()
            }
        }
    }

    /// An array of strings (interned), or nil for `null`.
    mutating func stringArray() throws(FastGiveUp) -> [String]? {
        if try null() { return nil }
        var result: [String] = []
        try elements { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            result.append(try cursor.sharedText())
        }
        return result
    }

    /// An array of objects read by `element`, or nil for `null`.
    mutating func objectArray<Element>(
        _ element: (inout FastJSONCursor) throws(FastGiveUp) -> Element
    ) throws(FastGiveUp) -> [Element]? {
        if try null() { return nil }
        var result: [Element] = []
        try elements { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            guard try cursor.peek() == UInt8(ascii: "{") else { throw FastGiveUp() }
            result.append(try element(&cursor))
        }
        return result
    }

    /// An object read member by member, or nil for `null`; any key twice gives up. Each key is given as its bytes in
    /// the record, matched with `switch` against string literals (no string made).
    mutating func keyedObject<Value>(
        _ empty: consuming Value,
        _ member: (inout FastJSONCursor, inout Value, MemberName) throws(FastGiveUp) -> Bool
    ) throws(FastGiveUp) -> Value? {
        try object(
            empty,
            byKeyBytes: { (cursor: inout FastJSONCursor, value: inout Value, key) throws(FastGiveUp) in
                try member(&cursor, &value, MemberName(bytes: key))
            }
        )
    }

    /// An object read member by member with each key as its bytes in the record (no string made), or nil for
    /// `null`; any key twice gives up.
    mutating func object<Value>(
        _ empty: consuming Value,
        byKeyBytes member: (inout FastJSONCursor, inout Value, UnsafeBufferPointer<UInt8>) throws(FastGiveUp) -> Bool
    ) throws(FastGiveUp) -> Value? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else { throw FastGiveUp() }
        var value = empty
        let start = seenKeys.count
        var hashed: Set<KeyBytes>?
        var marks: UInt64 = 0
        defer { seenKeys.removeLast(seenKeys.count - start) }
        // The members read here as `members` reads them, without a closure, so the value can be moved out.
        try expect(UInt8(ascii: "{"))
        try enter()
        defer { depth -= 1 }
        guard try !closesEmpty() else { return consume value }
        repeat {
            let key = try memberName()
            guard isNew(key, from: start, marks: &marks, hashed: &hashed) else { throw FastGiveUp() }
            if try !member(&self, &value, key) { try skipValue() }
        } while try anotherMember()
        // Moved out: returned as it is, the value was copied and the original destroyed (the defers above keep
        // the scope open), an ASFF finding's dozens of fields retained and released once more per record.
        return consume value
    }

    /// Whether an object's member name is new: compared one by one with the names from `start` up to
    /// `listedKeys`, then kept in `hashed` (an object with many members is not read in quadratic time). A name
    /// whose mark (one of 64 bits, from its length and its first and last bytes) no earlier name of the object set
    /// is new without a comparison: an ASFF finding's twenty-odd names mostly differ in length or ends.
    private mutating func isNew(
        _ key: UnsafeBufferPointer<UInt8>,
        from start: Int,
        marks: inout UInt64,
        hashed: inout Set<KeyBytes>?
    ) -> Bool {
        if hashed == nil {
            let mark = Self.mark(key)
            let seen = marks & mark != 0
            marks |= mark
            if seen {
                for index in start..<seenKeys.count where ByteWords.equal(seenKeys[index], key) { return false }
            }
            if seenKeys.count - start < Self.listedKeys {
                if seenKeys.isEmpty { seenKeys.reserveCapacity(64) }
                seenKeys.append(key)
                return true
            }
            hashed = Set(seenKeys[start...].map(KeyBytes.init))
        }
        return hashed?.insert(KeyBytes(bytes: key)).inserted ?? false
    }

    /// A member name's bit among 64: equal names have the same bit.
    @inline(__always)
    private static func mark(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = key.baseAddress, key.count > 0 else { return 1 }
        let mixed =
            UInt64(truncatingIfNeeded: key.count) &* 0x9E37_79B9 ^ UInt64(base[0]) &* 31 ^ UInt64(base[key.count - 1])
        return 1 << (mixed & 63)
    }

    /// How many member names of an object are compared one by one before they are hashed.
    static let listedKeys = 32

    /// A JSON object read as its members in the record's order (each value by `value`, keys interned), or nil for
    /// `null`; any key twice gives up, as `dictionary(sharingKeys:_:)` does, without a dictionary made: when every
    /// key is ASCII, two keys are the same string only when their bytes are equal. A key beyond ASCII may equal
    /// another spelled otherwise (U+212A KELVIN SIGN and `K`): then the object is read again by `dictionary`.
    mutating func pairs<Value>(
        _ value: (inout FastJSONCursor) throws(FastGiveUp) -> Value
    ) throws(FastGiveUp) -> [(key: String, value: Value)]? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else { throw FastGiveUp() }
        let start = index
        var ascii = true
        var result: [(key: String, value: Value)] = []
        _ = try object(()) { (cursor: inout FastJSONCursor, _: inout Void, key) throws(FastGiveUp) in
            if !ascii { return false }
            if !ByteWords.allASCII(key) {
                ascii = false
                return false
            }
            result.append((cursor.strings.shared(utf8: key), try value(&cursor)))
            return true
        }
        guard !ascii else { return result }
        index = start
        return try dictionary(value).map { Array($0).map { (key: $0.key, value: $0.value) } }
    }

    /// A JSON object read as `[String: Value]` (each value by `value`, keys interned when `sharingKeys`),
    /// or nil for `null`; any key twice gives up.
    mutating func dictionary<Value>(
        sharingKeys: Bool = true,
        _ value: (inout FastJSONCursor) throws(FastGiveUp) -> Value
    ) throws(FastGiveUp) -> [String: Value]? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else { throw FastGiveUp() }
        var result: [String: Value] = [:]
        try members { (cursor: inout FastJSONCursor, key) throws(FastGiveUp) in
            let name = sharingKeys ? cursor.strings.shared(utf8: key) : String(decoding: key, as: UTF8.self)
            guard result.updateValue(try value(&cursor), forKey: name) == nil else { throw FastGiveUp() }
        }
        return result
    }

    /// `TimestampValue`: a plain number or a string; nil for `null`; any other value gives up.
    mutating func timestamp() throws(FastGiveUp) -> TimestampValue? {
        if try null() { return nil }
        if try peek() == UInt8(ascii: "\"") { return .text(try string()) }
        guard try atNumber() else { throw FastGiveUp() }
        return .number(try plainNumber())
    }

    /// `LenientString`: a string, a plain number or a boolean, as `LenientString` reads each
    /// (a string interned when `shared`); nil for `null`; any other value gives up.
    mutating func lenientString(shared: Bool = true) throws(FastGiveUp) -> LenientString? {
        if try null() { return nil }
        switch try peek() {
        case UInt8(ascii: "\""):
            return LenientString(text: shared ? try sharedText() : try string())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return try bool().map { LenientString(text: String($0)) }
        default:
            guard try atNumber() else { throw FastGiveUp() }
            return LenientString(number: try plainNumber())
        }
    }

    /// Whether `"KEY"` (any of `keys`, each given with its closing quote) occurs in `bytes`: a
    /// quick look that lets a fast reader pass by records of other families without parsing them.
    /// - Parameters:
    ///   - keys: the member names, each followed by its closing quote.
    ///   - bytes: one record's JSON text.
    /// - Returns: whether one of them occurs right after a quote.
    static func mentions(_ keys: [[UInt8]], in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                defer { index += 1 }
                guard buffer[index] == UInt8(ascii: "\"") else { continue }
                for key in keys where index + 1 + key.count <= buffer.count {
                    if buffer[(index + 1)..<(index + 1 + key.count)].elementsEqual(key) { return true }
                }
            }
            return false
        }
    }

    /// A list of package objects (`PackageNames`: each named by `Name`, else `name`), or nil for
    /// `null`; any other shape gives up.
    mutating func packageNames() throws(FastGiveUp) -> PackageNames? {
        if try null() { return nil }
        var names: [String] = []
        try elements { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            guard try cursor.peek() == UInt8(ascii: "{") else { throw FastGiveUp() }
            var upper: String?
            var lower: String?
            _ = try cursor.keyedObject(0) { (cursor: inout FastJSONCursor, _, name) throws(FastGiveUp) in
                switch name {
                case "Name": upper = try cursor.optionalString()
                case "name": lower = try cursor.optionalString()
                default: return false
                }
                return true
            }
            if let name = upper ?? lower { names.append(name) }
        }
        return PackageNames(names: names)
    }
}

extension LenientString {
    /// A value read as a JSON string.
    init(text: String) {
        value = text
    }

    /// A plain JSON number, written as `LenientString` writes one.
    init(number: Double) {
        value = Self.text(number: number)
    }
}

extension PackageNames {
    /// Names read from a list of package objects.
    init(names: [String]) {
        self.names = names
    }
}

extension LenientNumber {
    /// A value read as a plain JSON number.
    init(number: Double) {
        value = number
    }
}

/// A member's name as its bytes in the record (no escapes), matched against string literals in `switch` and `==`
/// without making a string (`FastJSONCursor.keyedObject`).
struct MemberName {
    let bytes: UnsafeBufferPointer<UInt8>

    static func ~= (pattern: StaticString, name: MemberName) -> Bool { ByteWords.equal(name.bytes, pattern) }

    static func == (name: MemberName, text: StaticString) -> Bool { ByteWords.equal(name.bytes, text) }
}

/// A member name's bytes, equal and hashed by them: an object's names past `FastJSONCursor.listedKeys` are kept
/// hashed, so an object of a hundred thousand keys costs as many lookups, not five billion comparisons (a 1 MB
/// record took 15 s, and the record size limit allows more).
struct KeyBytes: Hashable {
    let bytes: UnsafeBufferPointer<UInt8>

    static func == (left: Self, right: Self) -> Bool { ByteWords.equal(left.bytes, right.bytes) }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }
}
