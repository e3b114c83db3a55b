import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The inputs the fast readers' differential tests run over: records cut out of files as the
/// importer cuts them, the project's input files, and the benchmark generator's output.
enum FastReaderCorpus {
    /// Cuts records out of an input (gzip included) as the importer does; nil when it cannot be split.
    static func records(_ source: InputSource) -> [[UInt8]]? {
        var splitter = JSONValueSplitter(file: source.path)
        var result: [[UInt8]] = []
        let collect: (SplitEvent) throws(ImportError) -> Void = { event in
            if case .record(let raw) = event, raw.problem == nil { result.append(raw.bytes) }
        }
        do throws(ImportError) {
            _ = try SourceReader(limits: .standard).read(source) { (text: [UInt8]) throws(ImportError) in
                try splitter.feed(text, emit: collect)
            }
            try splitter.finish(emit: collect)
        } catch {
            return nil
        }
        return result
    }

    /// Cuts records out of JSON text.
    static func records(_ text: [UInt8]) -> [[UInt8]] {
        records(InputSource(path: "t.json", content: .bytes(text))) ?? []
    }

    /// Every JSON input file below a folder of the repository (recursively, gzip included).
    static func inputFiles(under folder: String) -> [String] {
        let root = RepositoryPaths.file(folder).path
        let names = (FileManager.default.subpaths(atPath: root) ?? []).sorted()
        return names.filter { name in
            [".json", ".jsonl", ".asff-json", ".json.gz", ".jsonl.gz"].contains { name.hasSuffix($0) }
        }
        .map { root + "/" + $0 }
    }

    /// Whether the benchmark generator can run (it needs python3).
    static let generatorAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    /// The records `scripts/make-benchmark-input.py KIND COUNT` writes (seed 7).
    static func generated(_ kind: String, count: Int) throws -> [[UInt8]] {
        records(try generatedText(kind, count: count))
    }

    /// The text `scripts/make-benchmark-input.py KIND COUNT` writes (seed 7); empty when it fails.
    static func generatedText(_ kind: String, count: Int) throws -> [UInt8] {
        let folder = try RepositoryPaths.temporaryFolder("fast-reader")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("\(kind).json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            RepositoryPaths.file("scripts/make-benchmark-input.py").path, kind, "\(count)", output, "--seed", "7",
        ]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [] }
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: output)))
    }

    /// The records of the project's own input files: the importers' fixtures, the goldens' inputs
    /// and the hostile corpus.
    static func projectFixtureRecords() -> [(path: String, bytes: [UInt8])] {
        let folders = [
            "Tests/ImportersTests/Fixtures", "Tests/ReportPipelineTests/Fixtures", "Tests/postureTests/Fixtures",
        ]
        return folders.flatMap(inputFiles(under:)).flatMap { path in
            (records(.file(path)) ?? []).map { (path, $0) }
        }
    }

    /// The records of `../shared/fixtures/FOLDER`, or none when the shared fixtures are absent.
    static func sharedFixtureRecords(_ folder: String) throws -> [(name: String, bytes: [UInt8])] {
        guard RepositoryPaths.sharedAvailable else { return [] }
        let root = RepositoryPaths.sharedFixtures.appendingPathComponent(folder)
        return try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().flatMap { name in
            (records(.file(root.appendingPathComponent(name).path)) ?? []).map { (name, $0) }
        }
    }

    /// The format `JSONDecoder` classifies a record as, if it is a family's record.
    static func format(_ bytes: [UInt8]) -> InputFormat? {
        guard let decoded = try? JSONDecoder().decode(ClassifiedRecord.self, from: Data(bytes)),
            case .record(let record) = decoded.kind
        else { return nil }
        return record.format
    }

    /// Holds what a fast reader read from `bytes` to what the general path reads: `JSONDecoder`
    /// must classify the record as `family`'s and decode a record `same` as `fast`, which the
    /// family maps to the same finding with the same diagnostics.
    /// - Parameters:
    ///   - fast: what the fast reader read.
    ///   - bytes: the record's JSON text.
    ///   - family: the family the fast reader reads.
    ///   - label: where the record came from, for failure messages.
    ///   - same: whether two decoded records are the same.
    static func expectAgreement<Family: FindingFamily>(
        _ fast: Family.Record,
        _ bytes: [UInt8],
        _ family: Family.Type,
        label: String,
        same: (Family.Record, Family.Record) -> Bool
    ) {
        let context = "\(label): \(String(decoding: bytes.prefix(300), as: UTF8.self))"
        guard let decoded = try? JSONDecoder().decode(ClassifiedRecord.self, from: Data(bytes)),
            case .record(let record) = decoded.kind, let slow = (record as? DecodedRecord<Family>)?.record
        else {
            Issue.record("fast path answered; the general path does not read \(family.format): \(context)")
            return
        }
        #expect(same(fast, slow), "\(context)")
        let origin = RecordOrigin(file: "t.json", record: 0)
        var fastReport = FieldReport()
        var slowReport = FieldReport()
        let fastFinding = Family.finding(from: fast, origin: origin, report: &fastReport)
        let slowFinding = Family.finding(from: slow, origin: origin, report: &slowReport)
        #expect(fastFinding == slowFinding, "\(context)")
        #expect(fastReport.diagnostics == slowReport.diagnostics, "\(context)")
    }

    /// Values put in place of each member in `mutations(of:at:extra:check:)`; `nil` removes the member.
    nonisolated(unsafe) static let replacements: [Any?] = [
        nil, NSNull(), 0, 1.5, -7, 1_795_900_001_000, "", "s", "\u{0}\u{1F}\"\\/é😀<script>", "2026-11-28T10:00:00Z",
        true, false, [Any](), ["x"], [NSNull()], [1], [String: Any](),
    ]

    /// Every member at `paths` of the record `json` replaced by every kind of value (the
    /// `replacements` and `extra`), or removed, each variant passed to `check`.
    /// - Parameters:
    ///   - json: the record's JSON text.
    ///   - paths: member paths, `.` between keys and `0` for the first element.
    ///   - extra: more values to try, fitting the record's family.
    ///   - check: checks one variant and says whether the fast path answered.
    /// - Returns: how many variants the fast path answered, of how many.
    /// - Throws: when `json` is not JSON.
    static func mutations(
        of json: String,
        at paths: [String],
        extra: [Any?] = [],
        check: ([UInt8], String) -> Bool
    ) throws -> (answered: Int, total: Int) {
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8))
        let unchanged = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys])
        #expect(check(Array(unchanged), "unchanged"))
        var answered = 0
        var total = 0
        for path in paths {
            let keys = path.split(separator: ".")[...]
            for replacement in replacements + extra {
                let mutated = replacing(keys, in: parsed, with: replacement) ?? NSNull()
                let bytes = try JSONSerialization.data(withJSONObject: mutated, options: [.sortedKeys])
                total += 1
                if check(Array(bytes), "\(path) = \(String(describing: replacement))") { answered += 1 }
            }
        }
        return (answered, total)
    }

    /// `value` with the member at `path` set to `replacement` (removed when nil).
    private static func replacing(_ path: ArraySlice<Substring>, in value: Any, with replacement: Any?) -> Any? {
        guard let key = path.first else { return replacement }
        if var array = value as? [Any], let index = Int(key), index < array.count {
            array[index] = replacing(path.dropFirst(), in: array[index], with: replacement) ?? NSNull()
            return array
        }
        if var object = value as? [String: Any] {
            object[String(key)] = replacing(path.dropFirst(), in: object[String(key)] ?? NSNull(), with: replacement)
            return object
        }
        return value
    }

    /// Imports `sources` with the fast readers on and off (on one thread and on two, with and
    /// without `--skip-invalid`) and expects the same result or the same error.
    /// - Parameters:
    ///   - sources: the inputs.
    ///   - sourceLocation: where a failure is reported.
    static func expectSameImport(_ sources: [InputSource], sourceLocation: SourceLocation = #_sourceLocation) {
        for skipInvalid in [false, true] {
            for workers in [1, 2] {
                var options = PipelinedImportTests.options(workers: workers, batch: 3, skipInvalid: skipInvalid)
                let fast = PipelinedImportTests.outcome(sources, options)
                options.fastReaders = false
                let slow = PipelinedImportTests.outcome(sources, options)
                #expect(fast == slow, "workers \(workers), skip invalid \(skipInvalid)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Expects `read` to step aside for a record with bytes that are not UTF-8 in an unmodelled member, and
    /// for every truncation of the record `{base}` it reads whole.
    /// - Parameters:
    ///   - base: the record's members without their braces.
    ///   - sourceLocation: where a failure is reported.
    ///   - read: a fast reader: whether it answered for the bytes.
    static func expectStepsAsideForBadBytes(
        base: String,
        sourceLocation: SourceLocation = #_sourceLocation,
        _ read: ([UInt8]) -> Bool
    ) {
        for bad: [UInt8] in [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]] {
            var bytes = Array("{\(base),\"x_\":\"caf".utf8)
            bytes += bad
            bytes += Array("\"}".utf8)
            #expect(!read(bytes), sourceLocation: sourceLocation)
        }
        let whole = Array("{\(base)}".utf8)
        #expect(read(whole), sourceLocation: sourceLocation)
        for count in 0..<whole.count {
            #expect(!read(Array(whole.prefix(count))), "\(count)", sourceLocation: sourceLocation)
        }
    }
}
