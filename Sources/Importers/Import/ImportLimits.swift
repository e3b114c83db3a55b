/// Resource limits on one input file, so a hostile or broken export ends with an error naming the
/// limit instead of exhausting memory or time. Every limit has a command-line option to raise it.
public struct ImportLimits: Sendable, Equatable {
    /// The largest record (one finding, event or log line), in bytes of JSON text. `--max-record-size`.
    public var recordBytes: Int
    /// The longest string value, in bytes; longer strings are cut, marked and warned about. `--max-string-length`.
    public var stringBytes: Int
    /// The deepest nesting of arrays and objects. `--max-depth`.
    public var depth: Int
    /// The most bytes of text one file may yield, after gunzip for a gzip file. `--max-decompressed-size`.
    public var decompressedBytes: Int
    /// The highest decompressed-to-stored ratio of a gzip file, checked once it yielded
    /// ``ratioThresholdBytes``. `--max-compression-ratio`.
    public var compressionRatio: Int
    /// The most records one file may hold. `--max-records`.
    public var recordsPerFile: Int

    /// Decompressed bytes below which the ratio is not checked (small files compress well).
    public static let ratioThresholdBytes = 64 << 20

    /// The longest number or literal, in characters.
    static let scalarBytes = 4096

    /// The marker appended to a truncated string.
    static let truncationMarker = "…[truncated by posture]"

    /// The defaults: 64 MiB records, 1 MiB strings, depth 512, 8 GiB and ratio 100 per gzip file,
    /// 1 million records per file.
    public static let standard = ImportLimits(
        recordBytes: 64 << 20,
        stringBytes: 1 << 20,
        depth: 512,
        decompressedBytes: 8 << 30,
        compressionRatio: 100,
        recordsPerFile: 1_000_000
    )

    /// Creates limits.
    /// - Parameters:
    ///   - recordBytes: the largest record in bytes.
    ///   - stringBytes: the longest string in bytes before truncation.
    ///   - depth: the deepest nesting.
    ///   - decompressedBytes: the most decompressed bytes per gzip file.
    ///   - compressionRatio: the highest gzip ratio.
    ///   - recordsPerFile: the most records per file.
    public init(
        recordBytes: Int,
        stringBytes: Int,
        depth: Int,
        decompressedBytes: Int,
        compressionRatio: Int,
        recordsPerFile: Int
    ) {
        self.recordBytes = max(1, recordBytes)
        self.stringBytes = max(16, stringBytes)
        self.depth = max(2, depth)
        self.decompressedBytes = max(1, decompressedBytes)
        self.compressionRatio = max(1, compressionRatio)
        self.recordsPerFile = max(1, recordsPerFile)
    }
}
