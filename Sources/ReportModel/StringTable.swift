/// Strings that repeat (accounts, regions, products, controls, resource types, standards, tags, identities read
/// back from several stored months), kept once: every value that holds one shares its storage, so memory grows
/// with the distinct strings, not the records. Used by the fast readers (one table per reader, kept across a
/// file) and by the history reader (one table across the periods it reads).
public struct StringTable: Sendable {
    /// The most distinct strings kept; past it, strings are still looked up but no longer added.
    public let limit: Int
    /// Longer strings are not kept.
    public let longest: Int
    private var table: Set<String> = []
    /// The copy handed out last: rows read in order repeat it (an identity's head, an account, a region) and
    /// comparing against it costs less than hashing.
    private var last = ""

    /// An empty table.
    /// - Parameters:
    ///   - limit: the most distinct strings kept (a bound for input that repeats nothing).
    ///   - longest: the longest string kept, in UTF-8 bytes.
    public init(limit: Int = 100_000, longest: Int = 1_024) {
        self.limit = limit
        self.longest = longest
    }

    /// The stored copy of `text` (added when there is room).
    public mutating func shared(_ text: String) -> String {
        // Up to 15 UTF-8 bytes a string is stored inline, with nothing to share.
        let count = text.utf8.count
        guard count > 15, count <= longest else { return text }
        if text == last { return last }
        if table.count < limit {
            last = table.insert(text).memberAfterInsert
            return last
        }
        if let known = table.firstIndex(of: text) {
            last = table[known]
            return last
        }
        return text
    }
}
