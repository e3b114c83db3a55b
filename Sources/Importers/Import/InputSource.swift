public import ReportModel

/// One input file as the importer sees it: a display path and where its bytes come from.
public struct InputSource: Sendable, Equatable {
    /// Where the bytes of an input come from.
    public enum Content: Sendable, Equatable {
        /// A file on disk, by filesystem path; streamed in chunks.
        case file(String)
        /// Bytes already in memory (standard input).
        case bytes([UInt8])
        /// A regular file found inside an input folder: opened without blocking and read only if it
        /// is still a regular file (a FIFO swapped in after the walk must not hang the run).
        case folderFile(String)
        /// An open file descriptor, streamed in chunks like a file (standard input: descriptor 0),
        /// so a large or endless stream is never held in memory whole.
        case descriptor(Int32)
        /// An entry of an input folder that could not be listed, read or resolved: an error, or a
        /// counted skip under `--skip-invalid`.
        case unreadable(Message)
        /// An entry of an input folder that is not a regular file (FIFO, socket, device, link
        /// loop): skipped with a warning.
        case notRegular(Message)
    }

    /// The path as shown in reports; `-` for standard input.
    public var path: String
    /// Where the bytes come from.
    public var content: Content

    /// Creates an input source.
    /// - Parameters:
    ///   - path: the path as shown in reports.
    ///   - content: where the bytes come from.
    public init(path: String, content: Content) {
        self.path = path
        self.content = content
    }

    /// An input read from a file whose display path is its filesystem path.
    /// - Parameter path: the filesystem path.
    /// - Returns: the source.
    public static func file(_ path: String) -> InputSource {
        InputSource(path: path, content: .file(path))
    }
}
