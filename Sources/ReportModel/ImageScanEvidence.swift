public import Foundation

/// The result of one ECR image scan: which image, when, and what it found.
///
/// Built from `describe-image-scan-findings` (one page at a time) or from the EventBridge
/// "ECR Image Scan" event (counts only). Two records about the same image (same registry,
/// repository and digest) merge: the later scan wins; pages of the same scan add their findings.
/// `findingSeverityCounts` is a per-image summary repeated on every page, so it is never summed.
public struct ImageScanEvidence: Sendable, Equatable, Codable {
    /// Basic (ECR's own) or enhanced (Amazon Inspector) scanning.
    public enum ScanType: String, Sendable, Codable, Hashable, CaseIterable {
        /// Basic scanning: CVE findings without ids, no fix or exploit data.
        case basic
        /// Enhanced scanning: Inspector findings with ARNs, fix and exploit availability.
        case enhanced
    }

    /// The registry (account) id, as text.
    public var registryId: String
    /// The region, when the input says (the event does; `describe-image-scan-findings` does not).
    public var region: String?
    /// The repository name, e.g. `shop/api`.
    public var repository: String
    /// The image digest, `sha256:…`.
    public var imageDigest: String
    /// The image tags, sorted.
    public var imageTags: [String]
    /// Basic or enhanced.
    public var scanType: ScanType
    /// `imageScanStatus.status` (`COMPLETE`, `ACTIVE`, `FAILED`, …) or the event's `scan-status`.
    public var scanStatus: String?
    /// `imageScanStatus.description`, free text.
    public var scanStatusDescription: String?
    /// When the scan completed (the event's `time` for EventBridge input).
    public var scanCompletedAt: Date?
    /// When the vulnerability database was last updated before the scan.
    public var vulnerabilitySourceUpdatedAt: Date?
    /// `findingSeverityCounts` exactly as reported, any key (`UNDEFINED`, `UNTRIAGED` included).
    public var reportedSeverityCounts: [String: Int]
    /// Whether a page said more followed (`nextToken`): the findings may be incomplete.
    public var partial: Bool
    /// Where the (winning) record was read.
    public var origin: RecordOrigin
    /// The findings read from the scan's pages, worst first; empty for the event.
    public private(set) var findings: [ImageScanFinding]
    /// Open findings (basic, or enhanced `ACTIVE`) counted by normalised severity.
    public private(set) var countedSeverities: SeverityCounts
    /// Open findings with a fix available (`YES` or `PARTIAL`).
    public private(set) var fixAvailableCount: Int
    /// Open findings with a known exploit (`YES`).
    public private(set) var exploitAvailableCount: Int
    /// The earliest `firstObservedAt` among open findings: the input for the oldest finding's age.
    public private(set) var oldestFirstObservedAt: Date?

    /// Creates scan evidence; every argument sets the property of the same name, except that the tags are de-duplicated
    /// and sorted, and `findings` go through `replaceFindings(_:)`, which derives the counts.
    public init(
        registryId: String,
        region: String? = nil,
        repository: String,
        imageDigest: String,
        imageTags: [String] = [],
        scanType: ScanType,
        scanStatus: String? = nil,
        scanStatusDescription: String? = nil,
        scanCompletedAt: Date? = nil,
        vulnerabilitySourceUpdatedAt: Date? = nil,
        reportedSeverityCounts: [String: Int] = [:],
        findings: [ImageScanFinding] = [],
        partial: Bool = false,
        origin: RecordOrigin
    ) {
        self.registryId = registryId
        self.region = region
        self.repository = repository
        self.imageDigest = imageDigest
        self.imageTags = Array(Set(imageTags)).sorted()
        self.scanType = scanType
        self.scanStatus = scanStatus
        self.scanStatusDescription = scanStatusDescription
        self.scanCompletedAt = scanCompletedAt
        self.vulnerabilitySourceUpdatedAt = vulnerabilitySourceUpdatedAt
        self.reportedSeverityCounts = reportedSeverityCounts
        self.partial = partial
        self.origin = origin
        self.findings = []
        self.countedSeverities = SeverityCounts(Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) }))
        self.fixAvailableCount = 0
        self.exploitAvailableCount = 0
        self.oldestFirstObservedAt = nil
        replaceFindings(findings)
    }

    /// The image key: registry, repository and digest.
    public var imageKey: String { "\(registryId)|\(repository)|\(imageDigest)" }

    /// The sum of `reportedSeverityCounts` (one page's summary, never added across pages).
    public var reportedTotal: Int { reportedSeverityCounts.values.reduce(0, Int.saturatingSum) }

    /// Replaces the findings, keeping one per identity (the last given wins), and recounts.
    public mutating func replaceFindings(_ newFindings: [ImageScanFinding]) {
        var byIdentity: [FindingIdentity: ImageScanFinding] = [:]
        for finding in newFindings { byIdentity[finding.identityKey] = finding }
        findings = byIdentity.values.sorted(by: ImageScanFinding.reportOrder)
        let open = findings.filter(\.isOpen)
        // Every severity present, zeros included, so a decoded copy compares equal.
        var counts = SeverityCounts(Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) }))
        for finding in open { counts.add(finding.severity) }
        countedSeverities = counts
        fixAvailableCount = open.filter(\.hasFix).count
        exploitAvailableCount = open.filter(\.hasExploit).count
        oldestFirstObservedAt = open.compactMap(\.firstObservedAt).min()
    }
}
