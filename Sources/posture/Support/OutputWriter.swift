import Foundation
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes rendered files into the output folder. Each file is written to a temporary name beside
/// its target and renamed into place, so a reader never sees a half-written report.
struct OutputWriter {
    let folder: URL

    /// Writes the files and returns their paths as shown to the user, in order.
    func write(_ files: [RenderedFile]) throws -> [String] {
        let manager = FileManager.default
        var written: [String] = []
        for file in files {
            guard !file.path.hasPrefix("/"), !file.path.split(separator: "/").contains("..") else {
                throw CLIError.failed("refusing to write outside the output folder: \(file.path)")
            }
            let target = folder.appendingPathComponent(file.path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = target.deletingLastPathComponent()
                .appendingPathComponent(".\(target.lastPathComponent).partial")
            try Data(file.contents.utf8).write(to: temporary)
            // rename(2) replaces the target in one step: readers see the old file or the new one.
            guard rename(temporary.path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? manager.removeItem(at: temporary)
                throw CLIError.failed("\(target.path): cannot write: \(reason)")
            }
            written.append(folder.appendingPathComponent(file.path).relativePath)
        }
        return written
    }
}
