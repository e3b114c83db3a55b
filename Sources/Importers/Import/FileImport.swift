import Foundation
import ReportModel

/// What one input file yielded.
struct FileResult: Sendable {
    /// The ledger entry.
    var input: InputFile
    /// Record counts per format.
    var formatCounts: [InputFormat: Int]
    /// The file's findings, de-duplicated within the file.
    var findings: FindingSet
    /// Records that were not findings or evidence.
    var skipped: [SkippedRecord]
    /// Diagnostics, rendered with the file and location.
    var diagnostics: [Diagnostic]
    /// ECR scan and WAF configuration and sampled-traffic evidence from this file.
    var frontDoor: FrontDoorEvidence
    /// What the families carry on to the next file (WAF log lines de-duplicate across files).
    var carried: CrossFileState
    /// Evidence records that were copies of one already read: counted as duplicates, not evidence.
    var evidenceDuplicates = 0
}

/// Reads one input file: streams it, splits it into records, classifies and maps each.
struct FileImport {
    let path: String
    let options: ImportOptions
    var records = 0
    var recognized = 0
    var evidence = 0
    var partial = false
    var formatCounts: [InputFormat: Int] = [:]
    var findings = FindingSet()
    var skipped: [SkippedRecord] = []
    var unreadable = 0
    /// Evidence records dropped as copies of a record already read (here or in an earlier file).
    var evidenceDuplicates = 0
    var pending: [(base: RecordPath, path: String, diagnostic: FieldDiagnostic)] = []
    var firstProblem: (position: TextPosition, reason: Message)?
    /// Image scans, web ACLs and traffic read so far, merged by key when the file is finished.
    var pendingImages: [ImageScanEvidence] = []
    var pendingWebACLs: [WebACLEvidence] = []
    var pendingTraffic: [WAFTrafficEvidence] = []
    var frontDoorDiagnostics: [Diagnostic] = []
    var carried: CrossFileState
    /// Values read from the splitter: records cut out, strings truncated and where the first was.
    var recordsSplit = 0
    var truncatedStrings = 0
    var firstTruncation: TextPosition?
    var diagnosticsNotKept = 0
    var frontDoorDiagnosticsSeen = 0
    var reasons: Set<Message> = []
    let decoder = JSONDecoder()
    /// Reads ASFF and OCSF findings and WAF log lines without `JSONDecoder` when they can read them exactly alike.
    var fastReaders = FastRecordReaders()
    /// Keeps one copy of what the file's findings repeat.
    var sharing = FindingSharing()

    /// Imports one source.
    /// - Parameters:
    ///   - source: a file, or stdin's bytes, with the name the ledger and diagnostics show.
    ///   - options: limits, `--skip-invalid`, and the progress counter it reports records to.
    ///   - carried: what the families carried from earlier files.
    /// - Returns: what the file yielded.
    /// - Throws: `ImportError` for unreadable, empty, invalid or unrecognised input.
    static func run(
        _ source: InputSource,
        options: ImportOptions,
        carried: CrossFileState = CrossFileState()
    ) throws(ImportError) -> FileResult {
        if options.workers > 1 { return try runPipelined(source, options: options, carried: carried) }
        var session = FileImport(path: source.path, options: options, carried: carried)
        session.fastReaders.enabled = options.fastReaders
        var splitter = JSONValueSplitter(file: source.path, limits: options.limits)
        var bytes = 0
        let digest = try SourceReader(limits: options.limits).read(source) { (text: [UInt8]) throws(ImportError) in
            try splitter.feed(text) { (event: SplitEvent) throws(ImportError) in try session.handle(event) }
            bytes += text.count
            options.progress?(
                ImportProgress(stage: .reading, path: source.path, bytes: bytes, records: session.recordsSplit)
            )
        }
        try splitter.finish { (event: SplitEvent) throws(ImportError) in try session.handle(event) }
        guard splitter.topValues > 0 else { throw .emptyInput(file: source.path) }
        return try session.finish(digest: digest, singleValue: splitter.topValues == 1)
    }

    /// Handles one splitter event, decoding a record here.
    mutating func handle(_ event: SplitEvent) throws(ImportError) {
        if case .record(let raw) = event {
            return try handleRecord(raw, decoded: nil)
        }
        try handleOther(event)
    }

    /// Handles one splitter event whose record, if any, was decoded ahead (on another thread).
    mutating func handle(_ event: PreparedEvent) throws(ImportError) {
        switch event {
        case .record(let raw, let decoded): try handleRecord(raw, decoded: decoded)
        case .other(let other): try handleOther(other)
        }
    }

    /// Decodes one record, independently of every other: the fast ASFF, OCSF, WAF log, ECR scan and Inspector2 readers, else `JSONDecoder`.
    /// - Parameters:
    ///   - raw: the record as the splitter cut it out.
    ///   - file: the input's path, where a finding is mapped ahead.
    ///   - reader: the fast readers (they keep repeating strings once).
    ///   - decoder: the general decoder.
    /// - Returns: the classified record, `.notJSON`, or `.problem` for a record the splitter marked.
    static func decode(
        _ raw: RawRecord,
        file: String,
        reader: inout FastRecordReaders,
        decoder: JSONDecoder
    ) -> PreDecoded {
        if raw.problem != nil { return .problem }
        let kind: ClassifiedRecord.Kind
        // No problem: the splitter checked every byte beyond ASCII in the record.
        if let fast = reader.kind(raw.bytes, utf8Checked: true) {
            kind = fast
        } else {
            do {
                kind = try decoder.decode(ClassifiedRecord.self, from: Data(raw.bytes)).kind
            } catch {
                return .notJSON
            }
        }
        // A finding is mapped here, where the record was decoded (a decoding thread when the file is read
        // on several); what comes before it in the file does not change it.
        guard case .record(let record) = kind else { return .kind(kind) }
        return .kind(.record(record.readAhead(file: file, position: raw.position)))
    }

    /// Counts, checks and accepts one record, decoded ahead or (when `decoded` is nil) here once the limits pass.
    private mutating func handleRecord(_ raw: RawRecord, decoded: PreDecoded?) throws(ImportError) {
        recordsSplit += 1
        guard recordsSplit <= options.limits.recordsPerFile else {
            throw .limitExceeded(
                file: path,
                location: "\(raw.position)",
                limit: Message(.tooManyRecords, ["count": .number(options.limits.recordsPerFile)]),
                option: "--max-records"
            )
        }
        if let problem = raw.problem {
            return try unreadable(problem.reason, base: raw.path, path: "", position: problem.position)
        }
        switch decoded ?? Self.decode(raw, file: path, reader: &fastReaders, decoder: decoder) {
        case .kind(let kind):
            try accept(kind, bytes: raw.bytes, base: raw.path, path: "", position: raw.position)
        case .notJSON, .problem:
            try unreadable(Message(.notJSONText), base: raw.path, path: "", position: raw.position)
        }
    }

    /// Handles a splitter event that is not a record.
    private mutating func handleOther(_ event: SplitEvent) throws(ImportError) {
        switch event {
        case .record(let raw):
            try handleRecord(raw, decoded: nil)
        case .wrapperEnd(let remainder, _):
            if (try? decoder.decode(KeyList.self, from: Data(remainder)))?.morePages == true { markPartial() }
        case .truncated(let position, _):
            truncatedStrings += 1
            if firstTruncation == nil { firstTruncation = position }
        }
    }

    private mutating func markPartial() {
        partial = true
    }

    /// Counts and maps one classified record (recursing into envelopes).
    mutating func accept(
        _ kind: ClassifiedRecord.Kind,
        bytes: [UInt8],
        base: RecordPath,
        path: String,
        position: TextPosition
    ) throws(ImportError) {
        switch kind {
        case .record(let record):
            try acceptRecord(record, bytes: bytes, base: base, path: path, position: position)
        case .nested(let prefix, let nested, let isPartial):
            if isPartial { markPartial() }
            for (index, record) in nested.enumerated() {
                try accept(
                    record.kind,
                    bytes: bytes,
                    base: base,
                    path: Self.join(path, "\(prefix)[\(index)]"),
                    position: position
                )
            }
        case .messages(let prefix, let messages):
            for (index, message) in messages.enumerated() {
                let messagePath = Self.join(path, prefix.isEmpty ? "message" : "\(prefix)[\(index)].message")
                try acceptMessage(message, base: base, path: messagePath, position: position)
            }
        case .empty:
            break
        case .ignored(let reason):
            skip(reason, base: base, path: path, position: position, level: .note)
        case .malformed(let format, let reason):
            try unreadable(
                Message(.invalidRecordOf, ["format": .text(format.rawValue), "reason": .message(reason)]),
                base: base,
                path: path,
                position: position
            )
        case .unknown(let reason):
            skip(reason, base: base, path: path, position: position, level: .warning)
        }
    }

    /// Parses a CloudWatch `message` string as JSON records and accepts each.
    private mutating func acceptMessage(
        _ message: String?,
        base: RecordPath,
        path: String,
        position: TextPosition
    ) throws(ImportError) {
        guard let message else {
            return skip(Message(.logEventWithoutMessage), base: base, path: path, position: position, level: .warning)
        }
        var splitter = JSONValueSplitter(file: path, limits: options.limits)
        var raws: [RawRecord] = []
        do throws(ImportError) {
            let collect: (SplitEvent) throws(ImportError) -> Void = { event in
                if case .record(let raw) = event { raws.append(raw) }
            }
            try splitter.feed(Array(message.utf8), emit: collect)
            try splitter.finish(emit: collect)
        } catch {
            return try unreadable(Message(.logMessageNotJSON), base: base, path: path, position: position)
        }
        for (index, raw) in raws.enumerated() {
            let sub = raws.count == 1 ? path : Self.join(path, "[\(index)]")
            // The one decode step of a line of a file: a WAF log line delivered through CloudWatch Logs
            // takes the fast path too.
            guard case .kind(let kind) = Self.decode(raw, file: path, reader: &fastReaders, decoder: decoder) else {
                try unreadable(Message(.logMessageNotJSON), base: base, path: sub, position: position)
                continue
            }
            try accept(kind, bytes: raw.bytes, base: base, path: sub, position: position)
        }
    }

    /// Counts a record as skipped, with a diagnostic.
    mutating func skip(
        _ reason: Message,
        base: RecordPath,
        path: String,
        position: TextPosition,
        level: Diagnostic.Level
    ) {
        // Millions of records skipped for the same reason share one stored message.
        let shared = reasons.insert(reason).memberAfterInsert
        skipped.append(SkippedRecord(origin: RecordOrigin(file: self.path, record: records), reason: shared))
        records += 1
        if firstProblem == nil { firstProblem = (position, reason) }
        keep(
            (
                base, path,
                FieldDiagnostic(level: level, path: "", message: reason)
            )
        )
    }

    /// The most record diagnostics kept per file: a file of millions of broken records must not
    /// grow memory or the report without bound; the rest are counted in one summary warning.
    static let diagnosticsPerFile = 1000

    /// Keeps a record diagnostic, or counts it once the per-file cap is reached.
    mutating func keep(_ entry: (base: RecordPath, path: String, diagnostic: FieldDiagnostic)) {
        if pending.count < Self.diagnosticsPerFile {
            pending.append(entry)
        } else {
            diagnosticsNotKept += 1
        }
    }

    /// A record that cannot be read: an input error naming the file position, or with `skipInvalid`
    /// a skipped record counted as unreadable, with a warning.
    /// - Throws: `ImportError.unreadableRecord` unless `skipInvalid` is set.
    mutating func unreadable(
        _ reason: Message,
        base: RecordPath,
        path: String,
        position: TextPosition
    ) throws(ImportError) {
        guard options.skipInvalid else {
            let record = Self.join(base.rendered(singleValue: base == .topLevel(0)), path)
            throw .unreadableRecord(file: self.path, position: position, record: record, reason: reason)
        }
        skipped.append(
            SkippedRecord(origin: RecordOrigin(file: self.path, record: records), reason: reason, unreadable: true)
        )
        records += 1
        unreadable += 1
        if firstProblem == nil { firstProblem = (position, reason) }
        pending.append(
            (
                base, path,
                FieldDiagnostic(
                    level: .warning,
                    path: "",
                    message: Message(
                        .unreadableRecordSkipped,
                        [
                            "line": .number(position.line), "column": .number(position.column),
                            "reason": .message(reason),
                        ]
                    )
                )
            )
        )
    }

    /// Joins JSON path parts: `a` + `b[0]` → `a.b[0]`; `a` + `[0]` → `a[0]`.
    static func join(_ head: String, _ tail: String) -> String {
        if head.isEmpty { return tail }
        if tail.isEmpty { return head }
        return tail.hasPrefix("[") ? head + tail : head + "." + tail
    }
}

/// The member names of a JSON object, values ignored.
struct KeyList: Decodable {
    /// Whether a page token says more pages follow: `NextToken` or `nextToken` holding a
    /// non-empty string (null or "" is what a last page may carry).
    var morePages: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        morePages = ["NextToken", "nextToken"].contains { key in
            guard let token = try? container.decodeIfPresent(String.self, forKey: AnyCodingKey(key)) else {
                return false
            }
            return !token.isEmpty
        }
    }
}
