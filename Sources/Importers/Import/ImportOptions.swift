/// Choices that change how strictly inputs are read.
public struct ImportOptions: Sendable, Equatable {
    /// Skip files whose content is invalid or unrecognised (with a warning) instead of failing.
    public var skipInvalid: Bool
    /// Resource limits per file.
    public var limits: ImportLimits
    /// Called as the inputs are read (not part of the options' equality).
    public var progress: (@Sendable (ImportProgress) -> Void)?
    /// How many threads read one file: 1, the calling thread splits, decodes and maps every record;
    /// n ≥ 2 split the file on one thread and decode and map its records on n − 1
    /// others (batches in any order) while the calling thread counts, shares and de-duplicates them in
    /// file order, so the result is the same either way. 3 by default: since findings are mapped where
    /// they are decoded (session 10), decoding is the longest stage, and two decoding threads beside the
    /// splitting and the calling one kept two cores busier (100k findings: 6.99 → 6.55 s median wall time,
    /// 7 MB more at the peak; docs/BENCHMARKS.md). Before that, a second decoding thread saved nothing.
    public var workers = 3
    /// Records handed from the splitting thread to the mapping thread at once.
    var batchSize = 256
    /// Whether records are offered to the fast readers (`FastRecordReaders`) before `JSONDecoder`;
    /// off only in the tests that compare the two paths' results (not part of the options' equality).
    var fastReaders = true

    /// Creates options.
    /// - Parameters:
    ///   - skipInvalid: skip invalid files with a warning instead of failing.
    ///   - limits: resource limits per file.
    public init(skipInvalid: Bool = false, limits: ImportLimits = .standard) {
        self.skipInvalid = skipInvalid
        self.limits = limits
    }

    /// Whether two sets of options read inputs alike (the progress callback, batch size and fast readers are not compared).
    /// - Returns: whether they are equal.
    public static func == (lhs: ImportOptions, rhs: ImportOptions) -> Bool {
        lhs.skipInvalid == rhs.skipInvalid && lhs.limits == rhs.limits && lhs.workers == rhs.workers
    }
}
