import Foundation
import Importers
import ReportModel
import Synchronization
import TestSupport
import Testing

/// The importer reports how far it has come through `ImportOptions.progress`, counts only.
@Suite struct ImportProgressTests {
    @Test("reading reports grow per input, and the import ends with one .imported")
    func reports() throws {
        let seen = Mutex<[ImportProgress]>([])
        var options = ImportOptions()
        options.progress = { progress in seen.withLock { $0.append(progress) } }
        let path = RepositoryPaths.file("samples/2026-11/securityhub/findings.json").path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let imported = try FindingImporter(options: options).importFindings(from: [.file(path), .file(path)])
        let events = seen.withLock { $0 }
        #expect(events.last == ImportProgress(stage: .imported))
        #expect(events.filter { $0.stage == .imported }.count == 1)
        let reading = events.filter { $0.stage == .reading }
        #expect(reading.allSatisfy { $0.path == path })
        // Each input's bytes climb to its size; the records to what the ledger counts.
        let ends = reading.enumerated().filter { index, event in
            index + 1 == reading.count || reading[index + 1].bytes <= event.bytes
        }
        #expect(ends.map(\.element.bytes) == [size, size])
        #expect(ends.map(\.element.records) == imported.inputs.map(\.records))
        #expect(options == ImportOptions(), "the callback is not part of the options' equality")
    }
}
