import Foundation
import ReportModel
import Synchronization
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
            // Most ids kept apart from their identity; every sixth is its identity's end, as read.
            if index % 6 != 0 { scored.finding.id += "-\(index)" }
            if index % 7 == 4 {
                // An identity that needs escapes, its id its end (written through the escaping path).
                scored.finding.identity = "asff|arn:aws:securityhub:::product/x|q\"\\ \u{7} \u{7F} é/\(index)"
                scored.finding.id = "q\"\\ \u{7} \u{7F} é/\(index)"
            }
            if index % 8 == 5 {
                // Instants outside what the hand-written timestamp covers, and none.
                scored.finding.firstObservedAt = Date(timeIntervalSince1970: -86_400 * 400 - 0.5)
                scored.finding.updatedAt = nil
            }
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

    @Test(arguments: [(0, 512), (1, 512), (7, 1), (7, 2), (7, 3), (40, 1), (40, 3), (40, 7), (40, 512)])
    func batchedEqualsWhole(_ count: Int, _ batchSize: Int) throws {
        let document = document(findings: count)
        let batched = try writer(batchSize: batchSize).render(document)
        #expect(batched.path == "report.json")
        #expect(batched.contents == (try wholeDocument(document)))
    }

    /// `ecr.images`, written in batches of encoded images beside the findings, is what encoding it whole gives:
    /// no image, one, a batch, across batches; hostile tags and the sample's hostile texts included.
    @Test(arguments: [0, 1, 64, 130])
    func imagesBatchedEqualWhole(_ count: Int) throws {
        var document = document(findings: 7)
        let sample = document.report.frontDoor.images
        try #require(!sample.isEmpty)
        document.report.frontDoor.images = (0..<count).map { index in
            var image = sample[index % sample.count]
            image.imageDigest += "-\(index)"
            if index % 3 == 1 { image.imageTags.append("tag \u{202E} \"q\" \\ / \u{7} 日本") }
            return image
        }
        let batched = try writer(batchSize: 3).render(document)
        #expect(batched.contents == (try wholeDocument(document)))
        #expect(batched.contents.contains("\"images\" : [") == (count > 0))
    }

    /// Images of every shape the importers make, with the free text an image carries (tags, repository,
    /// packages, statuses, reported severity names) hostile.
    private static func hostileImages() -> [ImageScanEvidence] {
        let texts = hostile
        let countKeys: [[String: Int]] = [
            [:], ["CRITICAL": 1], ["HIGH": 2, "LOW": 0, "MEDIUM": 9_007_199_254_740_992, "UNDEFINED": 3],
            ["INFORMATIONAL": 1, "INFO": 2, "I": 3, "UNTRIAGED": 4],
            // Keys no sort order agrees on: case, digits, underscores, symbols, text beyond ASCII, empty.
            ["high": 1, "HIGH": 2, "High": 3], ["A10": 1, "A9": 2, "A_B": 3, "AB": 4, "a_b": 5],
            ["": 1, "é": 2, "E": 3, "z": 4, "\u{202E}": 5, "\"q\"": 6, "日本": 7, "ß": 8, "SS": 9],
        ]
        var images: [ImageScanEvidence] = []
        for index in 0..<28 {
            let text = texts[index % texts.count]
            let enhanced = index % 2 == 1
            let observed: TimeInterval = 1_790_000_000
            let completed: TimeInterval = 1_795_900_000 + Double(index)
            let findings = (0..<(index % 4)).map { number in
                ImageScanFinding(
                    identity: "vuln|sha256:\(index)|CVE-2026-\(number)|\(text)",
                    vulnerabilityId: "CVE-2026-\(number)",
                    packageName: number == 1 ? nil : text,
                    packageVersion: number == 2 ? nil : "1.0-\(text)",
                    severity: Severity.allCases[(index + number) % 5],
                    reportedSeverity: number == 0 ? text : "HIGH",
                    status: enhanced ? (number == 1 ? "ACTIVE" : text) : nil,
                    fixAvailable: enhanced ? ["YES", "NO", "PARTIAL"][number % 3] : nil,
                    exploitAvailable: enhanced ? text : nil,
                    firstObservedAt: enhanced && number != 2
                        ? Date(timeIntervalSince1970: observed + Double(number)) : nil
                )
            }
            images.append(
                ImageScanEvidence(
                    registryId: index % 5 == 0 ? text : "111122223333",
                    region: index % 3 == 0 ? nil : "eu-west-1",
                    repository: "shop/\(text)",
                    imageDigest: "sha256:\(index)",
                    imageTags: index % 4 == 0 ? [] : [text, "latest", "v\(index)"],
                    scanType: enhanced ? .enhanced : .basic,
                    scanStatus: index % 6 == 0 ? nil : (index % 2 == 0 ? "COMPLETE" : text),
                    scanStatusDescription: index % 7 == 0 ? nil : text,
                    scanCompletedAt: index % 3 == 1 ? nil : Date(timeIntervalSince1970: completed),
                    vulnerabilitySourceUpdatedAt: index % 2 == 0 ? nil : Date(timeIntervalSince1970: 1_795_800_000),
                    reportedSeverityCounts: countKeys[index % countKeys.count],
                    findings: findings,
                    partial: index % 5 == 2,
                    origin: RecordOrigin(file: "ecr.json", record: index)
                )
            )
        }
        return images
    }

    /// Every hostile image written by hand is what the encoder writes for it, alone and in a document.
    @Test(arguments: [1, 3, 32])
    func imagesWrittenByHandAsTheEncoderWritesThem(batchSize: Int) throws {
        let asOf = try #require(ReportDate("2026-11-30"))
        let images = Self.hostileImages().map { JSONImageScan($0, asOf: asOf) }
        for depth in [1, 2, 3] {
            #expect(
                written(SplicedList(key: "i", depth: depth, handWritten: images, batchSize: batchSize))
                    == (try encoded(images, depth: depth, batchSize: batchSize))
            )
        }
        var document = document(findings: 3)
        document.report.frontDoor.images = Self.hostileImages()
        #expect(try writer(batchSize: batchSize).render(document).contents == (try wholeDocument(document)))
    }

    /// Batches made ahead, one thread a core, come out in order: none lost, none twice, for counts below, at and
    /// across the window, when later batches are made sooner than earlier ones; and no batch is started more than
    /// `batchesAhead` past the last one emitted.
    @Test(arguments: [0, 1, 3, 4, 5, 8, 9, 13, 40, 257])
    func batchesMadeAheadComeOutInOrder(_ count: Int) {
        let emittedSoFar = Mutex(0)
        let furthestAhead = Mutex(0)
        var emitted: [String] = []
        JSONReportWriter.madeAhead(
            count,
            { number in
                let ahead = number - emittedSoFar.withLock { $0 }
                furthestAhead.withLock { $0 = max($0, ahead) }
                // Every third batch takes longer, so batches are finished out of order.
                if number % 3 == 0 { usleep(300) }
                return "batch \(number)"
            },
            emit: { text in
                emitted.append(text)
                emittedSoFar.withLock { $0 += 1 }
            }
        )
        #expect(emitted == (0..<count).map { "batch \($0)" })
        #expect(furthestAhead.withLock { $0 } <= JSONReportWriter.batchesAhead)
    }

    #if os(Linux)
        /// The makers run a little below the thread that writes and hashes their texts in order (their nice value 5
        /// above its), so that thread is never the one waiting for a core; the calling thread keeps its own priority.
        @Test func batchesAreMadeBelowTheWritersPriority() {
            let niceValue: @Sendable () -> Int32 = { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
            let writerBefore = niceValue()
            let makers = Mutex<[Int32]>([])
            JSONReportWriter.madeAhead(
                4,
                { number in
                    let nice = niceValue()
                    makers.withLock { $0.append(nice) }
                    return "batch \(number)"
                },
                emit: { _ in }
            )
            let seen = makers.withLock { $0 }
            #expect(seen.count == 4)
            #expect(seen.allSatisfy { $0 == min(19, writerBefore + 5) })
            #expect(niceValue() == writerBefore)
        }
    #endif

    @Test("the sample document, as the renderer writes it")
    func sample() throws {
        let document = sampleReportDocument()
        #expect(!document.report.findings.isEmpty)
        #expect(try writer(batchSize: 2).render(document).contents == (try wholeDocument(document)))
    }

    @Test(
        "encoder output moved to an indentation: every line but the first and the empty ones padded",
        arguments: ["", "x", "\n", "\n\n", "{\n  \"a\" : 1\n}", "[\n\n]", "a\nb\n", "é\n🚀\n\n  z", "\n\nq"]
    )
    func indentedPadsLinesAsSplittingIntoLinesDoes(text: String) {
        let reference = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { index, line in index == 0 || line.isEmpty ? String(line) : "    " + line }
            .joined(separator: "\n")
        #expect(JSONFindingWriter.indented(text, by: "    ") == reference)
    }

    /// The lists' text as the encoder writes it: each batch encoded as an array, its element lines moved to
    /// the member's depth (what the writer did before the lists were written by hand).
    private func encoded<Element: Encodable>(_ elements: [Element], depth: Int, batchSize: Int) throws -> String {
        let indent = String(repeating: "  ", count: depth)
        var text = ""
        var start = 0
        while start < elements.count {
            let end = min(start + batchSize, elements.count)
            let data = try JSONReportWriter.encoder().encode(Array(elements[start..<end]))
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let body = lines.dropFirst().dropLast().joined(separator: "\n")
            text += (start == 0 ? "" : ",\n") + indent + JSONFindingWriter.indented(body, by: indent)
            start = end
        }
        return VisibleText.escapedJSON(text)
    }

    private func written(_ list: SplicedList) -> String {
        var text = ""
        list.write { text += $0 }
        return text
    }

    static let hostile = [
        "", "plain", "esc \u{1B}[31m \u{202E} \u{7} \"q\" \\ / é 日本 \u{FEFF}", "b \u{0} \t \n \r \u{7F} \u{85}",
        "n\u{8}\u{C}\u{1F} \u{2028} 😀 \\u0041", "<script>alert(1)</script>",
    ]

    @Test(arguments: [1, 2, 3, 512])
    func suppressedAndBreachesWrittenByHandAsTheEncoderWritesThem(batchSize: Int) throws {
        let strings = Self.hostile
        let suppressed = (0..<13).map { index in
            JSONSuppressed(
                id: strings[index % strings.count],
                identity: "asff|\(index)|" + strings[(index + 1) % strings.count],
                title: strings[(index + 2) % strings.count],
                controlId: Nullable(index % 3 == 0 ? nil : strings[(index + 3) % strings.count]),
                layer: "account",
                environment: strings[(index + 4) % strings.count],
                note: Nullable(index % 2 == 0 ? nil : strings[(index + 5) % strings.count]),
                noteUpdatedBy: Nullable(index % 4 == 1 ? "arn:aws:iam::1:user/a\"b" : nil)
            )
        }
        let breaches = (0..<11).map { index in
            JSONPeriodChanges.Breach(
                identity: strings[index % strings.count] + "\(index)",
                severity: Severity.allCases[index % Severity.allCases.count],
                layer: strings[(index + 2) % strings.count],
                ageDays: [0, -3, 274, Int.max, Int.min][index % 5],
                slaDays: index,
                overdueDays: index * 1_000_000_007
            )
        }
        for depth in [1, 3] {
            #expect(
                written(SplicedList(key: "s", depth: depth, handWritten: suppressed, batchSize: batchSize))
                    == (try encoded(suppressed, depth: depth, batchSize: batchSize))
            )
            #expect(
                written(SplicedList(key: "b", depth: depth, handWritten: breaches, batchSize: batchSize))
                    == (try encoded(breaches, depth: depth, batchSize: batchSize))
            )
        }
        #expect(written(SplicedList(key: "e", depth: 1, handWritten: [JSONSuppressed](), batchSize: batchSize)) == "")
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

    @Test("a writer skips the visible-escape pass only when nothing it wrote could need it")
    func visibleEscapesOnlyWhenNeeded() {
        let hostile = [
            "esc \u{1B}[31m", "\u{202E}", "\u{7}", "\"q\"", "\\", "\\u0041", "\\b", "é", "日本", "\u{FEFF}", "\u{7F}",
            "\u{85}", "a\tb", "a\nb", "a\rb", "\u{2028}", "😀",
        ]
        for value in ["plain", "", "a / b", "spaces   and ~ { } [ ] , :"] + hostile {
            for write in 0..<3 {
                var writer = JSONFindingWriter()
                switch write {
                case 0: writer.string(value)
                case 1: writer.member("  ", "key", value)
                default:
                    writer.raw(
                        "{\"k\" : \(String(decoding: (try? JSONEncoder().encode(value)) ?? Data(), as: UTF8.self))}"
                    )
                }
                // (The writer is not copyable: what the expectations read is taken out of it first.)
                let (visible, text, mayNeed) = (writer.visibleText, writer.text, writer.mayNeedVisibleEscapes)
                #expect(visible == VisibleText.escapedJSON(text), "\(Array(value.unicodeScalars))")
                // (JSONEncoder's own text escapes a slash: a backslash, which the writer takes as maybe.)
                if !hostile.contains(value) && write < 2 { #expect(!mayNeed, "\(value)") }
            }
        }
    }

    @Test("a finding's placement members, made once per message, carry whether they need the visible-escape pass")
    func placementsCarryTheirVisibleEscapes() throws {
        let findings = sampleReportDocument().report.findings
        let scored = try #require(findings.first)
        let encoded = JSONFindingWriter.indented(
            String(decoding: try JSONEncoder().encode(scored.placedBy), as: UTF8.self),
            by: JSONFindingWriter.memberPad
        )
        for worded in ["layer rule account", "rule \u{202E} x", "é", "q\"\\", "\u{7}"] {
            for message in [encoded, "{\n        \"code\" : \"x\u{202E}\"\n      }"] {
                let placement = JSONFindingWriter.Placement(placedBy: worded, placedByMessage: message)
                var writer = JSONFindingWriter()
                withUnsafePointer(to: scored) { writer.write($0, placement: placement, first: true) }
                let (visible, text, mayNeed) = (writer.visibleText, writer.text, writer.mayNeedVisibleEscapes)
                #expect(visible == VisibleText.escapedJSON(text), "\(worded) \(message)")
                #expect(text.contains("\"placedByMessage\" : \(message),\n"))
                if VisibleText.escapedJSON(text) != text { #expect(mayNeed, "\(worded) \(message)") }
            }
        }
    }

    @Test("a produced file hands out the same pieces each time it is read, and stops at a writer's error")
    func producedPieces() throws {
        let file = try writer(batchSize: 3).render(document(findings: 10))
        // The skeleton's head, the sample's image scans (one batch) and their closing bracket, the skeleton
        // up to findings, 4 batches of findings, their closing bracket, the skeleton up to
        // trend.changes.slaBreaches (the sample has breaches, and nothing suppressed without a
        // decision), the breaches' batches and closing bracket, and the skeleton's tail.
        let breaches = document(findings: 10).trend.changes?.slaBreaches.count ?? 0
        #expect(breaches > 0)
        #expect(!document(findings: 10).report.frontDoor.images.isEmpty)
        #expect(file.parts.count == 1 + 1 + 1 + 1 + 4 + 1 + 1 + (breaches + 2) / 3 + 1 + 1)
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

extension SplicedList {
    /// A list of elements already made, written as report.json writes its lists.
    init<Element: HandWrittenJSON>(key: String, depth: Int, handWritten elements: [Element], batchSize: Int) {
        self.init(key: key, depth: depth, count: elements.count, batchSize: batchSize) { elements[$0] }
    }
}
