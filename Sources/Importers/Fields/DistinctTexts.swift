extension Array where Element == String {
    /// The distinct texts in order: what `Set(self).sorted()` gives, without a set for the one or two texts a
    /// finding has (the standards of a control, read for every finding of an import).
    /// - Returns: each text once, sorted.
    func distinctSorted() -> [String] {
        guard count > 1 else { return self }
        // Most lists come sorted and distinct already (one standard, or Security Hub's own order): kept as they are,
        // with no sort and no copy.
        if indices.dropFirst().allSatisfy({ self[$0 - 1] < self[$0] }) { return self }
        var sorted = sorted()
        var kept = 1
        for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
            sorted.swapAt(kept, index)
            kept += 1
        }
        sorted.removeSubrange(kept...)
        return sorted
    }
}
