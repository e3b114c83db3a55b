import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// Splitting and decoding on a second thread gives what one thread gives: the same findings,
/// ledger, diagnostics with their positions, de-duplication, limit errors and first error.
@Suite struct PipelinedImportTests {
    /// What an import gave.
    enum Outcome: Equatable {
        case data(ImportedData)
        case error(String)

        var data: ImportedData? {
            if case .data(let data) = self { data } else { nil }
        }
    }

    /// Options with `workers` threads and small batches, so records cross batch boundaries.
    static func options(
        workers: Int,
        batch: Int,
        skipInvalid: Bool = false,
        limits: ImportLimits = .standard
    ) -> ImportOptions {
        var options = ImportOptions(skipInvalid: skipInvalid, limits: limits)
        options.workers = workers
        options.batchSize = batch
        return options
    }

    /// The import's result, or its error in English.
    static func outcome(_ sources: [InputSource], _ options: ImportOptions) -> Outcome {
        do {
            return .data(try FindingImporter(options: options).importFindings(from: sources))
        } catch {
            return .error(error.text(in: English.phrasebook))
        }
    }

    /// Each input imported on one thread, with one decoding thread and with two, with batches of 1, 2, 3 and 256 records, alike.
    static func expectAlike(
        _ sources: [InputSource],
        skipInvalid: Bool = false,
        limits: ImportLimits = .standard,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Outcome {
        let single = outcome(sources, options(workers: 1, batch: 256, skipInvalid: skipInvalid, limits: limits))
        for workers in [2, 3] {
            for batch in [1, 2, 3, 256] {
                let pipelined = outcome(
                    sources,
                    options(workers: workers, batch: batch, skipInvalid: skipInvalid, limits: limits)
                )
                #expect(pipelined == single, "workers \(workers), batch \(batch)", sourceLocation: sourceLocation)
            }
        }
        return single
    }

    /// A hostile file: a duplicate across batches (a later copy that wins), a record with invalid
    /// UTF-8 in the middle, a record of the wrong shape, a non-finding, then a grammar error at the end.
    static var hostile: [UInt8] {
        let record = StreamingShapeTests.record
        var bytes = Array("{\"Findings\":[\n".utf8)
        bytes += Array((record("a", "2024-01-02T00:00:00Z") + ",\n" + record("b", "2024-01-02T00:00:00Z") + ",\n").utf8)
        bytes += Array((record("c", "2024-01-02T00:00:00Z") + ",\n" + record("a", "2024-01-05T00:00:00Z") + ",\n").utf8)
        var broken = Array(record("d", "2024-01-02T00:00:00Z").utf8)
        if let index = broken.firstIndex(of: UInt8(ascii: "d")) { broken[index] = 0xFF }
        bytes += broken + Array(",\n".utf8)
        bytes += Array(
            (record("e", "2024-01-02T00:00:00Z").replacingOccurrences(of: "{\"Label\":\"HIGH\"}", with: "7") + ",\n")
                .utf8
        )
        bytes += Array("{\"Hello\":1},\n".utf8)
        bytes += Array((record("f", "2024-01-02T00:00:00Z") + ",\n" + record("b", "2024-01-01T00:00:00Z")).utf8)
        return bytes
    }

    @Test func everyOwnFixtureImportsAlikeOnOneAndTwoThreads() throws {
        let files = try OwnFixtures.all()
        #expect(files.count > 10)
        for file in files {
            let source = InputSource(path: file, content: .file(OwnFixtures.url(file).path))
            _ = Self.expectAlike([source])
            _ = Self.expectAlike([source], skipInvalid: true)
        }
        let all = files.map { InputSource(path: $0, content: .file(OwnFixtures.url($0).path)) }
        let together = Self.expectAlike(all, skipInvalid: true)
        #expect(together.data?.findings.isEmpty == false)
    }

    @Test func theFirstErrorIsTheUnreadableRecordNotTheLaterGrammarError() {
        let sources = [InputSource(path: "x.json", content: .bytes(Self.hostile + Array("\n]]}".utf8)))]
        let result = Self.expectAlike(sources)
        guard case .error(let message) = result else {
            Issue.record("expected an error, got \(result)")
            return
        }
        #expect(message.hasPrefix("x.json:6:"))
        #expect(message.contains("unreadable record Findings[4]"))
    }

    @Test func skipInvalidCountsAndDuplicatesAreTheSame() throws {
        let sources = [InputSource(path: "x.json", content: .bytes(Self.hostile + Array("\n]}".utf8)))]
        let data = try #require(Self.expectAlike(sources, skipInvalid: true).data)
        #expect(data.findings.map(\.id) == ["a", "b", "c", "f"])
        #expect(data.duplicates == 2)
        #expect(data.skipped.count == 3)
        #expect(data.skipped.filter(\.unreadable).count == 2)
        #expect(data.diagnostics.contains { $0.location == "Findings[4]" })
    }

    @Test func skipInvalidStillStopsAtTheGrammarErrorAfterTheRecordsBeforeIt() {
        let sources = [InputSource(path: "x.json", content: .bytes(Self.hostile + Array("\n]]}".utf8)))]
        let result = Self.expectAlike(sources, skipInvalid: true)
        #expect(result.data?.inputs.first?.unreadableReason != nil)
    }

    @Test func theRecordLimitFailsAtTheSameRecord() {
        var limits = ImportLimits.standard
        limits.recordsPerFile = 5
        let sources = [InputSource(path: "x.json", content: .bytes(Self.hostile + Array("\n]}".utf8)))]
        let result = Self.expectAlike(sources, skipInvalid: true, limits: limits)
        guard case .error(let message) = result else {
            Issue.record("expected the record limit, got \(result)")
            return
        }
        #expect(message.hasPrefix("x.json:7:"))
        #expect(message.contains("--max-records"))
    }

    @Test func aDuplicateInALaterFileWinsAlike() {
        let record = StreamingShapeTests.record
        let first = "[" + record("a", "2024-01-02T00:00:00Z") + "," + record("b", "2024-01-02T00:00:00Z") + "]"
        let second = record("b", "2024-01-03T00:00:00Z") + "\n" + record("a", "2024-01-01T00:00:00Z") + "\n"
        let sources = [
            InputSource(path: "one.json", content: .bytes(Array(first.utf8))),
            InputSource(path: "two.jsonl", content: .bytes(Array(second.utf8))),
        ]
        let data = Self.expectAlike(sources).data
        #expect(data?.findings.count == 2)
        #expect(data?.duplicates == 2)
    }
}
