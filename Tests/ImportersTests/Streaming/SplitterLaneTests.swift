import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The splitter's record lane (`JSONValueSplitter+Lane.swift`) against the byte-by-byte path it
/// passes over: on the project's inputs, generated exports and thousands of broken variants of them,
/// whole and fed in small chunks, under the standard limits and tight ones, both must give the same
/// records (bytes, paths, positions, invalid text), the same cut strings and the same first error.
@Suite struct SplitterLaneTests {
    /// What splitting gave: every event, then the error that stopped it, if any.
    struct Outcome: Equatable {
        var events: [SplitEvent] = []
        var error: ImportError?
    }

    static func split(_ bytes: [UInt8], chunk: Int, limits: ImportLimits, lane: Bool) -> Outcome {
        var splitter = JSONValueSplitter(file: "x.json", limits: limits)
        splitter.usesLane = lane
        var outcome = Outcome()
        let collect: (SplitEvent) throws(ImportError) -> Void = { outcome.events.append($0) }
        do throws(ImportError) {
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + chunk)
                try splitter.feed(Array(bytes[start..<end]), emit: collect)
                start = end
            }
            try splitter.finish(emit: collect)
        } catch {
            outcome.error = error
        }
        return outcome
    }

    static let tight = ImportLimits(
        recordBytes: 1 << 20,
        stringBytes: 24,
        depth: 6,
        decompressedBytes: 1 << 30,
        compressionRatio: 100,
        recordsPerFile: 1_000_000
    )

    /// Checks one text under both limits and several chunk sizes; returns how many of the runs failed.
    @discardableResult
    static func expectSame(_ bytes: [UInt8], label: String, chunks: [Int] = [1, 5, 64, 1 << 22]) -> Int {
        var failures = 0
        for limits in [ImportLimits.standard, tight] {
            for chunk in chunks {
                let lane = split(bytes, chunk: chunk, limits: limits, lane: true)
                let bytewise = split(bytes, chunk: chunk, limits: limits, lane: false)
                if lane != bytewise {
                    failures += 1
                    let shown = String(decoding: bytes.prefix(200), as: UTF8.self)
                    Issue.record("\(label), chunk \(chunk), string limit \(limits.stringBytes): \(shown)")
                }
            }
        }
        return failures
    }

    /// A record the splitter passes without a problem is valid UTF-8 (the fast readers do not check it again:
    /// `FastJSONCursor.read(_:utf8Checked:strings:_:)`); returns 1 when one is not.
    static func expectValidText(_ bytes: [UInt8], label: String, chunk: Int) -> Int {
        for limits in [ImportLimits.standard, tight] {
            for case .record(let record) in split(bytes, chunk: chunk, limits: limits, lane: true).events
            where record.problem == nil && String(validating: record.bytes, as: UTF8.self) == nil {
                Issue.record("\(label): a record without a problem is not valid UTF-8 at \(record.position)")
                return 1
            }
        }
        return 0
    }

    /// Every project input file below the importers', the pipeline's and the command's fixtures, and the
    /// samples.
    static var projectFiles: [String] {
        [
            "Tests/ImportersTests/Fixtures", "Tests/ReportPipelineTests/Fixtures", "Tests/postureTests/Fixtures",
            "samples",
        ]
        .flatMap(FastReaderCorpus.inputFiles(under:))
        .filter { !$0.hasSuffix(".gz") }
    }

    @Test func theProjectsInputsSplitTheSameInTheLane() throws {
        let files = Self.projectFiles
        #expect(files.count > 20)
        for path in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            Self.expectSame(bytes, label: path, chunks: [3, 1 << 22])
        }
    }

    @Test func tokensOfEveryKindAtEveryChunkBoundary() {
        let texts = [
            "{\"Findings\": [\n  {\"a\": 1, \"b\": [true, false, null, -0.5e+3, 12], \"c\": {\"d\": \"e\"}},\n"
                + "  {\"s\": \"é\", \"t\": \"a\\\"b\\u00e9\\ud83d\\ude00\", \"n\": 0}]}",
            "[{\"x\": [[[[[[[1]]]]]]]}, {\"y\": \"" + String(repeating: "z", count: 24) + "\"}, "
                + "{\"y\": \"" + String(repeating: "z", count: 25) + "\"}]",
            "{\"events\": [{\"k\": 01}, {\"k\": 1.}, {\"k\": tru}, {\"k\": -}]}",
            "{\"findings\": [{\"a\": 1,}, {\"a\" 1}, {,}]}",
            "[{\"a\": [1 2]}, {\"a\": {\"b\": 1]}}]",
            "{\"logEvents\": [{\"a\": \"tab\there\"}]}",
            "{\"Findings\": [{\"a\": \"\u{7F}\u{1}\"}]}",
            "[{\"a\": 1e999999}, {\"b\": " + String(repeating: "9", count: 4097) + "}]",
            "[{\"a\": \r\n\t 1 \r\n}]\n[{\"b\": 2}]",
            // Top-level objects: JSON Lines, one document, wrappers with members around the streamed array.
            "{\"timestamp\": 1, \"httpRequest\": {\"headers\": [{\"name\": \"a\", \"value\": \"b\"}]}}\n"
                + "{\"action\": \"BLOCK\", \"n\": [1, [2, {\"x\": null}]], \"s\": \"t\"}\n{}\n{\"a\": {}}",
            "{\"NextToken\": \"x\", \"meta\": {\"a\": [1, {\"Findings\": [1]}]}, \"Findings\": [{\"Id\": \"a\"}], "
                + "\"after\": {\"b\": [true]}}",
            "{\"Findings\": {\"Id\": \"not an array\"}, \"x\": [{\"y\": 1}]}{\"findings\": [{\"a\": 2}]}",
            "{\"a\": {\"b\": 1}}} {\"c\": [}",
            "{\"a\": \"" + String(repeating: "q", count: 25) + "\", \"b\": {\"c\": \""
                + String(repeating: "q", count: 30) + "\"}}",
        ]
        for text in texts {
            Self.expectSame(Array(text.utf8), label: "token", chunks: Array(1...12) + [1 << 22])
        }
        // Invalid UTF-8 and a string cut inside a record.
        var bytes = Array("[{\"a\": \"xx".utf8) + [0xC3, 0x28] + Array("\", \"b\": [1]}]".utf8)
        Self.expectSame(bytes, label: "invalid UTF-8", chunks: Array(1...9) + [1 << 22])
        bytes = Array("[{\"a\": \"".utf8) + [0xE2, 0x82] + Array("\"}]".utf8)
        Self.expectSame(bytes, label: "short sequence", chunks: Array(1...9) + [1 << 22])
    }

    /// Broken variants of real-shaped exports: a byte replaced by one that matters to the grammar, a
    /// byte dropped, a stretch repeated, the text cut short.
    @Test func brokenVariantsSplitTheSame() throws {
        guard FastReaderCorpus.generatorAvailable else { return }
        var bases = try ["asff", "ocsf", "ecr"].map { kind in
            try FastReaderCorpus.generatedText(kind, count: 3)
        }
        let fixtures = ["asff", "waf"].flatMap { folder in
            FastReaderCorpus.inputFiles(under: "Tests/ImportersTests/Fixtures/\(folder)")
                .filter { !$0.hasSuffix(".gz") }.prefix(4)
        }
        for path in fixtures {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            if bytes.count < 60_000 { bases.append(bytes) }
        }
        #expect(bases.count >= 6)
        let interesting = Array("{}[]\":, \n\t\\0-.eEtfn1\u{7F}".utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xE2, 0xF0, 0xFF]
        var random = SeededGenerator(seed: 10)
        var failures = 0
        for (number, base) in bases.enumerated() where !base.isEmpty {
            for variant in 0..<300 {
                var bytes = base
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch variant % 4 {
                case 0: bytes[at] = interesting.randomElement(using: &random) ?? 0
                case 1: bytes.remove(at: at)
                case 2:
                    let end = min(bytes.count, at + Int.random(in: 1...40, using: &random))
                    bytes.insert(contentsOf: bytes[at..<end], at: at)
                default: bytes = Array(bytes[..<at])
                }
                let chunk = [1, 7, 4096, 1 << 22][variant % 4 == 3 ? 3 : Int.random(in: 0..<4, using: &random)]
                failures += Self.expectSame(bytes, label: "base \(number) variant \(variant)", chunks: [chunk])
                failures += Self.expectValidText(bytes, label: "base \(number) variant \(variant)", chunk: chunk)
                if failures > 5 { return }
            }
        }
    }
}
