public import Foundation

/// Compares text with a golden file; `RECORD_GOLDEN=1` rewrites it.
public enum GoldenFile {
    /// Checks `actual` against the file at `url`.
    ///
    /// A missing golden is written and reported as a failure; with `RECORD_GOLDEN=1` the file is
    /// rewritten and the check passes.
    /// - Parameters:
    ///   - actual: the rendered text.
    ///   - url: the golden file.
    /// - Returns: `nil` when they match, else a message with a line diff.
    public static func compare(_ actual: String, with url: URL) -> String? {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if record || expected == nil {
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(),
                    withIntermediateDirectories: true
                )
                try actual.write(to: url, atomically: true, encoding: .utf8)
            } catch {
                return "\(url.path): could not write golden file: \(error)"
            }
            return record ? nil : "\(url.path): golden file was missing and has been written; run the tests again"
        }
        guard let expected, expected != actual else { return nil }
        return "\(url.path): output differs from golden file (RECORD_GOLDEN=1 to accept)\n" + lineDiff(expected, actual)
    }

    /// A short line diff: the first differing lines with their numbers.
    /// - Parameters:
    ///   - expected: the golden text.
    ///   - actual: the new text.
    ///   - limit: the most lines to show.
    /// - Returns: `-` lines from the golden file, `+` lines from the output.
    public static func lineDiff(_ expected: String, _ actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < limit {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            if let before { lines.append("\(index + 1) - \(before)") }
            if let after { lines.append("\(index + 1) + \(after)") }
        }
        return lines.joined(separator: "\n")
    }
}
