import Foundation

/// Strings that repeat (accounts, regions, products, controls, resource types, standards, tags, identities read
/// back from several stored months), kept once: every value that holds one shares its storage, so memory grows
/// with the distinct strings, not the records. Used by the fast readers (one table per reader, kept across a
/// file) and by the history reader (one table across the periods it reads).
///
/// Text is looked up by its UTF-8 bytes, so a reader finds a string it has seen without making a new one
/// (``shared(utf8:)``), and text is never swapped for a canonically equivalent spelling (Swift's `==` on
/// strings would take `e` and a combining accent for `é`). The hash is `TextHash`, keyed per process (as `Hasher`
/// is), so text chosen to collide cannot make lookups slow.
public struct StringTable: Sendable {
    /// The most distinct strings kept; past it, strings are still looked up but no longer added.
    public let limit: Int
    /// Longer strings are not kept.
    public let longest: Int
    /// The kept strings, in the order they were added, and where each is by its hash.
    private var strings: [String] = []
    private var positions = HashedPositions()
    /// Where the kept copy handed out last is (-1 for none): rows read in order repeat it (an identity's head, an
    /// account, a region) and comparing against it costs less than hashing.
    private var last = -1

    /// An empty table.
    /// - Parameters:
    ///   - limit: the most distinct strings kept (a bound for input that repeats nothing).
    ///   - longest: the longest string kept, in UTF-8 bytes.
    public init(limit: Int = 100_000, longest: Int = 1_024) {
        self.limit = min(limit, Int(Int32.max) - 1)
        self.longest = longest
    }

    /// The stored copy of `text` (added when there is room).
    public mutating func shared(_ text: String) -> String {
        // Up to 15 UTF-8 bytes a string is stored inline, with nothing to share.
        let count = text.utf8.count
        guard count > 15, count <= longest else { return text }
        return text.withStoredUTF8 { bytes in lookUp(bytes) { text } }
    }

    /// The stored copy of the text whose UTF-8 is `bytes` (valid UTF-8), made and added when there is none
    /// and there is room: a string seen before costs no allocation.
    /// - Parameter bytes: the text's UTF-8.
    /// - Returns: the text.
    public mutating func shared(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15, bytes.count <= longest else { return String(decoding: bytes, as: UTF8.self) }
        return lookUp(bytes) { String(decoding: bytes, as: UTF8.self) }
    }

    /// The kept string equal to `bytes`, else `make()`'s, kept when there is room.
    private mutating func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, make: () -> String) -> String {
        // Kept strings are compared where they are stored: a copy of each one compared retained and released it,
        // and the strings a reader keeps are those every record repeats, counted on every core that reads one.
        let last = self.last
        var hash: Int?
        let found = strings.withUnsafeBufferPointer { kept -> Int? in
            guard let base = kept.baseAddress else { return nil }
            if last >= 0, Self.equal(base + last, bytes) { return last }
            let hashed = TextHash.hash(bytes)
            hash = hashed
            return positions.first(hashed, where: { Self.equal(base + $0, bytes) })
        }
        if let found {
            self.last = found
            return strings[found]
        }
        let made = make()
        guard strings.count < limit else { return made }
        self.last = strings.count
        strings.append(made)
        positions.append(hash ?? TextHash.hash(bytes))
        return made
    }

    /// Whether the UTF-8 of the text at `text` is `bytes`.
    @inline(__always)
    private static func equal(_ text: UnsafePointer<String>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.pointee.utf8.count == bytes.count else { return false }
        return text.pointee.withStoredUTF8 { ByteWords.equal($0, bytes) }
    }
}
