import ReportModel

/// One scanned image: which scan, what it found by severity, and how old the oldest open finding is.
struct ImageScanRowView {
    /// The repository, escaped.
    let repository: String
    /// The digest, shortened to `sha256:` and 12 hex digits, escaped.
    let digest: String
    /// The tags, escaped and joined, or `—`.
    let tags: String
    /// `Basic` / `Enhanced (Inspector)`.
    let scanType: String
    /// The scan status, escaped, with `partial` when pages are missing.
    let status: String
    /// The completion time, ISO 8601, or `—`.
    let completed: String
    /// Open findings counted from the scan's findings, worst first.
    let critical: String
    let high: String
    let medium: String
    let low: String
    let informational: String
    /// The scan's own `findingSeverityCounts`, as given: `CRITICAL 1, HIGH 3`.
    let reported: String
    /// Open findings with a fix available.
    let fixAvailable: String
    /// Open findings with a known exploit.
    let exploitAvailable: String
    /// The oldest open finding's age on the as-of date, or `—`.
    let oldest: String

    /// Builds the row of one image scan, its age counted to `asOf`, the report's as-of date.
    /// - Throws: `RenderError.missingString`.
    init(image: ImageScanEvidence, asOf: ReportDate, format: ReportFormatter) throws(RenderError) {
        let strings = format.strings
        repository = format.escape(image.repository)
        digest = format.escape(Self.shortDigest(image.imageDigest))
        tags = try format.list(image.imageTags)
        scanType = try strings.text("ecrScan_\(image.scanType.rawValue)")
        var status = format.escape(image.scanStatus ?? "—")
        if image.partial { status += " (\(try strings.text("partial")))" }
        self.status = status
        completed = image.scanCompletedAt.map(JSONFinding.timestamp) ?? "—"
        let counts = image.countedSeverities
        critical = String(counts[.critical])
        high = String(counts[.high])
        medium = String(counts[.medium])
        low = String(counts[.low])
        informational = String(counts[.informational])
        reported = format.escape(Self.reportedText(image.reportedSeverityCounts))
        fixAvailable = Self.availability(image.fixAvailableCount, image.scanType)
        exploitAvailable = Self.availability(image.exploitAvailableCount, image.scanType)
        oldest = try format.age(Self.oldestAgeDays(image, asOf: asOf))
    }

    /// The oldest open finding's age in days on the as-of date (never negative).
    /// - Returns: the days, or `nil` when the scan does not say when findings were first seen.
    static func oldestAgeDays(_ image: ImageScanEvidence, asOf: ReportDate) -> Int? {
        image.oldestFirstObservedAt.map { max(0, ReportDate($0).days(until: asOf)) }
    }

    /// `findingSeverityCounts` as text, known severities worst first, then other keys by name.
    /// - Parameter counts: the counts as reported.
    /// - Returns: `CRITICAL 1, HIGH 3`, or `—`.
    static func reportedText(_ counts: [String: Int]) -> String {
        guard !counts.isEmpty else { return "—" }
        let order = Severity.worstFirst.map(\.rawValue)
        return counts.sorted {
            (order.firstIndex(of: $0.key) ?? order.count, $0.key) < (
                order.firstIndex(of: $1.key) ?? order.count, $1.key
            )
        }
        .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
    }

    private static func shortDigest(_ digest: String) -> String {
        guard digest.hasPrefix("sha256:"), digest.count > 19 else { return digest }
        return String(digest.prefix(19)) + "…"
    }

    /// Basic scans carry no fix or exploit data: `—` rather than a misleading 0.
    private static func availability(_ count: Int, _ type: ImageScanEvidence.ScanType) -> String {
        type == .basic ? "—" : String(count)
    }
}
