import Foundation
import Testing

/// Compares text with a golden file; `RECORD_GOLDEN=1` rewrites it. A missing golden file is
/// written and the comparison fails, so a new golden is always looked at once.
enum GoldenFile {
    static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        let exists = FileManager.default.fileExists(atPath: url.path)
        if record || !exists {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            if !exists {
                Issue.record("golden file \(url.lastPathComponent) was missing and has been written", sourceLocation: sourceLocation)
            }
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard expected != actual else { return }
        Issue.record(
            "\(url.lastPathComponent) differs from its golden file (RECORD_GOLDEN=1 rewrites it):\n"
                + lineDiff(expected: expected, actual: actual),
            sourceLocation: sourceLocation)
    }

    /// The first differing lines, `-` expected and `+` actual, with line numbers.
    static func lineDiff(expected: String, actual: String, limit: Int = 20) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(old.count, new.count) where out.count < limit * 2 {
            let left = index < old.count ? String(old[index]) : nil
            let right = index < new.count ? String(new[index]) : nil
            if left != right {
                if let left { out.append("-\(index + 1): \(left)") }
                if let right { out.append("+\(index + 1): \(right)") }
            }
        }
        return out.joined(separator: "\n")
    }
}
