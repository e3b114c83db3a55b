import Foundation
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Expands command-line input arguments into input sources.
///
/// A folder is walked recursively in sorted order: regular files are read; FIFOs, sockets and
/// devices are skipped with a warning (reading a FIFO would wait forever); symbolic links are
/// followed, each folder entered at most once (a link back up is a loop, skipped with a warning);
/// an entry that cannot be listed, read or resolved (a dangling link) becomes an unreadable source,
/// so the import fails on it, or skips and counts it under `--skip-invalid`. Hidden entries are
/// left out.
public enum InputCollector {
    /// Expands CLI arguments: a file, a folder (recursive, sorted by path, hidden files skipped),
    /// or `-` (standard input, read through the closure).
    /// - Parameters:
    ///   - arguments: the INPUT arguments, in the order given.
    ///   - readStandardInput: reads all of standard input; called at most once.
    /// - Returns: the sources, in argument order; a folder's files sorted by path.
    /// - Throws: `ImportError.unreadable` for a path that does not exist or a folder without files.
    public static func sources(
        for arguments: [String],
        readStandardInput: () -> [UInt8]
    ) throws(ImportError) -> [InputSource] {
        try sources(for: arguments) { .bytes(readStandardInput()) }
    }

    /// Expands CLI arguments as ``sources(for:readStandardInput:)`` does, with standard input
    /// streamed from its file descriptor instead of read into memory first.
    /// - Parameter arguments: the INPUT arguments, in the order given.
    /// - Returns: the sources; `-` becomes descriptor 0.
    /// - Throws: `ImportError.unreadable` for a path that does not exist or a folder without files.
    public static func streamingSources(for arguments: [String]) throws(ImportError) -> [InputSource] {
        try sources(for: arguments) { .descriptor(0) }
    }

    private static func sources(
        for arguments: [String],
        standardInput: () -> InputSource.Content
    ) throws(ImportError) -> [InputSource] {
        var sources: [InputSource] = []
        var stdinRead = false
        for argument in arguments {
            if argument == "-" {
                guard !stdinRead else { continue }
                stdinRead = true
                sources.append(InputSource(path: "-", content: standardInput()))
                continue
            }
            guard !argument.isEmpty else { throw .unreadable(file: argument, reason: Message(.emptyPath)) }
            guard let info = FileInfo(path: argument, follow: true) else {
                let reason = FileInfo(path: argument, follow: false) != nil ? Message(.danglingLink) : errnoText()
                throw .unreadable(file: argument, reason: reason)
            }
            if info.isDirectory {
                var walk = FolderWalk()
                let base = argument.count > 1 && argument.hasSuffix("/") ? String(argument.dropLast()) : argument
                walk.visit(base, info: info)
                let files = walk.entries.sorted { $0.path < $1.path }
                guard !files.isEmpty else { throw .unreadable(file: argument, reason: Message(.emptyFolder)) }
                sources += files
            } else {
                // Named on the command line: read whatever it is (a FIFO from `<(zcat x.gz)` included).
                sources.append(.file(argument))
            }
        }
        return sources
    }
}

/// The `stat` facts the walk needs.
private struct FileInfo {
    var device: UInt64
    var inode: UInt64
    var mode: UInt32

    init?(path: String, follow: Bool) {
        var buffer = stat()
        let status = follow ? stat(path, &buffer) : lstat(path, &buffer)
        guard status == 0 else { return nil }
        device = UInt64(buffer.st_dev)
        inode = UInt64(buffer.st_ino)
        mode = UInt32(buffer.st_mode)
    }

    var kind: UInt32 { mode & UInt32(S_IFMT) }
    var isDirectory: Bool { kind == UInt32(S_IFDIR) }
    var isRegular: Bool { kind == UInt32(S_IFREG) }
    var isLink: Bool { kind == UInt32(S_IFLNK) }

    /// A word for a file that is neither a folder nor a regular file.
    var kindName: Message {
        switch kind {
        case UInt32(S_IFIFO): Message(.fileKindFIFO)
        case UInt32(S_IFSOCK): Message(.fileKindSocket)
        case UInt32(S_IFCHR): Message(.fileKindCharacterDevice)
        case UInt32(S_IFBLK): Message(.fileKindBlockDevice)
        default: Message(.fileKindOther)
        }
    }
}

/// One recursive walk below an input folder.
private struct FolderWalk {
    var entries: [InputSource] = []
    /// Folders on the way down (device, inode): entering one again would loop.
    var ancestors: [(UInt64, UInt64)] = []
    /// Folders already walked: a second link to one is read once only.
    var walked: Set<String> = []

    mutating func visit(_ path: String, info: FileInfo) {
        let key = "\(info.device):\(info.inode)"
        if ancestors.contains(where: { $0 == (info.device, info.inode) }) {
            entries.append(InputSource(path: path, content: .notRegular(Message(.symbolicLinkLoop))))
            return
        }
        guard walked.insert(key).inserted else {
            entries.append(InputSource(path: path, content: .notRegular(Message(.folderReadTwice))))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            entries.append(
                InputSource(
                    path: path,
                    content: .unreadable(Message(.cannotListFolder, ["reason": .message(errnoText())]))
                )
            )
            return
        }
        ancestors.append((info.device, info.inode))
        defer { ancestors.removeLast() }
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = path == "/" ? "/" + name : path + "/" + name
            guard let own = FileInfo(path: child, follow: false) else {
                entries.append(InputSource(path: child, content: .unreadable(errnoText())))
                continue
            }
            var target = own
            if own.isLink {
                guard let resolved = FileInfo(path: child, follow: true) else {
                    entries.append(InputSource(path: child, content: .unreadable(Message(.danglingLink))))
                    continue
                }
                target = resolved
            }
            if target.isDirectory {
                visit(child, info: target)
            } else if target.isRegular {
                entries.append(InputSource(path: child, content: .folderFile(child)))
            } else {
                entries.append(InputSource(path: child, content: .notRegular(target.kindName)))
            }
        }
    }
}

private func errnoText() -> Message {
    Message(.systemText, ["text": .text(String(cString: strerror(errno)).lowercased())])
}
