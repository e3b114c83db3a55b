/// Where the entries of an array are, by hash: open addressing with linear probing over slots that each hold a position
/// plus one (0 for an empty slot), a power of two at most three quarters full, with every position's hash kept beside
/// it, so a probe compares two numbers and its caller compares entries only where they agree. The caller keeps the
/// entries, appending each one's hash as it appends the entry. `StringTable` finds its strings with it and the
/// import's de-duplication its findings by identity (a dictionary keyed by the entries copied each key it probed, and
/// hashed every key again as it grew).
public struct HashedPositions: Sendable {
    /// Each slot a position plus one, 0 when empty.
    private var slots: [Int32] = []
    /// Each position's hash.
    private var hashes: [Int] = []

    /// No positions.
    public init() {}

    /// How many positions are recorded.
    public var count: Int { hashes.count }

    /// The first recorded position with `hash`, in probe order, whose entry `matches` accepts.
    /// - Parameters:
    ///   - hash: the hash of the entry looked for.
    ///   - matches: whether the entry at a position is the one looked for (called only where the hashes agree).
    /// - Returns: the position, or nil.
    public func first(_ hash: Int, where matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if hashes[position] == hash && matches(position) { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records the next position (`count`) under its entry's hash.
    /// - Parameter hash: the hash of the entry appended at that position.
    public mutating func append(_ hash: Int) {
        precondition(hashes.count < Int(Int32.max) - 1)
        if (hashes.count + 1) * 4 > slots.count * 3 { grow() }
        hashes.append(hash)
        place(hashes.count - 1, hash)
    }

    /// Doubles the slots (at least 64) and places every position again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: max(64, slots.count * 2))
        for (position, hash) in hashes.enumerated() { place(position, hash) }
    }

    /// Puts a position in the first empty slot from its hash's.
    private mutating func place(_ position: Int, _ hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(position + 1)
    }
}
