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

    /// A unified diff (`---`/`+++` headers, `@@` hunks with three lines of context), capped at `limit` lines, so
    /// a golden mismatch reads like `git diff` instead of a cascade of shifted lines.
    /// - Parameters:
    ///   - expected: the golden text.
    ///   - actual: the new text.
    ///   - limit: the most output lines to show.
    /// - Returns: the diff; empty when the texts are equal.
    public static func lineDiff(_ expected: String, _ actual: String, limit: Int = 60) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = editScript(old, new)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var lines = ["--- golden", "+++ output"]
        let context = 3
        // Changes closer than twice the context share a hunk.
        var groups: [[Int]] = []
        for change in edits.indices where edits[change].kind != .same {
            if let last = groups.last?.last, change - last <= 2 * context {
                groups[groups.count - 1].append(change)
            } else {
                groups.append([change])
            }
        }
        for group in groups where lines.count < limit {
            guard let first = group.first, let last = group.last else { continue }
            let hunk = edits[max(first - context, 0)..<min(last + context + 1, edits.count)]
            let oldStart = (hunk.first?.oldLine ?? 0) + 1
            let newStart = (hunk.first?.newLine ?? 0) + 1
            let oldCount = hunk.count { $0.kind != .insert }
            let newCount = hunk.count { $0.kind != .delete }
            lines.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            for edit in hunk where lines.count < limit {
                switch edit.kind {
                case .same: lines.append(" " + edit.text)
                case .delete: lines.append("-" + edit.text)
                case .insert: lines.append("+" + edit.text)
                }
            }
        }
        if lines.count >= limit { lines.append("… (diff cut at \(limit) lines)") }
        return lines.joined(separator: "\n")
    }

    private struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var text: String
        /// 0-based line numbers in the old and new text where this edit sits.
        var oldLine: Int
        var newLine: Int
    }

    /// Common prefix and suffix kept, the middle aligned by longest common subsequence (or, when the middle is
    /// too large to align cheaply, shown as deleted then inserted).
    private static func editScript(_ old: [String], _ new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var edits = (0..<prefix).map { Edit(kind: .same, text: old[$0], oldLine: $0, newLine: $0) }
        var i = 0
        var j = 0
        if a.count * b.count <= 4_000_000 {
            var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for x in stride(from: a.count - 1, through: 0, by: -1) {
                for y in stride(from: b.count - 1, through: 0, by: -1) {
                    table[x][y] = a[x] == b[y] ? table[x + 1][y + 1] + 1 : max(table[x + 1][y], table[x][y + 1])
                }
            }
            while i < a.count, j < b.count {
                if a[i] == b[j] {
                    edits.append(Edit(kind: .same, text: a[i], oldLine: prefix + i, newLine: prefix + j))
                    i += 1
                    j += 1
                } else if table[i + 1][j] >= table[i][j + 1] {
                    edits.append(Edit(kind: .delete, text: a[i], oldLine: prefix + i, newLine: prefix + j))
                    i += 1
                } else {
                    edits.append(Edit(kind: .insert, text: b[j], oldLine: prefix + i, newLine: prefix + j))
                    j += 1
                }
            }
        }
        for x in i..<a.count { edits.append(Edit(kind: .delete, text: a[x], oldLine: prefix + x, newLine: prefix + j)) }
        for y in j..<b.count {
            edits.append(Edit(kind: .insert, text: b[y], oldLine: prefix + a.count, newLine: prefix + y))
        }
        for k in 0..<suffix {
            edits.append(
                Edit(
                    kind: .same,
                    text: old[old.count - suffix + k],
                    oldLine: old.count - suffix + k,
                    newLine: new.count - suffix + k
                )
            )
        }
        return edits
    }
}
