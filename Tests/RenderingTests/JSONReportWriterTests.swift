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
        // The skeleton's head, 4 batches of findings, their closing bracket, the skeleton up to
        // trend.changes.slaBreaches (the sample has breaches, and nothing suppressed without a
        // decision), the breaches' batches and closing bracket, and the skeleton's tail.
        let breaches = document(findings: 10).trend.changes?.slaBreaches.count ?? 0
        #expect(breaches > 0)
        #expect(file.parts.count == 1 + 4 + 1 + 1 + (breaches + 2) / 3 + 1 + 1)
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

    @Test(
        "the lists that grow with the findings (suppressed without a decision, SLA breaches) are written in batches",
        arguments: [1, 2, 5, 512]
    )
    func splicedListsEqualWhole(_ batchSize: Int) throws {
        var document = document(findings: 9)
        for index in document.report.findings.indices where index % 2 == 0 {
            document.report.findings[index].bucket = .suppressed
            document.report.findings[index].acceptanceId = nil
        }
        let layers = LayerKey.all
        let breaches = (0..<11).map { index in
            SLABreach(
                identity: "asff|arn:\"x\"/\\ \u{2028}|\(index)",
                severity: Severity.worstFirst[index % Severity.worstFirst.count],
                layer: layers[index % layers.count],
                ageDays: 100 + index,
                slaDays: 30
            )
        }
        document.trend = Trend(
            changes: PeriodChanges(period: "2026-11", previousPeriod: "2026-10", slaBreaches: breaches)
        )
        let file = try writer(batchSize: batchSize).render(document)
        #expect(file.contents == (try wholeDocument(document)))
        #expect(file.contents.contains("\"slaBreaches\" : [\n        {"))
        #expect(file.contents.contains("\"suppressedWithoutDecision\" : [\n    {"))
    }
}
