/// The spike's fields of one ASFF finding.
struct SpikeFields {
    var id: String?
    var updatedAt: String?
    var severityLabel: String?
    var complianceStatus: String?
    var securityControlId: String?
    var resourceIds: [String] = []
}

/// A byte-level reader over one JSON record that pulls out named members and skips every other
/// value without building it (the splitter has already checked the record's grammar).
struct ByteCursor {
    let base: UnsafePointer<UInt8>
    let end: Int
    var index = 0

    enum Failure: Error { case unexpected(Int) }

    /// - Parameter buffer: the record's bytes; must not be empty.
    /// - Throws: `Failure` for an empty buffer.
    init(_ buffer: UnsafeBufferPointer<UInt8>) throws(Failure) {
        guard let start = buffer.baseAddress else { throw .unexpected(0) }
        base = start
        end = buffer.count
    }

    @inline(__always) mutating func skipSpace() {
        while index < end {
            switch base[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    @inline(__always) mutating func peek() -> UInt8 {
        skipSpace()
        return index < end ? base[index] : 0
    }

    mutating func expect(_ byte: UInt8) throws(Failure) {
        guard peek() == byte else { throw .unexpected(index) }
        index += 1
    }

    /// Reads a key's raw bytes (start, count) and the colon after it; escapes stay as written.
    mutating func key() throws(Failure) -> (start: Int, count: Int) {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < end, base[index] != UInt8(ascii: "\"") {
            index += base[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        let count = index - start
        index += 1
        try expect(UInt8(ascii: ":"))
        return (start, count)
    }

    /// Whether the raw key bytes are `name` (ASCII, no escapes).
    @inline(__always) func keyIs(_ key: (start: Int, count: Int), _ name: StaticString) -> Bool {
        guard key.count == name.utf8CodeUnitCount else { return false }
        let other = name.utf8Start
        for offset in 0..<key.count where base[key.start + offset] != other[offset] { return false }
        return true
    }

    /// Reads a string value, or skips a value of another kind and returns nil.
    mutating func string() throws(Failure) -> String? {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            return nil
        }
        index += 1
        let start = index
        var escaped = false
        while index < end, base[index] != UInt8(ascii: "\"") {
            if base[index] == UInt8(ascii: "\\") {
                escaped = true
                index += 2
            } else {
                index += 1
            }
        }
        let raw = UnsafeBufferPointer(start: base + start, count: index - start)
        index += 1
        return escaped ? Self.unescape(raw) : String(decoding: raw, as: UTF8.self)
    }

    /// Skips one value of any kind without building it.
    mutating func skipValue() throws(Failure) {
        let first = peek()
        switch first {
        case UInt8(ascii: "\""):
            index += 1
            while index < end, base[index] != UInt8(ascii: "\"") {
                index += base[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            index += 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < end {
                let byte = base[index]
                index += 1
                switch byte {
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return }
                case UInt8(ascii: "\""):
                    while index < end, base[index] != UInt8(ascii: "\"") {
                        index += base[index] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    index += 1
                default: break
                }
            }
            throw .unexpected(index)
        default:
            while index < end {
                switch base[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return
                default: index += 1
                }
            }
        }
    }

    /// Calls `body` with each member's key of the object at the cursor; `body` must consume the value.
    mutating func members(_ body: (inout ByteCursor, (start: Int, count: Int)) throws(Failure) -> Void)
        throws(Failure)
    {
        try expect(UInt8(ascii: "{"))
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            let name = try key()
            try body(&self, name)
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw .unexpected(index)
            }
        }
    }

    /// Calls `body` for each element of the array at the cursor; `body` must consume the element.
    mutating func elements(_ body: (inout ByteCursor) throws(Failure) -> Void) throws(Failure) {
        try expect(UInt8(ascii: "["))
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try body(&self)
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw .unexpected(index)
            }
        }
    }

    /// JSON string escapes (including surrogate pairs) to a Swift string.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        func hex4(_ at: Int) -> UInt32 {
            var value: UInt32 = 0
            for offset in 0..<4 where at + offset < raw.count {
                let byte = raw[at + offset]
                let digit: UInt8 =
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
                    default: 0
                    }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                out.append(byte)
                index += 1
                continue
            }
            let code = raw[index + 1]
            index += 2
            switch code {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var scalar = hex4(index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 1 < raw.count, raw[index] == UInt8(ascii: "\\"),
                    raw[index + 1] == UInt8(ascii: "u")
                {
                    let low = hex4(index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                let character = Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(character).utf8))
            default: out.append(code)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Extracts the spike's fields from one ASFF finding object.
enum ASFFByteReader {
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>) throws(ByteCursor.Failure) -> SpikeFields {
        var cursor = try ByteCursor(bytes)
        var fields = SpikeFields()
        try cursor.members { (cursor: inout ByteCursor, key) throws(ByteCursor.Failure) in
            if cursor.keyIs(key, "Id") {
                fields.id = try cursor.string()
            } else if cursor.keyIs(key, "UpdatedAt") {
                fields.updatedAt = try cursor.string()
            } else if cursor.keyIs(key, "Severity"), cursor.peek() == UInt8(ascii: "{") {
                try cursor.members { (cursor: inout ByteCursor, key) throws(ByteCursor.Failure) in
                    if cursor.keyIs(key, "Label") {
                        fields.severityLabel = try cursor.string()
                    } else {
                        try cursor.skipValue()
                    }
                }
            } else if cursor.keyIs(key, "Compliance"), cursor.peek() == UInt8(ascii: "{") {
                try cursor.members { (cursor: inout ByteCursor, key) throws(ByteCursor.Failure) in
                    if cursor.keyIs(key, "Status") {
                        fields.complianceStatus = try cursor.string()
                    } else if cursor.keyIs(key, "SecurityControlId") {
                        fields.securityControlId = try cursor.string()
                    } else {
                        try cursor.skipValue()
                    }
                }
            } else if cursor.keyIs(key, "Resources"), cursor.peek() == UInt8(ascii: "[") {
                try cursor.elements { (cursor: inout ByteCursor) throws(ByteCursor.Failure) in
                    guard cursor.peek() == UInt8(ascii: "{") else { return try cursor.skipValue() }
                    try cursor.members { (cursor: inout ByteCursor, key) throws(ByteCursor.Failure) in
                        if cursor.keyIs(key, "Id"), let id = try cursor.string() {
                            fields.resourceIds.append(id)
                        } else if !cursor.keyIs(key, "Id") {
                            try cursor.skipValue()
                        }
                    }
                }
            } else {
                try cursor.skipValue()
            }
        }
        return fields
    }
}
