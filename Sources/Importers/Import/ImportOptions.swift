/// Choices that change how strictly inputs are read.
public struct ImportOptions: Sendable, Equatable {
    /// Skip files whose content is invalid or unrecognised (with a warning) instead of failing.
    public var skipInvalid: Bool
    /// Resource limits per file.
    public var limits: ImportLimits
    /// Called as the inputs are read (not part of the options' equality).
    public var progress: (@Sendable (ImportProgress) -> Void)?
    /// How many threads read one file: 1, the calling thread splits, decodes and maps every record;
    /// n ≥ 2 split the file on one thread and decode its records on n − 1
    /// others (batches in any order) while the calling thread maps and de-duplicates them in file
    /// order, so the result is the same either way. 2 by default: three stages on two cores save wall
    /// time for a little more CPU; a second decoding thread saved none on two cores and held more
    /// memory; on a fully loaded machine it costs both (docs/BENCHMARKS.md).
    public var workers = 2
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
