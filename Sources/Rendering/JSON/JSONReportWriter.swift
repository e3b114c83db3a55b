import Foundation
import ReportModel

/// Writes report.json: sorted keys, pretty-printed, slashes unescaped, a trailing newline.
///
/// The findings, which grow with the input, are never encoded as one document: the rest of the
/// report is encoded with an empty `findings` array, and the findings are written in batches by
/// `JSONFindingWriter` at that place, as the encoder lays them out there. The text is byte for byte
/// what encoding the whole document at once gives (`JSONReportWriterTests`), without the encoder's
/// tree of every finding; visible-text escaping runs over one batch at a time, and each batch is made
/// only when the file is written (`RenderedFile(path:producing:)`), so the findings' text is never in
/// memory whole.
struct JSONReportWriter {
    /// The English wording: report.json's texts are English in every edition, beside each message's code.
    let english: Phrasebook
    /// Findings encoded per batch. At most `batchesAhead` batches are held while report.json is written
    /// (each batch's bytes, then its text): 512 a batch held ~20 MB at once and made the 50k-finding run's peak
    /// 12 % higher than 256 does, for no time measured.
    var batchSize = 256

    /// Encodes the document.
    /// - Returns: the file.
    /// - Throws: `RenderError.encodingFailed`.
    func render(_ document: ReportDocument) throws(RenderError) -> RenderedFile {
        let encoder = Self.encoder()
        do {
            let findings = document.report.findings
            // The lists that grow with the input are left empty in the skeleton and written in batches
            // into it, as the file is written (`ecr.images`, `findings`, `suppressedWithoutDecision` and
            // `trend.changes.slaBreaches`, in the order of the sorted keys), each element made from the
            // document when its batch is written.
            let value = Self.report(document, english: english, withFindings: findings.isEmpty)
            let skeleton = Self.text(try encoder.encode(value))
            guard !findings.isEmpty else { return RenderedFile(path: "report.json", contents: skeleton + "\n") }
            let batchSize = max(1, batchSize)
            // Each finding's `placedByMessage` as the encoder writes it: the few distinct messages
            // (one per layer rule) encoded once, here, where an encoding error can still be thrown.
            // `placedBy` worded in English likewise, once per distinct message.
            // Each finding holds the position of its message's texts (neighbours mostly share the message, and
            // equal messages made by one rule share their storage: compared before anything is hashed).
            var known: [Message: Int32] = [:]
            var texts: [JSONFindingWriter.Placement] = []
            var placedAt: [Int32] = []
            placedAt.reserveCapacity(findings.count)
            var previous: (message: Message, position: Int32)?
            for index in findings.indices {
                let message = findings[index].placedBy
                if let previous, previous.message == message {
                    placedAt.append(previous.position)
                    continue
                }
                let position: Int32
                if let found = known[message] {
                    position = found
                } else {
                    let text = JSONFindingWriter.indented(
                        String(decoding: try encoder.encode(message), as: UTF8.self),
                        by: JSONFindingWriter.memberPad
                    )
                    position = Int32(texts.count)
                    texts.append(JSONFindingWriter.Placement(placedBy: english.text(message), placedByMessage: text))
                    known[message] = position
                }
                placedAt.append(position)
                previous = (message, position)
            }
            let (placements, positions) = (texts, placedAt)
            // One batch's text: a pure function of the findings in it, so batches are made on every core,
            // a few at a time, and emitted in order (the same bytes as one after the other).
            let batch: @Sendable (Int) -> String = { number in
                let start = findings.startIndex + number * batchSize
                let end = min(start + batchSize, findings.endIndex)
                var writer = JSONFindingWriter(capacity: (end - start) * Self.bytesPerFinding)
                // Findings and placements read where they are held: a copy of either retained its texts (a
                // finding's storage and decisions, a placement's two texts), which findings share on every core.
                findings.withUnsafeBufferPointer { findings in
                    guard let base = findings.baseAddress else { return }
                    for index in start..<end {
                        writer.write(
                            base + index,
                            placement: placements[Int(positions[index])],
                            first: index == findings.startIndex
                        )
                    }
                }
                return writer.visibleText
            }
            let batches = (findings.count + batchSize - 1) / batchSize
            let writeFindings: @Sendable ((String) -> Void) -> Void = { emit in
                Self.madeAhead(batches, batch, emit: emit)
            }
            var lists: [SplicedList] = []
            // `ecr.images` comes before `findings` (sorted keys): 10k scanned images are megabytes of text.
            let images = document.report.frontDoor.images
            if !images.isEmpty {
                let asOf = document.report.asOf
                lists.append(
                    SplicedList(
                        key: "images",
                        depth: 2,
                        count: images.count,
                        batchSize: Self.imagesPerBatch,
                        element: { JSONImageScan(images[$0], asOf: asOf) }
                    )
                )
            }
            lists.append(SplicedList(key: "findings", depth: 1, write: writeFindings))
            let suppressed = findings.indices.filter { Self.isSuppressedWithoutDecision(findings[$0]) }
            if !suppressed.isEmpty {
                lists.append(
                    SplicedList(
                        key: "suppressedWithoutDecision",
                        depth: 1,
                        count: suppressed.count,
                        batchSize: batchSize
                    ) {
                        JSONSuppressed(findings[suppressed[$0]])
                    }
                )
            }
            let breaches = document.trend.changes?.slaBreaches ?? []
            if !breaches.isEmpty {
                lists.append(
                    SplicedList(key: "slaBreaches", depth: 3, count: breaches.count, batchSize: batchSize) {
                        JSONPeriodChanges.Breach(breaches[$0])
                    }
                )
            }
            // The skeleton cut at each list's empty array, in order.
            var pieces: [String] = []
            var rest = skeleton[...]
            for list in lists {
                guard let range = rest.rangeOfText(list.emptyMarker) else {
                    throw RenderError.encodingFailed("report.json: no \(list.key) member to fill")
                }
                pieces.append(String(rest[..<range.lowerBound]) + list.opening)
                rest = rest[range.upperBound...]
            }
            let tail = String(rest) + "\n"
            let parts = zip(pieces, lists).map { (piece: $0, list: $1) }
            // The lists' text is made one batch at a time as the file is written, never whole.
            return RenderedFile(path: "report.json") { emit in
                for part in parts {
                    emit(part.piece)
                    part.list.write(emit)
                    emit(part.list.closing)
                }
                emit(tail)
            }
        } catch let error as RenderError {
            throw error
        } catch {
            throw .encodingFailed(String(describing: error))
        }
    }

    /// A little more than a finding takes in report.json (about 2 KB): a batch's buffer is reserved at once, not grown.
    static let bytesPerFinding = 2_560

    /// Image scans encoded per batch (an image carries all its vulnerabilities).
    static let imagesPerBatch = 32

    /// How many batches may be made ahead of the one being written (about 0.6 MB of text each): the most held at once.
    static let batchesAhead = 8

    /// Emits `make(0)`, `make(1)`, … `make(count - 1)` in that order, made on one thread a core while the calling
    /// thread emits (writes and hashes) them: each maker takes the next number as soon as it is done with one, up to
    /// `batchesAhead` past the one being emitted, so no core waits for a round's slowest batch.
    /// - Parameters:
    ///   - count: how many batches.
    ///   - make: one batch's text, a pure function of its number.
    ///   - emit: receives each batch's text, in order, on the calling thread.
    static func madeAhead(_ count: Int, _ make: @escaping @Sendable (Int) -> String, emit: (String) -> Void) {
        guard count > 0 else { return }
        let line = MadeInOrder(count: count, ahead: batchesAhead)
        let makers = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        for _ in 0..<makers {
            line.started()
            let thread = Thread {
                Self.yieldToTheWriter()
                while let number = line.nextToMake() { line.made(number, make(number)) }
                line.ended()
            }
            thread.start()
        }
        for number in 0..<count { emit(line.take(number)) }
        line.waitForMakers()
    }

    /// Lowers the calling maker thread's scheduling priority a little (its nice value 5 above the one it inherited from
    /// the writer, at most 19) on Linux, where the nice value is a thread's own: the thread that writes and hashes the
    /// texts in order then gets a core whenever it has work. With equal priorities two makers and the writer share two
    /// cores a third each; the writer, short of the pace it needs, falls behind, the makers fill their window ahead and
    /// sleep, and a core idles while the writer catches up (perf timelines of 100k findings: the cores 72-82 % busy
    /// while report.json was written). Failing to lower it changes nothing but that.
    static func yieldToTheWriter() {
        #if os(Linux)
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            errno = 0
            let inherited = getpriority(which, 0)
            guard errno == 0 else { return }
            _ = setpriority(which, 0, min(19, inherited + 5))
        #endif
    }

    /// Whether a finding belongs in `suppressedWithoutDecision`: suppressed, and no acceptance covers it.
    static func isSuppressedWithoutDecision(_ scored: ScoredFinding) -> Bool {
        scored.bucket == .suppressed && scored.acceptanceId == nil
    }

    /// The encoder every part is written with.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// Encoder output as visible text.
    static func text(_ data: Data) -> String {
        VisibleText.escapedJSON(String(decoding: data, as: UTF8.self))
    }

    /// The report.json value of a document.
    /// - Parameters:
    ///   - document: the scored report with its trend and context, as every format receives it.
    ///   - english: the English wording of messages (report.json's texts are English in every edition).
    ///   - withFindings: whether `findings` holds the findings and `ecr.images` the image scans (else they are
    ///     empty, to be filled in batches).
    /// - Returns: the value to encode.
    static func report(_ document: ReportDocument, english: Phrasebook, withFindings: Bool = true) -> JSONReport {
        let report = document.report
        let reconciliation = report.reconciliation
        var buckets = [
            "records": reconciliation.records, "duplicates": reconciliation.duplicates,
            "skipped": reconciliation.skipped, "evidence": reconciliation.evidence,
            "unreadable": reconciliation.unreadable,
        ]
        for bucket in FindingBucket.allCases { buckets[bucket.rawValue] = reconciliation.buckets[bucket] ?? 0 }
        return JSONReport(
            asOf: report.asOf.description,
            period: report.period,
            generator: .init(name: "posture", version: document.context.toolVersion),
            edition: document.context.edition.rawValue,
            language: document.context.language,
            scores: .init(report),
            scoreDetail: .init(report.overall),
            otherChecks: report.otherChecks.map(JSONReport.ToolChecks.init),
            layers: report.layers.sorted { $0.layer < $1.layer }.map { layer in
                JSONLayer(
                    layer: layer.layer.description,
                    score: Nullable(layer.controls.securityHubScore?.percentOneDecimal),
                    scoreWithAcceptances: Nullable(layer.controls.withAcceptancesScore?.percentOneDecimal),
                    controls: layer.controls,
                    openFindings: layer.openFindings,
                    acceptedFindings: layer.acceptedFindings
                )
            },
            environments: report.environments.map { environment in
                JSONEnvironment(
                    name: environment.name,
                    environment: environment.environment,
                    accountId: environment.accountId,
                    score: Nullable(environment.controls.securityHubScore?.percentOneDecimal),
                    scoreWithAcceptances: Nullable(environment.controls.withAcceptancesScore?.percentOneDecimal),
                    mapped: environment.mapped,
                    controls: environment.controls,
                    openFindings: environment.openFindings,
                    acceptedFindings: environment.acceptedFindings
                )
            },
            controls: report.controls.map { control in
                JSONControl(
                    controlId: control.controlId,
                    title: control.title,
                    severity: control.severity,
                    layer: control.layer.description,
                    state: control.state,
                    failingAccounts: control.failingAccounts,
                    failingResources: control.failingResources,
                    findings: control.findings,
                    acceptanceIds: control.acceptanceIds,
                    remediationUrl: Nullable(control.remediationURL)
                )
            },
            findings: withFindings ? report.findings.map { JSONFinding($0, english: english) } : [],
            inputs: report.inputs.map { input in
                JSONInput(
                    path: input.path,
                    sha256: input.sha256,
                    bytes: input.bytes,
                    format: Nullable(input.format?.rawValue),
                    formats: input.formats.map(\.rawValue),
                    records: input.records,
                    skipped: input.skipped,
                    partial: input.partial
                )
            },
            reconciliation: buckets,
            acceptances: report.acceptances.map { result in
                let acceptance = result.acceptance
                return JSONAcceptance(
                    id: acceptance.id,
                    status: result.status,
                    matched: result.matched,
                    expiresOn: acceptance.expiresOn,
                    acceptedOn: acceptance.acceptedOn,
                    owner: acceptance.owner,
                    approvedBy: acceptance.approvedBy,
                    reason: acceptance.reason,
                    ticket: Nullable(acceptance.ticket),
                    match: acceptance.match,
                    controls: result.controls,
                    layers: result.layers.map(\.description),
                    environments: result.environments,
                    daysToExpiry: result.daysToExpiry,
                    warnings: result.warnings.map { english.text($0) },
                    warningMessages: result.warnings
                )
            },
            suppressedWithoutDecision: withFindings
                ? report.findings.filter(isSuppressedWithoutDecision).map(JSONSuppressed.init) : [],
            trend: JSONTrend(
                periods: ChartData.allPeriods(document: document).map { period in
                    JSONTrend.Period(
                        period: period.period,
                        asOf: period.asOf,
                        scores: .init(period.overall),
                        openFindings: period.openFindings,
                        acceptedFindings: period.acceptedFindings,
                        layers: period.layers.mapValues(JSONTrend.LayerScores.init),
                        standards: period.standards.mapValues(JSONReport.Scores.init)
                    )
                },
                changes: Nullable(document.trend.changes.map { JSONPeriodChanges($0, withBreaches: withFindings) })
            ),
            diagnostics: report.diagnostics.map { JSONDiagnostic($0, english: english) },
            ecr: Nullable(
                withFindings
                    ? JSONECR.make(report.frontDoor, asOf: report.asOf)
                    : report.frontDoor.images.isEmpty ? nil : JSONECR(images: [])
            ),
            waf: Nullable(JSONWAF.make(report.frontDoor, english: english)),
            frameworks: JSONFrameworks(report.frameworks, asOf: report.asOf)
        )
    }
}

/// An element of a list report.json writes without `JSONEncoder`, byte for byte as the encoder (sorted keys,
/// pretty-printed, slashes unescaped) writes it (`JSONReportWriterTests` holds the two side by side).
protocol HandWrittenJSON: Encodable, Sendable {
    /// Writes the element's object; its first line is already indented, its members go at `indent` plus two
    /// spaces and its closing brace at `indent`.
    func write(to writer: inout JSONFindingWriter, indent: String)
}

extension JSONSuppressed: HandWrittenJSON {
    func write(to writer: inout JSONFindingWriter, indent: String) {
        let pad = indent + "  "
        writer.raw("{\n")
        writer.member(pad, "controlId", controlId.value)
        writer.member(pad, "environment", environment)
        writer.member(pad, "id", id)
        writer.member(pad, "identity", identity)
        writer.member(pad, "layer", layer)
        writer.member(pad, "note", note.value)
        writer.member(pad, "noteUpdatedBy", noteUpdatedBy.value)
        writer.member(pad, "title", title, last: true)
        writer.raw(indent + "}")
    }
}

extension JSONPeriodChanges.Breach: HandWrittenJSON {
    func write(to writer: inout JSONFindingWriter, indent: String) {
        let pad = indent + "  "
        writer.raw("{\n")
        writer.member(pad, "ageDays", number: ageDays)
        writer.member(pad, "identity", identity)
        writer.member(pad, "layer", layer)
        writer.member(pad, "overdueDays", number: overdueDays)
        writer.member(pad, "severity", severity.rawValue)
        writer.member(pad, "slaDays", number: slaDays, last: true)
        writer.raw(indent + "}")
    }
}

/// A list of report.json left empty in the encoded skeleton and written into it in batches.
struct SplicedList: Sendable {
    /// The member's key.
    let key: String
    /// How deep the member's key is (1 for a top-level member).
    let depth: Int
    /// Emits the elements' text: each element indented one level below the key, separated by `,\n`.
    let write: @Sendable ((String) -> Void) -> Void

    init(key: String, depth: Int, write: @escaping @Sendable ((String) -> Void) -> Void) {
        self.key = key
        self.depth = depth
        self.write = write
    }

    /// Writes `count` elements, each made by `element` from its position when its batch is written (so the
    /// list is never in memory whole), as the pretty-printing encoder would lay them out at the member's depth.
    /// Batches are a pure function of their number, so they are made on every core, a round ahead, and
    /// emitted in order.
    init<Element: HandWrittenJSON>(
        key: String,
        depth: Int,
        count: Int,
        batchSize: Int,
        element: @escaping @Sendable (Int) -> Element
    ) {
        let indent = String(repeating: "  ", count: depth + 1)
        let size = max(1, batchSize)
        let batch: @Sendable (Int) -> String = { number in
            var writer = JSONFindingWriter()
            for index in number * size..<min(number * size + size, count) {
                writer.raw(index == 0 ? indent : ",\n" + indent)
                element(index).write(to: &writer, indent: indent)
            }
            return writer.visibleText
        }
        self.init(key: key, depth: depth) { emit in
            JSONReportWriter.madeAhead((count + size - 1) / size, batch, emit: emit)
        }
    }

    /// The empty array the encoder writes for the member.
    var emptyMarker: String {
        let indent = String(repeating: "  ", count: depth)
        return "\n\(indent)\"\(key)\" : [\n\n\(indent)]"
    }

    /// What goes before the elements: the key and the opening bracket.
    var opening: String { "\n\(String(repeating: "  ", count: depth))\"\(key)\" : [\n" }

    /// What goes after the elements: the closing bracket on its own line.
    var closing: String { "\n\(String(repeating: "  ", count: depth))]" }
}

/// The hand-over between the threads that make numbered texts and the one that takes them in order (`madeAhead`):
/// numbers are handed out in order, at most `ahead` past the next one to be taken.
///
/// Every field is read and written under `condition`'s lock.
private final class MadeInOrder: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let ahead: Int
    /// The next number to hand to a maker, and the next one the taker takes.
    private var nextMade = 0
    private var nextTaken = 0
    /// Made and not yet taken, by number.
    private var made: [Int: String] = [:]
    private var makers = 0

    init(count: Int, ahead: Int) {
        self.count = count
        self.ahead = max(1, ahead)
    }

    /// A maker starts (called before its thread does).
    func started() {
        condition.lock()
        defer { condition.unlock() }
        makers += 1
    }

    /// The next number to make, once it is within `ahead` of the next one taken; `nil` when every number was handed out.
    func nextToMake() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextMade < count && nextMade - nextTaken >= ahead { condition.wait() }
        guard nextMade < count else { return nil }
        nextMade += 1
        return nextMade - 1
    }

    /// Hands a made text over.
    func made(_ number: Int, _ text: String) {
        condition.lock()
        defer { condition.unlock() }
        made[number] = text
        condition.broadcast()
    }

    /// A maker is done.
    func ended() {
        condition.lock()
        defer { condition.unlock() }
        makers -= 1
        condition.broadcast()
    }

    /// The text of `number` (the next in order), once made.
    func take(_ number: Int) -> String {
        condition.lock()
        defer { condition.unlock() }
        while made[number] == nil { condition.wait() }
        nextTaken = number + 1
        condition.broadcast()
        return made.removeValue(forKey: number) ?? ""
    }

    /// Waits until every maker's thread is done.
    func waitForMakers() {
        condition.lock()
        defer { condition.unlock() }
        while makers > 0 { condition.wait() }
    }
}
