/// What was read from one input file: the provenance line of the report.
public struct InputFile: Sendable, Equatable, Codable {
    /// The path as the user gave it (`-` for stdin).
    public var path: String
    /// SHA-256 of the file's bytes as stored (before any gunzip), lowercase hex.
    public var sha256: String
    /// Size in bytes as stored.
    public var bytes: Int
    /// The main format found in the file (the most frequent one; ties by declaration order).
    public var format: InputFormat?
    /// Every format found in the file, sorted.
    public var formats: [InputFormat]
    /// Records read from the file: findings, log lines, configurations and skipped records alike.
    public var records: Int
    /// Records that were not findings or evidence of a known family.
    public var skipped: Int
    /// Records that are evidence, not findings (WAF configuration and requests, scan summaries).
    public var evidenceRecords: Int
    /// Whether the export says it is partial (a non-empty `NextToken`: more pages follow).
    public var partial: Bool
    /// Records that could not be read and were left out under `--skip-invalid` (part of `skipped`).
    public var unreadable: Int = 0
    /// Why the whole file could not be read, when `--skip-invalid` left it out; `nil` for a read file.
    public var unreadableReason: Message?

    /// Creates an input file entry; every argument sets the property of the same name, except `formats`, the formats
    /// found with their record counts: the most frequent becomes `format`, and `formats` keeps them sorted.
    public init(
        path: String,
        sha256: String,
        bytes: Int,
        formats: [InputFormat: Int] = [:],
        records: Int,
        skipped: Int = 0,
        evidenceRecords: Int = 0,
        partial: Bool = false
    ) {
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.format = formats.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        self.formats = formats.keys.sorted()
        self.records = records
        self.skipped = skipped
        self.evidenceRecords = evidenceRecords
        self.partial = partial
    }
}

/// A record that was read but is not a finding or evidence of a known family.
public struct SkippedRecord: Sendable, Equatable, Codable {
    /// Where it was.
    public var origin: RecordOrigin
    /// Why it was skipped, e.g. `not a finding: top-level keys a, b, c`.
    public var reason: Message
    /// Whether the record could not be read (invalid text, wrong shape, no id) and was left out
    /// under `--skip-invalid`, rather than being readable but of no known family.
    public var unreadable: Bool

    /// Creates a skipped record; every argument sets the property of the same name.
    public init(origin: RecordOrigin, reason: Message, unreadable: Bool = false) {
        self.origin = origin
        self.reason = reason
        self.unreadable = unreadable
    }
}

/// Everything the import stage hands to scoring.
public struct ImportedData: Sendable, Equatable {
    /// Unique findings, the latest copy of each identity, in a stable order.
    public var findings: [Finding]
    /// One entry per input file, in input order.
    public var inputs: [InputFile]
    /// Records that were older copies of a finding also present later (same identity).
    public var duplicates: Int
    /// Records that were not findings of a known family.
    public var skipped: [SkippedRecord]
    /// Recoverable issues found on the way.
    public var diagnostics: [Diagnostic]
    /// Web front door evidence (ECR scans, WAF), when such inputs were given.
    public var frontDoor: FrontDoorEvidence

    /// Creates the import result; every argument sets the property of the same name.
    public init(
        findings: [Finding],
        inputs: [InputFile],
        duplicates: Int = 0,
        skipped: [SkippedRecord] = [],
        diagnostics: [Diagnostic] = [],
        frontDoor: FrontDoorEvidence = FrontDoorEvidence()
    ) {
        self.findings = findings
        self.inputs = inputs
        self.duplicates = duplicates
        self.skipped = skipped
        self.diagnostics = diagnostics
        self.frontDoor = frontDoor
    }

    /// Records read over all inputs.
    public var records: Int { inputs.reduce(0) { $0 + $1.records } }
}
