extension SeverityCounts {
    /// The same counts without zero entries, so counts built differently compare equal.
    ///
    /// `SeverityCounts` compares its dictionary, where an explicit zero differs from a missing key;
    /// snapshots store normalized counts so that a snapshot read back equals the one written.
    public var normalized: SeverityCounts {
        SeverityCounts(counts.filter { $0.value != 0 })
    }
}
