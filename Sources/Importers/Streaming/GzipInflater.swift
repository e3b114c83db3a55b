import CZlib
import ReportModel

/// Streaming gunzip over zlib: feeds compressed chunks, hands out decompressed chunks.
///
/// Handles concatenated gzip members (as `cat a.gz b.gz` or Firehose produce). Owns the zlib
/// state, so it is non-copyable and frees the state when it goes away.
struct GzipInflater: ~Copyable {
    private static let outputCapacity = 256 * 1024
    private let file: String
    private let stream: UnsafeMutablePointer<z_stream>
    private let output: UnsafeMutablePointer<UInt8>
    private var consumed = 0
    private var memberEnded = false
    private var started = false

    /// Creates an inflater for one file.
    /// - Parameter file: the display path, for errors.
    /// - Throws: `ImportError.badGzip` when zlib cannot be initialised.
    init(file: String) throws(ImportError) {
        self.file = file
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        output = .allocate(capacity: Self.outputCapacity)
        guard posture_inflate_init_gzip(stream) == Z_OK else {
            stream.deallocate()
            output.deallocate()
            throw .badGzip(file: file, offset: 0, reason: Message(.gzipInitFailed))
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        output.deallocate()
    }

    /// Decompresses one chunk of stored bytes.
    /// - Parameters:
    ///   - chunk: compressed bytes, in order.
    ///   - emit: receives each piece of decompressed text.
    /// - Throws: `ImportError.badGzip` with the stored byte offset of damaged data.
    mutating func feed(_ chunk: [UInt8], emit: ([UInt8]) throws(ImportError) -> Void) throws(ImportError) {
        guard !chunk.isEmpty else { return }
        let input = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk.count)
        defer { input.deallocate() }
        input.initialize(from: chunk, count: chunk.count)
        stream.pointee.next_in = input
        stream.pointee.avail_in = UInt32(chunk.count)
        while stream.pointee.avail_in > 0 {
            if memberEnded {
                // Another gzip member follows the one that just ended.
                guard inflateReset(stream) == Z_OK else {
                    throw .badGzip(file: file, offset: offset(chunk.count), reason: Message(.gzipRestartFailed))
                }
                memberEnded = false
            }
            started = true
            stream.pointee.next_out = output
            stream.pointee.avail_out = UInt32(Self.outputCapacity)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = Self.outputCapacity - Int(stream.pointee.avail_out)
            if produced > 0 {
                try emit(Array(UnsafeBufferPointer(start: output, count: produced)))
            }
            switch status {
            case Z_STREAM_END:
                memberEnded = true
            case Z_OK, Z_BUF_ERROR:
                if status == Z_BUF_ERROR && produced == 0 && stream.pointee.avail_in > 0 {
                    throw .badGzip(file: file, offset: offset(chunk.count), reason: Message(.gzipNoProgress))
                }
            default:
                // zlib's own words when it gives any, passed on as written.
                let reason =
                    stream.pointee.msg.map { Message(.systemText, ["text": .text(String(cString: $0).lowercased())]) }
                    ?? Message(.zlibError, ["status": .number(Int(status))])
                throw .badGzip(file: file, offset: offset(chunk.count), reason: reason)
            }
        }
        consumed += chunk.count
    }

    /// Checks that the stream ended at a member boundary.
    /// - Throws: `ImportError.badGzip` when the data stops inside a member.
    mutating func finish() throws(ImportError) {
        guard started, !memberEnded else {
            if !started { throw .badGzip(file: file, offset: consumed, reason: Message(.gzipNoData)) }
            return
        }
        throw .badGzip(file: file, offset: consumed, reason: Message(.gzipTruncated))
    }

    /// The stored byte offset of the next unread byte of the current chunk.
    private func offset(_ chunkCount: Int) -> Int {
        consumed + chunkCount - Int(stream.pointee.avail_in)
    }
}
