import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// report.json written in batches is byte for byte the whole document encoded at once.
@Suite struct JSONReportWriterTests {
    /// The whole document through one `JSONEncoder` call: what the writer did before batching.
    private func writer(batchSize: Int) -> JSONReportWriter {
        JSONReportWriter(english: English.phrasebook, batchSize: batchSize)
    }

    private func wholeDocument(_ document: ReportDocument) throws -> String {
        let data = try JSONReportWriter.encoder().encode(JSONReportWriter.report(document, english: English.phrasebook))
        return JSONReportWriter.text(data) + "\n"
    }

    /// The sample document with its findings repeated, hostile text in some of them.
    private func document(findings count: Int) -> ReportDocument {
        var document = sampleReportDocument()
        let original = document.report.findings
        var findings: [ScoredFinding] = []
        for index in 0..<count where !original.isEmpty {
            var scored = original[index % original.count]
            scored.finding.id += "-\(index)"
            if index % 3 == 1 { scored.finding.title = "esc \u{1B}[31m \u{202E} \u{7} \"q\" \\ / é 日本 \u{FEFF}" }
            if index % 4 == 2 { scored.finding.resources = [] }
            if index % 5 == 3 {
                scored.finding.accountId = nil
                scored.finding.region = nil
                scored.finding.controlId = "C\"1\\/x"
                scored.finding.scanners = ["a (Security Hub)", "b \u{0} \t \n \r \u{7F} \u{85}"]
                scored.finding.note = Finding.Note(text: "n\u{8}\u{C}\u{1F} \u{2028} 😀 \\u0041")
                scored.finding.resources = [
                    Resource(type: "T\"", id: "i/d", region: nil, tags: [Resource.Tag(key: "k\\", value: "")]),
                    Resource(type: "AwsAccount", id: "", region: "r", tags: []),
                ]
                scored.ageDays = index % 2 == 0 ? nil : -3
                scored.acceptanceId = "RA-\(index)"
                // Placements nest messages and carry free text; a few repeat, as rules do.
                let moved = Message(
                    .controlOneLayer,
                    ["control": .text("S3.\(index % 3)\"/\n"), "layer": .text("datastore")]
                )
                scored.placedBy = Message(.clauses, ["first": .message(scored.placedBy), "second": .message(moved)])
            }
            findings.append(scored)
        }
        document.report.findings = findings
        return document
    }

    @Test(arguments: [(0, 512), (1, 512), (7, 1), (7, 2), (7, 3), (40, 7), (40, 512)])
    func batchedEqualsWhole(_ count: Int, _ batchSize: Int) throws {
        let document = document(findings: count)
        let batched = try writer(batchSize: batchSize).render(document)
        #expect(batched.path == "report.json")
        #expect(batched.contents == (try wholeDocument(document)))
    }

    @Test("the sample document, as the renderer writes it")
    func sample() throws {
        let document = sampleReportDocument()
        #expect(!document.report.findings.isEmpty)
        #expect(try writer(batchSize: 2).render(document).contents == (try wholeDocument(document)))
    }

    @Test("strings are escaped as JSONEncoder escapes them: every scalar below U+0100, and beyond")
    func quotedLikeTheEncoder() throws {
        let encoder = JSONReportWriter.encoder()
        var samples = (0..<0x100).compactMap { Unicode.Scalar(UInt32($0)).map { "a\(Character($0))b" } }
        samples += [
            "", "plain", "\"", "\\", "/", "\\u0041", "\u{2028}\u{2029}", "\u{FEFF}", "😀", "日本", "e\u{301}", "\u{FFFF}",
        ]
        for sample in samples {
            let expected = String(decoding: try encoder.encode(sample), as: UTF8.self)
            #expect(JSONFindingWriter.quoted(sample) == expected, "\(Array(sample.unicodeScalars))")
        }
    }

    @Test("a produced file hands out the same pieces each time it is read, and stops at a writer's error")
    func producedPieces() throws {
        let file = try writer(batchSize: 3).render(document(findings: 10))
        #expect(file.parts.count == 6)
        #expect(file.contents == (try wholeDocument(document(findings: 10))))
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try file.forEachPart { _ in
                seen += 1
                if seen == 2 { throw Stop() }
            }
        }
        #expect(seen == 2)
    }
}
