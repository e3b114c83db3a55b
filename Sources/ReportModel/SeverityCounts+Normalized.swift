extension SeverityCounts {
    /// The same counts without zero entries (equal to the original: a missing key is zero).
    public var normalized: SeverityCounts {
        SeverityCounts(counts.filter { $0.value != 0 })
    }
}
