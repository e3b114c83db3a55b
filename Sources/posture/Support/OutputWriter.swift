import Crypto
import Foundation
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Delivers a run's files into the output folder as one set.
///
/// The whole set (with `SHA256SUMS`) is written into a staging folder that `mkdtemp` creates
/// beside `--out` with an unpredictable name; files are created with `O_EXCL | O_NOFOLLOW` below
/// a folder descriptor, so nothing in `--out` can redirect a write. The staging folder is then
/// swapped with `--out` in one step (`renameat2(RENAME_EXCHANGE)` on Linux), so at any moment
/// `--out` holds the previous complete set or the new complete set. The caller commits the
/// history after the swap and calls ``StagedDelivery/rollBack()`` if that fails.
///
/// `--out` belongs to posture: a file there that the previous run's `SHA256SUMS` does not list is
/// foreign, and the run refuses to deliver unless `force` is set; then foreign files (and a history
/// file kept in `--out`) are hard-linked into the new set untouched.
struct OutputWriter {
    /// The manifest of every file written, in `sha256sum -c` format.
    static let manifestName = "SHA256SUMS"
    /// Staging folders are named `.<out>.posture-XXXXXX` beside `--out`.
    static let stagingInfix = ".posture-"

    let folder: URL
    /// Carry foreign files into the new set instead of refusing.
    var force = false
    /// The history database's path: when it lies inside `--out` it is carried into the new set,
    /// never listed in the manifest, never foreign.
    var history: String?

    /// Files that are not posture's but always belong in `--out`: a `.gitkeep` that keeps an
    /// empty output folder in git (as `output/.gitkeep` in this repository).
    /// And posture 0.1's default history file (`OUT/history.sqlite`, with SQLite's side files):
    /// posture's own, carried untouched so the user can still move it.
    static let placeholders: Set<String> = [
        ".gitkeep", "history.sqlite", "history.sqlite-journal", "history.sqlite-wal", "history.sqlite-shm",
    ]

    /// The history file's path relative to `--out` when it lies inside it, and placeholder files:
    /// carried into every new set, never listed in the manifest, never foreign.
    var keep: Set<String> {
        let placeholders = Self.placeholders.filter { FileManager.default.fileExists(atPath: outPath + "/" + $0) }
        return historyInside.union(placeholders)
    }

    /// Whether the history file lies inside `--out`: it then moves with every swap, and is written
    /// only after the delivery (never with a transaction open across the swap).
    var historyIsInside: Bool { !historyInside.isEmpty }

    /// The history file's path relative to `--out`, when it lies inside it.
    private var historyInside: Set<String> {
        guard let history else { return [] }
        let absolute = URL(fileURLWithPath: history).standardizedFileURL
        let directory = absolute.deletingLastPathComponent().path
        let resolvedDirectory = realpath(directory, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        }
        let resolved = (resolvedDirectory ?? directory) + "/" + absolute.lastPathComponent
        let out = outPath
        guard resolved.hasPrefix(out + "/") else { return [] }
        let name = String(resolved.dropFirst(out.count + 1))
        // A database in WAL mode keeps committed pages beside it: those travel with it.
        let sides = ["-wal", "-shm"].map { name + $0 }.filter { FileManager.default.fileExists(atPath: out + "/" + $0) }
        return Set([name] + sides)
    }
    /// Fault injection for tests: kill the process with SIGKILL after this many delivery steps.
    var killAfterStep: Int?
    /// Fault injection for tests: interrupt the process (SIGINT) once, after this delivery step.
    var interruptAfterStep: Int?

    /// The output folder's path, resolved when it is a symbolic link.
    var outPath: String {
        let path = folder.path
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Checks, before anything runs, that `--out` is a folder posture may deliver into.
    /// - Throws: `CLIError.failed` naming foreign files (without `force`) or a non-folder `--out`.
    func preflight() throws {
        _ = try foreignFiles()
        // Anyone who can write into --out could plant a link there: the history database is never
        // opened through one (SQLite would write wherever it points).
        for name in historyInside {
            var info = stat()
            if lstat(outPath + "/" + name, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
                throw CLIError.failed("\(outPath)/\(name): the history file in --out is a symbolic link; refusing")
            }
        }
    }

    /// Files in `--out` that the previous run did not write, relative to `--out`, sorted.
    func foreignFiles() throws -> [String] {
        let out = outPath
        var info = stat()
        guard stat(out, &info) == 0 else {
            if errno == ENOENT { return [] }
            if errno == ENOTDIR { throw CLIError.failed("\(out): --out is not a folder (a file is in the way)") }
            throw CLIError.failed("\(out): cannot use as output folder: \(Self.errnoText())")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw CLIError.failed("\(out): --out is not a folder")
        }
        let present = Self.listFiles(out)
        let listed = Set(Self.manifestEntries(at: out + "/" + Self.manifestName))
        let foreign = present.filter { name in
            name != Self.manifestName && !listed.contains(name) && !keep.contains(name)
                && !keep.contains(where: { name.hasPrefix($0 + "-") })
        }
        if !foreign.isEmpty && !force {
            let shown = foreign.prefix(10).joined(separator: ", ") + (foreign.count > 10 ? ", …" : "")
            throw CLIError.failed(
                "\(out): holds files the previous report did not write (\(shown)); "
                    + "refusing to replace the folder (pass --force to carry them into the new set)"
            )
        }
        return foreign
    }

    /// Writes the set into a fresh staging folder and swaps it with `--out`.
    /// - Parameters:
    ///   - files: the rendered text files (HTML, Markdown, JSON, CSV, charts), produced piece by piece as they are written.
    ///   - binaries: files that are bytes, not text (report.pdf), delivered and checksummed the same way.
    /// - Returns: the delivery, to finish after the history commit or to roll back.
    /// - Throws: `CLIError.failed`; `--out` is untouched when staging fails.
    func deliver(_ files: [RenderedFile], binaries: [(path: String, bytes: [UInt8])] = []) throws -> StagedDelivery {
        // Text files are written from their strings' UTF-8 in place: report.json for 100k findings is
        // over 100 MB, and a byte copy of every file would double the peak memory.
        let entries: [(path: String, text: RenderedFile?, bytes: [UInt8])] =
            files.map { (path: $0.path, text: $0, bytes: []) } + binaries.map { ($0.path, nil, $0.bytes) }
        let out = outPath
        let foreign = try foreignFiles()
        let parent = (out as NSString).deletingLastPathComponent
        let name = (out as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw CLIError.failed("\(out): cannot deliver into the root or a relative parent folder")
        }
        if !parent.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw CLIError.failed("\(out): cannot create the folders above it: \(Self.errnoText())")
            }
        }
        Self.removeLeftovers(in: parent.isEmpty ? "." : parent, prefix: "." + name + Self.stagingInfix)
        var template = Array(((parent.isEmpty ? "." : parent) + "/." + name + Self.stagingInfix + "XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let staging = created else {
            throw CLIError.failed("\(out): cannot create a staging folder beside it: \(Self.errnoText())")
        }
        Interruption.staging(staging)
        var step = 0
        do {
            let directory = try StagingFolder(path: staging)
            defer { directory.close() }
            var sums: [(path: String, sha256: String)] = []
            for file in entries.sorted(by: { $0.path < $1.path }) {
                guard Self.isSafeRelative(file.path), file.path != Self.manifestName else {
                    throw CLIError.failed("refusing to write outside the output folder: \(file.path)")
                }
                let digest: SHA256.Digest
                if let text = file.text {
                    digest = try directory.write(file.path, file: text)
                } else {
                    try directory.write(file.path, file.bytes)
                    digest = SHA256.hash(data: file.bytes)
                }
                sums.append((file.path, Self.hex(digest)))
                step += 1
                injectFault(step)
            }
            let manifest = sums.map { "\($0.sha256)  \($0.path)\n" }.joined()
            try directory.write(Self.manifestName, Array(manifest.utf8))
            let kept = keep.filter { FileManager.default.fileExists(atPath: out + "/" + $0) }
            // A foreign file the new set replaces (a report from before SHA256SUMS) is not carried.
            let replaced = Set(entries.map(\.path))
            let folders = Set(
                entries.flatMap { file in
                    file.path.split(separator: "/").dropLast().indices.map { index in
                        file.path.split(separator: "/")[...index].joined(separator: "/")
                    }
                }
            )
            for carried in (foreign + kept).sorted()
            where Self.isSafeRelative(carried) && !replaced.contains(carried) && !folders.contains(carried) {
                try directory.link(from: out + "/" + carried, to: carried)
            }
            try directory.sync()
            // The new folder gets the old one's permissions, or the usual ones for a new folder.
            var previous = stat()
            if stat(out, &previous) == 0 {
                chmod(staging, previous.st_mode & 0o7777)
            } else {
                let mask = umask(0)
                umask(mask)
                chmod(staging, 0o777 & ~mask)
            }
        } catch {
            Self.removeTree(staging)
            Interruption.staging(nil)
            throw error
        }
        step += 1
        injectFault(step)
        // From the swap until the history is committed (`StagedDelivery`'s caller releases it), an interrupt waits.
        Interruption.hold()
        Interruption.staging(nil)
        let existed = FileManager.default.fileExists(atPath: out)
        if existed {
            guard Self.exchange(staging, out) else {
                let reason = Self.errnoText()
                Self.removeTree(staging)
                throw CLIError.failed("\(out): cannot swap in the new report: \(reason)")
            }
        } else {
            guard rename(staging, out) == 0 else {
                let reason = Self.errnoText()
                Self.removeTree(staging)
                throw CLIError.failed("\(out): cannot move the new report into place: \(reason)")
            }
        }
        step += 1
        injectFault(step)
        let written = entries.map(\.path).sorted() + [Self.manifestName]
        return StagedDelivery(
            out: out,
            previous: existed ? staging : nil,
            written: written.map { folder.appendingPathComponent($0).relativePath }
        )
    }

    private func injectFault(_ step: Int) {
        if let killAfterStep, step >= killAfterStep { kill(getpid(), SIGKILL) }
        if let interruptAfterStep, step == interruptAfterStep {
            kill(getpid(), SIGINT)
            // A held interrupt waits for its step; any other ends the run before this one goes on. The handler runs
            // on another thread: the step goes on only once it has the interrupt, as it would when Ctrl-C came
            // during the step (else a busy machine let the step end first, and the interrupt came after it).
            guard Interruption.isHolding else {
                sleep(30)
                return
            }
            for _ in 0..<10_000 where !Interruption.hasPending { usleep(1_000) }
        }
    }

    /// A relative path without `..`, empty or hidden-parent tricks.
    static func isSafeRelative(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains {
            $0.isEmpty || $0 == ".." || $0 == "."
        }
    }

    /// Paths listed in a `SHA256SUMS` file (`<hex>  <path>` or `<hex> *<path>`).
    static func manifestEntries(at path: String) -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard line.count > 66 else { return nil }
            let rest = line.dropFirst(64)
            guard rest.hasPrefix("  ") || rest.hasPrefix(" *") else { return nil }
            return String(rest.dropFirst(2))
        }
    }

    /// Every non-folder entry below `root`, relative, sorted (links are listed, not followed).
    static func listFiles(_ root: String) -> [String] {
        var result: [String] = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(root + "/" + child, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { walk(child) } else { result.append(child) }
            }
        }
        walk("")
        return result.sorted()
    }

    /// Removes staging folders an earlier run left behind when it was killed.
    private static func removeLeftovers(in parent: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(prefix) && name.count == prefix.count + 6 {
            var info = stat()
            let path = parent + "/" + name
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, info.st_uid == getuid() else { continue }
            removeTree(path)
        }
    }

    /// Removes a folder tree without following links.
    static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Swaps two paths in one step.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 =
                @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) ->
                Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else {
                errno = ENOSYS
                return false
            }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
            errno = ENOSYS
            return false
        #endif
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    static func errnoText() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}

/// A delivered set: `--out` holds the new files and `previous` the old set until it is finished.
struct StagedDelivery {
    /// The output folder.
    let out: String
    /// Where the previous set now lies, `nil` when `--out` did not exist.
    let previous: String?
    /// The files written, as shown to the user.
    let written: [String]

    /// Removes the previous set: the delivery is final.
    func finish() {
        if let previous { OutputWriter.removeTree(previous) }
    }

    /// Puts the previous set back (the history commit failed) and removes the new one.
    func rollBack() {
        if let previous {
            if OutputWriter.exchange(previous, out) { OutputWriter.removeTree(previous) }
        } else {
            OutputWriter.removeTree(out)
        }
    }
}
