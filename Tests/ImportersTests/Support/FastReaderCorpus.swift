import Foundation
import TestSupport

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
        return records(.file(output)) ?? []
    }
}
