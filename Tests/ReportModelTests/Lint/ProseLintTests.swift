import Foundation
import Testing

/// Importers and Scoring return facts, never sentences: no string literal there reads like English prose
/// unless `Tests/prose-allowlist.txt` lists it with a reason. Reads the repository's own `Sources` through
/// `#filePath`, so it runs the same on a fresh clone.
@Suite struct ProseLintTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func importersAndScoringHoldNoEnglishSentences() throws {
        let allowlist = ProseAllowlist(
            try String(contentsOf: Self.root.appendingPathComponent("Tests/prose-allowlist.txt"), encoding: .utf8)
        )
        var hits: [ProseScanner.Hit] = []
        var scanned = 0
        for folder in ["Sources/Importers", "Sources/Scoring"] {
            for file in try Self.swiftFiles(under: folder) {
                let source = try String(contentsOf: Self.root.appendingPathComponent(file), encoding: .utf8)
                hits += ProseScanner.scan(source, file: file).filter { !allowlist.allows($0) }
                scanned += 1
            }
        }
        #expect(scanned > 50, "the scan must see the sources (found \(scanned) files under \(Self.root.path))")
        let listing = hits.map(\.description).joined(separator: "\n")
        #expect(
            hits.isEmpty,
            """
            English in Importers or Scoring: return a Message and word it in templates/strings, or list it in \
            Tests/prose-allowlist.txt with a reason:
            \(listing)
            """
        )
    }

    @Test func aPlantedSentenceIsFound() {
        let source = #"""
            // a comment with many lowercase words is fine
            /* so is a block comment with words */
            let code = Message(.noFindings)
            let id = "waf.managed.sqli"
            let bad = "\(group) is not in the web ACL"
            let nested = "\(["inner words here"].joined()) X"
            let multi = """
                two words
                """
            """#
        let hits = ProseScanner.scan(source, file: "x.swift")
        #expect(hits.map(\.line) == [5, 6, 7])
        #expect(
            hits.map { $0.text.trimmingCharacters(in: .whitespaces) } == [
                "X is not in the web ACL", "inner words here", "two words",
            ]
        )
    }

    @Test func theAllowlistMatchesFileAndText() {
        let allowlist = ProseAllowlist("# why\nSources/A.swift: ECR basic scan\n")
        #expect(allowlist.allows(.init(file: "Sources/A.swift", line: 3, text: "ECR basic scan")))
        #expect(!allowlist.allows(.init(file: "Sources/B.swift", line: 3, text: "ECR basic scan")))
    }

    static func swiftFiles(under folder: String) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var files: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append(folder + "/" + url.path.dropFirst(base.path.count + 1))
        }
        return files.sorted()
    }
}
