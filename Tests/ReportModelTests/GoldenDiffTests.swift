import Foundation
import Testing

@testable import TestSupport

/// A golden mismatch reads as a unified diff: the changed lines in context, not a cascade of shifted lines.
@Suite struct GoldenDiffTests {
    @Test func anInsertedLineIsOneHunkWithContext() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n")
        var lines = (1...20).map { "line \($0)" }
        lines.insert("new line", at: 10)
        let diff = GoldenFile.lineDiff(old, lines.joined(separator: "\n"))
        #expect(
            diff == """
                --- golden
                +++ output
                @@ -8,6 +8,7 @@
                 line 8
                 line 9
                 line 10
                +new line
                 line 11
                 line 12
                 line 13
                """
        )
    }

    @Test func farApartChangesAreSeparateHunksAndEqualTextsGiveNothing() {
        let old = (1...30).map { "l\($0)" }
        var new = old
        new[2] = "changed 3"
        new[25] = "changed 26"
        let diff = GoldenFile.lineDiff(old.joined(separator: "\n"), new.joined(separator: "\n"))
        #expect(diff.components(separatedBy: "\n@@ ").count == 3)
        #expect(diff.contains("-l3\n+changed 3"))
        #expect(diff.contains("-l26\n+changed 26"))
        #expect(GoldenFile.lineDiff("same\ntext", "same\ntext").isEmpty)
    }

    @Test func longDiffsAreCut() {
        let old = (1...500).map { "a\($0)" }.joined(separator: "\n")
        let new = (1...500).map { "b\($0)" }.joined(separator: "\n")
        let diff = GoldenFile.lineDiff(old, new, limit: 40)
        #expect(diff.split(separator: "\n").count == 41)
        #expect(diff.hasSuffix("(diff cut at 40 lines)"))
    }
}
