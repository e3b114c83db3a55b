import Foundation

/// A finding's de-duplication key (`asff|<ProductArn>|<Id>`, `inspector|<ARN>`, …), stored in two parts: a
/// head that many findings repeat and a tail of their own, packed into 16 bytes when it is a UUID or 32
/// hex digits (as AWS finding ids end).
///
/// Identities are long (150-250 bytes for a Security Hub control finding) and almost all of their text is
/// shared: `asff|arn:aws:securityhub:us-east-1::product/aws/securityhub|arn:aws:securityhub:us-east-1:
/// 123456789012:security-control/EC2.2/finding/` is the same for every finding of that control in that account
/// and region, and only the UUID after it is the finding's own. An ASCII identity is split after its last
/// `/`, `:` or `|`; the head is then kept once (`FindingSharing`, `StringTable`) and the tail costs no
/// allocation when it packs. Other identities (short ones, or with non-ASCII text) are stored whole.
///
/// It compares and equals exactly as its text does as a `String` (`FindingIdentityTests`), whether the two
/// compared were split or not, and without joining the parts when both were split. Hashing is by the parts,
/// so two identities whose bytes differ but whose texts are canonically equivalent (only a character that
/// normalises to ASCII, such as U+212A KELVIN SIGN, can make one of them unsplit) may be kept as two findings.
public struct FindingIdentity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The shared part, ending in `/`, `:` or `|`; empty when the identity is stored whole.
    public private(set) var head: String
    /// The rest: the whole identity when `head` is empty.
    private var tail: Tail
    /// The parts' hash, made once with the identity (on the thread that reads it; seeded per process, as `Hasher`
    /// is): findings are looked up by identity in several tables (de-duplication, history, report order), each
    /// growing and probing, and equal identities stored alike have equal hashes, so a table compares two numbers
    /// before it compares identities. 32 bits fit in the padding after the tail, so an identity is no larger than
    /// without it; the tables mix it again.
    public let keptHash: Int32

    /// A tail as text, or packed: 32 hex digits (lowercase) as 128 bits, with the dashes of a UUID or without.
    private enum Tail: Sendable, Hashable {
        case text(String)
        case uuid(UInt64, UInt64)
        case hex(UInt64, UInt64)
    }

    /// Splits an identity (or keeps it whole when it is short or not ASCII).
    /// - Parameter text: the identity.
    public init(_ text: String) {
        // One pass over the bytes (the importers and the history reader make one per finding).
        var text = text
        let parts = text.withUTF8 { bytes -> (head: String, tail: Tail)? in
            guard let end = Self.headEnd(bytes) else { return nil }
            let tailBytes = UnsafeBufferPointer(rebasing: bytes[end...])
            return (
                String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self),
                Self.packed(tailBytes) ?? .text(String(decoding: tailBytes, as: UTF8.self))
            )
        }
        if let parts {
            head = parts.head
            tail = parts.tail
        } else {
            head = ""
            tail = .text(text)
        }
        keptHash = Self.partsHash(head, tail)
    }

    /// The parts' hash: a split identity's ASCII parts by `TextHash` (its bytes are its text), an identity kept
    /// whole by `Hasher`, which hashes canonically equivalent texts alike, as `==` compares them.
    private static func partsHash(_ head: String, _ tail: Tail) -> Int32 {
        guard !head.isEmpty else {
            var hasher = Hasher()
            hasher.combine(head)
            hasher.combine(tail)
            return Int32(truncatingIfNeeded: hasher.finalize())
        }
        var hasher = TextHash.Combined()
        hasher.combine(head)
        switch tail {
        case .text(let text): hasher.combine(text)
        case .uuid(let high, let low), .hex(let high, let low):
            // The kind, then the bits: a UUID's dashes make another text of the same bits.
            if case .uuid = tail { hasher.combine(-2) } else { hasher.combine(-3) }
            hasher.combine(Int(truncatingIfNeeded: high))
            hasher.combine(Int(truncatingIfNeeded: low))
        }
        return Int32(truncatingIfNeeded: hasher.finalize())
    }

    /// Where the head ends: after the last `/`, `:` or `|` of an ASCII identity of more than 15 bytes (up to
    /// 15 a string is stored inline: nothing to share), when something follows it; `nil` keeps it whole.
    private static func headEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 15, let base = bytes.baseAddress else { return nil }
        // ASCII eight bytes at a time, then the last separator looked for from the end (the tail is short).
        var any: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            any |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        var ascii: UInt8 = 0
        while index < bytes.count {
            ascii |= bytes[index]
            index += 1
        }
        guard any & 0x8080_8080_8080_8080 == 0, ascii < 0x80 else { return nil }
        var last = bytes.count - 1
        while last >= 0 {
            let byte = bytes[last]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "|") { break }
            last -= 1
        }
        guard last >= 0, last + 1 < bytes.count else { return nil }
        return last + 1
    }

    /// The identity as one string (joined when split).
    public var text: String {
        switch tail {
        case .text(let text): return head.isEmpty ? text : head + text
        case .uuid(let high, let low): return Self.digits(high, low, dashes: true, after: head)
        case .hex(let high, let low): return Self.digits(high, low, dashes: false, after: head)
        }
    }

    /// The identity's text.
    public var description: String { text }

    /// Appends the text's UTF-8 bytes (what `text` holds) without making the string: the history writes 100k
    /// identities a period.
    /// - Parameter bytes: where the bytes go.
    public func appendUTF8(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: head.utf8)
        switch tail {
        case .text(let text): bytes.append(contentsOf: text.utf8)
        case .uuid(let high, let low), .hex(let high, let low):
            let dashes: Bool
            if case .uuid = tail { dashes = true } else { dashes = false }
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: dashes ? 36 : 32))
            bytes.withUnsafeMutableBufferPointer { buffer in
                _ = Self.write(high, low, dashes: dashes, into: buffer, at: start)
            }
        }
    }

    /// Whether it is stored in two parts.
    public var isSplit: Bool { !head.isEmpty }

    /// The tail's text.
    private var tailText: String {
        switch tail {
        case .text(let text): return text
        case .uuid(let high, let low): return Self.digits(high, low, dashes: true, after: "")
        case .hex(let high, let low): return Self.digits(high, low, dashes: false, after: "")
        }
    }

    /// Keeps one copy of the head: `table`'s, when it holds an equal one.
    /// - Parameter table: the heads kept so far.
    public mutating func shareHead(in table: inout StringTable) {
        guard isSplit else { return }
        head = table.shared(head)
    }

    /// Keeps one copy of each part: `table`'s, when it holds an equal one (an identity read back from several
    /// stored periods).
    /// - Parameter table: the strings kept so far.
    public mutating func shareParts(in table: inout StringTable) {
        shareHead(in: &table)
        if case .text(let text) = tail { tail = .text(table.shared(text)) }
    }

    /// The last `count` UTF-8 bytes of the text, as a string.
    /// - Parameter count: how many bytes (at most the text's).
    /// - Returns: the suffix.
    public func suffix(utf8 count: Int) -> String {
        let tail = tailText
        let tailCount = tail.utf8.count
        if count == tailCount { return tail }
        if count < tailCount { return String(decoding: tail.utf8.suffix(count), as: UTF8.self) }
        return String(decoding: head.utf8.suffix(count - tailCount), as: UTF8.self) + tail
    }

    /// Whether the text ends with these bytes.
    /// - Parameter suffix: UTF-8 bytes, compared without joining the parts.
    /// - Returns: whether it does.
    public func hasSuffix<Bytes: Collection<UInt8>>(utf8 suffix: Bytes) -> Bool {
        if let result = suffix.withContiguousStorageIfAvailable({ hasSuffix(bytes: $0) }) { return result }
        return Array(suffix).withUnsafeBufferPointer { hasSuffix(bytes: $0) }
    }

    /// Whether the text ends with these bytes, compared as contiguous bytes (a finding's id against its
    /// identity, once per finding read: through the strings' views byte by byte this cost ~8,000 instructions).
    private func hasSuffix(bytes suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        withTailBytes { tail in
            let count = suffix.count
            let tailCount = tail.count
            if count <= tailCount {
                return ByteWords.equal(UnsafeBufferPointer(rebasing: tail[(tailCount - count)...]), suffix)
            }
            return head.withStoredUTF8 { head in
                let headPart = count - tailCount
                guard headPart <= head.count else { return false }
                return ByteWords.equal(
                    UnsafeBufferPointer(rebasing: head[(head.count - headPart)...]),
                    UnsafeBufferPointer(rebasing: suffix[..<headPart])
                ) && ByteWords.equal(tail, UnsafeBufferPointer(rebasing: suffix[headPart...]))
            }
        }
    }

    /// Calls `body` with the tail's UTF-8 bytes, written on the stack when it is packed (no string is made).
    private func withTailBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch tail {
        case .text(let text):
            return text.withStoredUTF8(body)
        case .uuid(let high, let low), .hex(let high, let low):
            let dashes = if case .uuid = tail { true } else { false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { buffer in
                let end = Self.write(high, low, dashes: dashes, into: buffer, at: 0)
                return body(UnsafeBufferPointer(rebasing: buffer[..<end]))
            }
        }
    }

    /// Whether two identities' texts are equal as strings.
    public static func == (lhs: FindingIdentity, rhs: FindingIdentity) -> Bool {
        // Both split means both ASCII, split alike when equal: equal heads and equal tails, packed alike.
        // Equal parts hash alike, so identities stored alike whose hashes differ are not equal.
        if lhs.isSplit && rhs.isSplit {
            return lhs.keptHash == rhs.keptHash && lhs.head == rhs.head && lhs.tail == rhs.tail
        }
        if !lhs.isSplit && !rhs.isSplit { return lhs.keptHash == rhs.keptHash && lhs.tail == rhs.tail }
        return lhs.text == rhs.text
    }

    /// Hashes the parts (equal split identities have equal parts; unsplit ones hash as their text), as made
    /// when the identity was.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(keptHash)
    }

    /// Whether `lhs`'s text sorts before `rhs`'s as strings.
    public static func < (lhs: FindingIdentity, rhs: FindingIdentity) -> Bool {
        if lhs.isSplit && rhs.isSplit {
            // ASCII text sorts by its bytes.
            if lhs.head == rhs.head {
                switch (lhs.tail, rhs.tail) {
                case (.uuid(let a, let b), .uuid(let c, let d)), (.hex(let a, let b), .hex(let c, let d)):
                    return (a, b) < (c, d)
                case (.text(let left), .text(let right)):
                    return left < right
                default:
                    return lhs.tailText < rhs.tailText
                }
            }
            // The first byte where the heads differ decides.
            if let headsDecide = firstDifference(lhs.head, rhs.head) { return headsDecide }
        } else if !lhs.isSplit && !rhs.isSplit, case .text(let left) = lhs.tail, case .text(let right) = rhs.tail {
            return left < right
        }
        return lhs.text < rhs.text
    }

    /// Whether the identity at `lhs` sorts before the one at `rhs`, as `<` answers, read where they are stored: a sort
    /// of positions compares identities in an array many times, and `<` on copies of them retained and released
    /// their strings each time (heads shared by many findings, counted on both cores at once).
    /// - Parameters:
    ///   - lhs: the first identity.
    ///   - rhs: the second identity.
    /// - Returns: whether the first sorts before the second.
    public static func precedes(_ lhs: UnsafePointer<FindingIdentity>, _ rhs: UnsafePointer<FindingIdentity>) -> Bool {
        if lhs.pointee.isSplit && rhs.pointee.isSplit {
            // The heads' bytes compared once (a head is ASCII: equal bytes are equal text); the same stored head, which
            // findings share, is equal without a look at its bytes.
            switch headComparison(lhs.pointee.head, rhs.pointee.head) {
            case .some(let order) where order != 0:
                return order < 0
            case .some:
                if let left = lhs.pointee.packedTail, let right = rhs.pointee.packedTail, left.dashes == right.dashes {
                    return (left.high, left.low) < (right.high, right.low)
                }
            case nil:
                break
            }
        }
        return lhs.pointee < rhs.pointee
    }

    /// How two heads' bytes compare, read where both are stored: negative or positive at the first byte where they
    /// differ, 0 when they are the same bytes (at once when they are the same stored text), nil when one is a prefix of
    /// the other.
    @inline(__always)
    private static func headComparison(_ lhs: String, _ rhs: String) -> Int? {
        let compared = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> Int? in
                guard let leftBytes = left.baseAddress, let rightBytes = right.baseAddress else {
                    return left.count == right.count ? 0 : nil
                }
                if leftBytes == rightBytes && left.count == right.count { return 0 }
                let order = Int(memcmp(leftBytes, rightBytes, min(left.count, right.count)))
                return order != 0 ? order : left.count == right.count ? 0 : nil
            }
        }
        // Both are stored contiguously (native and small strings are): else the bytes are compared one by one.
        if let compared, let compared { return compared }
        if let decided = firstDifference(lhs, rhs) { return decided ? -1 : 1 }
        return lhs.utf8.count == rhs.utf8.count ? 0 : nil
    }

    /// The tail's 128 bits and whether it is a UUID (with dashes), when it is packed.
    private var packedTail: (high: UInt64, low: UInt64, dashes: Bool)? {
        switch tail {
        case .text: nil
        case .uuid(let high, let low): (high, low, true)
        case .hex(let high, let low): (high, low, false)
        }
    }

    /// Whether `lhs` sorts before `rhs` at the first byte where they differ; nil when one is a prefix of the other.
    @inline(__always)
    private static func firstDifference(_ lhs: String, _ rhs: String) -> Bool? {
        let compared = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> Bool? in
                let count = min(left.count, right.count)
                guard count > 0, let leftBytes = left.baseAddress, let rightBytes = right.baseAddress else {
                    return nil
                }
                let order = memcmp(leftBytes, rightBytes, count)
                return order == 0 ? nil : order < 0
            }
        }
        if let compared { return compared ?? nil }
        for (left, right) in zip(lhs.utf8, rhs.utf8) where left != right { return left < right }
        return nil
    }

    /// A tail of 32 lowercase hex digits, with a UUID's dashes or none, as 128 bits.
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> Tail? {
        let dashed = bytes.count == 36
        guard dashed || bytes.count == 32 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var digits = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if dashed, offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            if digits < 16 {
                high = high << 4 | UInt64(value)
            } else {
                low = low << 4 | UInt64(value)
            }
            digits += 1
        }
        return dashed ? .uuid(high, low) : .hex(high, low)
    }

    /// `prefix` and then the 32 lowercase hex digits of 128 bits, with a UUID's dashes or none.
    private static func digits(_ high: UInt64, _ low: UInt64, dashes: Bool, after prefix: String) -> String {
        let prefixCount = prefix.utf8.count
        return String(unsafeUninitializedCapacity: prefixCount + (dashes ? 36 : 32)) { buffer in
            write(high, low, dashes: dashes, into: buffer, at: buffer.initialize(from: prefix.utf8).1)
        }
    }

    /// Writes the 32 lowercase hex digits of 128 bits (with a UUID's dashes or none) from `start`.
    /// - Returns: the position after the last digit.
    private static func write(
        _ high: UInt64,
        _ low: UInt64,
        dashes: Bool,
        into buffer: UnsafeMutableBufferPointer<UInt8>,
        at start: Int
    ) -> Int {
        var position = start
        for index in 0..<32 {
            if dashes, index == 8 || index == 12 || index == 16 || index == 20 {
                buffer[position] = UInt8(ascii: "-")
                position += 1
            }
            let word = index < 16 ? high : low
            let nibble = UInt8(truncatingIfNeeded: word >> UInt64((15 - index % 16) * 4)) & 0xF
            buffer[position] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
            position += 1
        }
        return position
    }
}
