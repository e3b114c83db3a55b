import Crypto
import Foundation
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A freshly created staging folder, written through descriptors only: every folder is opened
/// with `O_NOFOLLOW | O_DIRECTORY` and every file created with `O_EXCL | O_NOFOLLOW`, so a link
/// planted anywhere cannot redirect a write.
struct StagingFolder {
    let path: String
    private let descriptor: Int32

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw CLIError.failed("\(path): cannot open: \(OutputWriter.errnoText())") }
    }

    func close() {
        _ = Glibc.close(descriptor)
    }

    /// Writes a file at a safe relative path, creating its folders.
    func write(_ relative: String, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in try write(relative, buffer) }
    }

    /// Writes a file at a safe relative path from bytes in memory.
    func write(_ relative: String, _ bytes: UnsafeRawBufferPointer) throws {
        let file = try create(relative)
        defer { _ = Glibc.close(file) }
        try append(bytes, to: file, relative)
        guard fsync(file) == 0 else { throw failure(relative, "cannot sync") }
    }

    /// Writes a rendered file piece by piece, each from its string's UTF-8 in place (no copy, never
    /// joined; a produced file's pieces are made one at a time), and returns the SHA-256 of the whole.
    func write(_ relative: String, file rendered: RenderedFile) throws -> SHA256.Digest {
        let file = try create(relative)
        defer { _ = Glibc.close(file) }
        var hasher = SHA256()
        var written = 0
        var handedToDisk = 0
        try rendered.forEachPart { part in
            var text = part
            try text.withUTF8 { utf8 in
                let bytes = UnsafeRawBufferPointer(utf8)
                try append(bytes, to: file, relative)
                hasher.update(bufferPointer: bytes)
                written += bytes.count
            }
            // A large file (report.json of 100k findings is 200 MB) is handed to the disk as it is written, so the
            // `fsync` below waits for its last megabytes only, not for all of it.
            if written - handedToDisk >= Self.handOverEvery {
                Self.startWriting(file, from: handedToDisk, count: written - handedToDisk)
                handedToDisk = written
            }
        }
        guard fsync(file) == 0 else { throw failure(relative, "cannot sync") }
        return hasher.finalize()
    }

    /// How many written bytes are handed to the disk at once.
    static let handOverEvery = 8 << 20

    /// Starts writing a written range to the disk without waiting for it (Linux starts the writeback of a range's
    /// dirty pages when told they are not needed; it keeps them until written). Nothing is lost when it does not:
    /// `fsync` writes whatever is left.
    private static func startWriting(_ file: Int32, from offset: Int, count: Int) {
        #if os(Linux)
            _ = posix_fadvise(file, off_t(offset), off_t(count), POSIX_FADV_DONTNEED)
        #endif
    }

    /// Creates a new file at a safe relative path.
    private func create(_ relative: String) throws -> Int32 {
        let (folder, name) = try parentDescriptor(relative)
        defer { if folder != descriptor { _ = Glibc.close(folder) } }
        let file = openat(folder, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard file >= 0 else { throw failure(relative, "cannot create") }
        return file
    }

    private func append(_ bytes: UnsafeRawBufferPointer, to file: Int32, _ relative: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(file, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure(relative, "cannot write")
            }
            offset += written
        }
    }

    /// Hard-links an existing file (carried from `--out`) into the staging folder, untouched.
    func link(from source: String, to relative: String) throws {
        let (folder, name) = try parentDescriptor(relative)
        defer { if folder != descriptor { _ = Glibc.close(folder) } }
        guard linkat(AT_FDCWD, source, folder, name, 0) == 0 else { throw failure(relative, "cannot carry over") }
    }

    /// Flushes the folder entries to disk.
    func sync() throws {
        guard fsync(descriptor) == 0 else { throw failure(".", "cannot sync") }
    }

    /// Opens (creating) the folders of a relative path; returns the last folder and the file name.
    private func parentDescriptor(_ relative: String) throws -> (Int32, String) {
        var parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.popLast() else { throw failure(relative, "empty path") }
        var current = descriptor
        for part in parts {
            if mkdirat(current, part, 0o777) != 0 && errno != EEXIST {
                if current != descriptor { _ = Glibc.close(current) }
                throw failure(relative, "cannot create folder")
            }
            let next = openat(current, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if current != descriptor { _ = Glibc.close(current) }
            guard next >= 0 else { throw failure(relative, "cannot open folder") }
            current = next
        }
        return (current, name)
    }

    private func failure(_ relative: String, _ what: String) -> CLIError {
        .failed("\(path)/\(relative): \(what): \(OutputWriter.errnoText())")
    }
}
