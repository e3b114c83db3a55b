import Crypto
import Foundation
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The stored bytes of an input: their SHA-256 (lowercase hex) and count.
struct StoredDigest: Sendable, Equatable {
    /// SHA-256 of the stored bytes, lowercase hex.
    var sha256: String
    /// Number of stored bytes.
    var bytes: Int
}

/// Streams an input's text: reads stored bytes in chunks, hashes them, gunzips when the
/// bytes start with the gzip magic, strips a UTF-8 BOM, and hands the text on in pieces.
struct SourceReader {
    /// How many stored bytes are read at once.
    var chunkSize = 1 << 20
    /// The decompressed size and ratio limits.
    var limits = ImportLimits.standard

    /// Streams one source.
    /// - Parameters:
    ///   - source: the input to read: a file, a folder entry or standard input.
    ///   - text: receives the decompressed text, piece by piece, in order.
    /// - Returns: the digest and size of the stored bytes.
    /// - Throws: `ImportError.unreadable`, `.badGzip`, `.wrongShape` (Parquet), or whatever `text` throws.
    func read(
        _ source: InputSource,
        text: ([UInt8]) throws(ImportError) -> Void
    ) throws(ImportError) -> StoredDigest {
        var hasher = SHA256()
        var count = 0
        var inflater: GzipInflater?
        var decided = false
        var prefix = TextPrefix(file: source.path)
        var inflated = 0
        var gzipped = false
        let limits = self.limits
        func deliver(_ piece: [UInt8]) throws(ImportError) {
            // Text size is limited for every input (an endless stream too), the ratio for gzip only.
            inflated += piece.count
            try Self.checkInflated(inflated, stored: gzipped ? count : nil, limits: limits, file: source.path)
            try prefix.pass(piece, to: text)
        }
        try chunks(of: source) { (chunk: [UInt8]) throws(ImportError) in
            hasher.update(data: chunk)
            count += chunk.count
            if !decided {
                decided = true
                if chunk.count >= 2 && chunk[0] == 0x1F && chunk[1] == 0x8B {
                    inflater = try GzipInflater(file: source.path)
                    gzipped = true
                }
            }
            if inflater != nil {
                try inflater?.feed(chunk, emit: deliver)
            } else {
                try deliver(chunk)
            }
        }
        try inflater?.finish()
        try prefix.finish(to: text)
        let digest = hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
        return StoredDigest(sha256: digest, bytes: count)
    }

    /// Throws when a gzip file yielded more than the size limit, or too much for its stored size.
    private static func checkInflated(_ inflated: Int, stored: Int?, limits: ImportLimits, file: String)
        throws(ImportError)
    {
        if inflated > limits.decompressedBytes {
            throw .limitExceeded(
                file: file,
                location: "byte \(stored ?? inflated)",
                limit: Message(
                    stored == nil ? .textTooLarge : .gzipTooLarge,
                    ["bytes": .number(limits.decompressedBytes)]
                ),
                option: "--max-decompressed-size"
            )
        }
        guard let stored else { return }
        let (allowed, overflow) = stored.multipliedReportingOverflow(by: limits.compressionRatio)
        if inflated > ImportLimits.ratioThresholdBytes, !overflow, inflated > allowed {
            throw .limitExceeded(
                file: file,
                location: "byte \(stored)",
                limit: Message(.gzipRatioTooHigh, ["ratio": .number(limits.compressionRatio)]),
                option: "--max-compression-ratio"
            )
        }
    }

    /// Calls `body` with each stored chunk of the source.
    private func chunks(
        of source: InputSource,
        _ body: ([UInt8]) throws(ImportError) -> Void
    ) throws(ImportError) {
        switch source.content {
        case .bytes(let bytes):
            var start = 0
            while start < bytes.count {
                let end = min(start + chunkSize, bytes.count)
                try body(Array(bytes[start..<end]))
                start = end
            }
        case .unreadable(let reason):
            throw .unreadable(file: source.path, reason: reason)
        case .notRegular(let kind):
            throw .unreadable(file: source.path, reason: Message(.notRegularNotRead, ["kind": .message(kind)]))
        case .folderFile(let path):
            let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { throw .unreadable(file: source.path, reason: Message(.cannotOpenFile)) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                throw .unreadable(file: source.path, reason: Message(.noLongerRegularFile))
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try stream(handle, source: source, body)
        case .descriptor(let descriptor):
            try stream(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false), source: source, body)
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw .unreadable(file: source.path, reason: Message(.cannotOpenFile))
            }
            defer { try? handle.close() }
            try stream(handle, source: source, body)
        }
    }

    /// Reads a handle to its end in chunks, each read by `read(2)` straight into the chunk handed on (no `Data`
    /// between: one copy of the input less), filled up to `chunkSize` unless the input ends.
    private func stream(
        _ handle: FileHandle,
        source: InputSource,
        _ body: ([UInt8]) throws(ImportError) -> Void
    ) throws(ImportError) {
        let descriptor = handle.fileDescriptor
        let size = chunkSize
        while true {
            var failed = false
            let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
                filled = 0
                guard let start = buffer.baseAddress else { return }
                while filled < size {
                    let got = systemRead(descriptor, start + filled, size - filled)
                    if got > 0 {
                        filled += got
                    } else if got == 0 {
                        break
                    } else if errno != EINTR {
                        failed = true
                        break
                    }
                }
            }
            if failed { throw .unreadable(file: source.path, reason: Message(.readFailed)) }
            guard !chunk.isEmpty else { break }
            try body(chunk)
            if chunk.count < size { break }
        }
    }
}

/// `read(2)`, under a name the reader's own `read(_:text:)` does not hide.
private func systemRead(_ descriptor: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, into, count)
}

/// Holds back the first bytes of the text to strip a UTF-8 BOM and refuse Parquet.
private struct TextPrefix {
    let file: String
    var pending: [UInt8] = []
    var done = false

    mutating func pass(_ piece: [UInt8], to text: ([UInt8]) throws(ImportError) -> Void) throws(ImportError) {
        if done { return try text(piece) }
        pending += piece
        if pending.count >= 4 { try release(to: text) }
    }

    mutating func finish(to text: ([UInt8]) throws(ImportError) -> Void) throws(ImportError) {
        if !done { try release(to: text) }
    }

    private mutating func release(to text: ([UInt8]) throws(ImportError) -> Void) throws(ImportError) {
        done = true
        if pending.starts(with: Array("PAR1".utf8)) {
            throw .wrongShape(
                file: file,
                position: TextPosition(line: 1, column: 1),
                reason: Message(.parquetNotSupported)
            )
        }
        let body = pending.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(pending.dropFirst(3)) : pending
        pending = []
        if !body.isEmpty { try text(body) }
    }
}
