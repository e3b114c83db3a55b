public import Foundation

/// One vulnerability of an image scan, reduced to what image-level evidence needs.
///
/// The full record is a ``Finding`` with the same ``identity``; this summary keeps the fields the
/// report counts per image (severity, fix and exploit availability, age).
public struct ImageScanFinding: Sendable, Equatable, Hashable, Codable {
    /// The same key as the matching ``Finding/identity`` (`ecr|…` for basic, `inspector|<arn>` for enhanced).
    public var identity: String
    /// The CVE or other vulnerability id, e.g. `CVE-2023-44487`.
    public var vulnerabilityId: String
    /// The affected package, when the scan names it.
    public var packageName: String?
    /// The installed package version, when the scan names it.
    public var packageVersion: String?
    /// The normalised severity (UNDEFINED and UNTRIAGED become informational).
    public var severity: Severity
    /// The severity word exactly as the scan gave it.
    public var reportedSeverity: String
    /// Enhanced scans: `ACTIVE`, `SUPPRESSED` or `CLOSED`; basic scans have none.
    public var status: String?
    /// Enhanced scans: `YES`, `NO` or `PARTIAL`; basic scans do not say.
    public var fixAvailable: String?
    /// Enhanced scans: `YES` or `NO`; basic scans do not say.
    public var exploitAvailable: String?
    /// When the scanner first saw the vulnerability on this image (enhanced scans only).
    public var firstObservedAt: Date?

    /// Creates a summary; every argument sets the property of the same name.
    public init(
        identity: String,
        vulnerabilityId: String,
        packageName: String? = nil,
        packageVersion: String? = nil,
        severity: Severity,
        reportedSeverity: String,
        status: String? = nil,
        fixAvailable: String? = nil,
        exploitAvailable: String? = nil,
        firstObservedAt: Date? = nil
    ) {
        self.identity = identity
        self.vulnerabilityId = vulnerabilityId
        self.packageName = packageName
        self.packageVersion = packageVersion
        self.severity = severity
        self.reportedSeverity = reportedSeverity
        self.status = status
        self.fixAvailable = fixAvailable
        self.exploitAvailable = exploitAvailable
        self.firstObservedAt = firstObservedAt
    }

    /// Whether the finding counts as open: no status (basic scans) or `ACTIVE`.
    public var isOpen: Bool { status.map { $0.uppercased() == "ACTIVE" } ?? true }

    /// Whether a fix is available, fully or partly (`YES` or `PARTIAL`).
    public var hasFix: Bool { ["YES", "PARTIAL"].contains(fixAvailable?.uppercased() ?? "") }

    /// Whether a public exploit is known (`YES`).
    public var hasExploit: Bool { exploitAvailable?.uppercased() == "YES" }

    /// Orders worst first, then by vulnerability id and identity: a total order.
    /// - Returns: whether `lhs` sorts first.
    public static func reportOrder(_ lhs: ImageScanFinding, _ rhs: ImageScanFinding) -> Bool {
        (-lhs.severity.rank, lhs.vulnerabilityId, lhs.identity) < (
            -rhs.severity.rank, rhs.vulnerabilityId, rhs.identity
        )
    }
}
