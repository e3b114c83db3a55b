/// How far the import has come, handed to `ImportOptions.progress` as it reads: once per chunk of
/// input (about 1 MiB) and once when every input is read. Counts only: no clock is read below the
/// command line, which times and shows them.
public struct ImportProgress: Sendable, Equatable {
    /// What the importer is doing.
    public enum Stage: Sendable, Equatable {
        /// Reading an input file.
        case reading
        /// Every input is read; scoring comes next.
        case imported
    }

    /// What the importer is doing.
    public var stage: Stage
    /// The input being read (empty once every input is read).
    public var path: String
    /// Bytes of this input read so far (after decompression).
    public var bytes: Int
    /// Records of this input cut out so far.
    public var records: Int

    /// Creates a progress report.
    /// - Parameters:
    ///   - stage: what the importer is doing.
    ///   - path: the input being read.
    ///   - bytes: bytes of it read so far.
    ///   - records: records of it cut out so far.
    public init(stage: Stage, path: String = "", bytes: Int = 0, records: Int = 0) {
        self.stage = stage
        self.path = path
        self.bytes = bytes
        self.records = records
    }
}
