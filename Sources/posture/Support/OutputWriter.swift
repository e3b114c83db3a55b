import Foundation
import ReportModel

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
            if manager.fileExists(atPath: target.path) {
                _ = try manager.replaceItemAt(target, withItemAt: temporary)
            } else {
                try manager.moveItem(at: temporary, to: target)
            }
            written.append(folder.appendingPathComponent(file.path).relativePath)
        }
        return written
    }
}
