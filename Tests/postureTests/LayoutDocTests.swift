import Foundation
import TestSupport
import Testing

/// The folder list in docs/architecture.md and the README's layout section match the tree.
@Suite struct LayoutDocTests {
    /// Every folder under `Sources/`, as `Sources/A/B/`.
    static func sourceFolders() throws -> Set<String> {
        let root = RepositoryPaths.file("Sources")
        let keys: [URLResourceKey] = [.isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: keys) else {
            return []
        }
        var folders: Set<String> = []
        for case let url as URL in walker where try url.resourceValues(forKeys: Set(keys)).isDirectory == true {
            let relative = url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)
            folders.insert("Sources/\(relative)/")
        }
        return folders
    }

    /// The text of a Markdown section, from its heading to the next heading of the same level.
    static func section(_ heading: String, in text: String) throws -> String {
        let start = try #require(text.range(of: "\n\(heading)\n"))
        let rest = text[start.upperBound...]
        let level = heading.prefix { $0 == "#" } + " "
        let end = rest.range(of: "\n\(level)")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func theArchitectureFolderListIsTheTree() throws {
        let text = try RepositoryPaths.text("docs/architecture.md")
        let folders = try Self.section("## Folders", in: text)
        let regex = /`(Sources\/[^`]*\/)`/
        let named = Set(folders.matches(of: regex).map { String($0.output.1) })
        let tree = try Self.sourceFolders()
        #expect(tree.subtracting(named).sorted() == [], "folders missing from docs/architecture.md")
        #expect(named.subtracting(tree).sorted() == [], "docs/architecture.md names folders that do not exist")
    }

    @Test func theReadmeLayoutNamesEveryTarget() throws {
        let text = try RepositoryPaths.text("README.md")
        let layout = try Self.section("## Layout", in: text)
        let targets = try Self.sourceFolders().filter { $0.filter { $0 == "/" }.count == 2 }
            .map { String($0.dropFirst("Sources/".count).dropLast()) }
        for target in targets.sorted() {
            #expect(layout.contains("`\(target)`"), "README.md's layout does not name \(target)")
        }
    }
}
