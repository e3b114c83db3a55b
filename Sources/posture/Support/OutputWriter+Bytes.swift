import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension OutputWriter {
    /// Writes one binary file (report.pdf) the same way as the text files: to a temporary name beside
    /// its target, then renamed into place.
    /// - Parameters:
    ///   - data: the bytes.
    ///   - path: the path relative to the output folder.
    /// - Returns: the path as shown to the user.
    /// - Throws: `CLIError.failed` when the file cannot be written.
    func write(_ data: Data, to path: String) throws -> String {
        guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
            throw CLIError.failed("refusing to write outside the output folder: \(path)")
        }
        let target = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: target.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        let temporary = target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).partial"
        )
        try data.write(to: temporary)
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError.failed("\(target.path): cannot write: \(reason)")
        }
        return target.relativePath
    }
}
