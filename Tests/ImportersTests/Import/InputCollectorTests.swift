import Foundation
import Importers
import TestSupport
import Testing

@Suite struct InputCollectorTests {
    @Test func foldersAreSortedAndSkipHiddenFiles() throws {
        let folder = try RepositoryPaths.temporaryFolder("collect")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"),
            withIntermediateDirectories: true
        )
        for name in ["b.json", "a.json", ".hidden.json", "sub/c.json"] {
            try Data("{}".utf8).write(to: folder.appendingPathComponent(name))
        }
        let sources = try InputCollector.sources(for: [folder.path, "-"], readStandardInput: { Array("[]".utf8) })
        #expect(sources.map(\.path) == ["a.json", "b.json", "sub/c.json"].map { folder.path + "/" + $0 } + ["-"])
        #expect(sources.last?.content == .bytes(Array("[]".utf8)))
    }

    @Test func missingPathIsUnreadable() {
        #expect(
            englishImportError {
                _ = try InputCollector.sources(for: ["/nonexistent/x.json"], readStandardInput: { [] })
            }
                == "/nonexistent/x.json: unreadable: no such file or directory"
        )
    }
}
