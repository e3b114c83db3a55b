public import Foundation

/// One vulnerability of an image scan, reduced to what image-level evidence needs.
///
/// The full record is a ``Finding`` with the same ``identity``; this summary keeps the fields the
/// report counts per image (severity, fix and exploit availability, age).
public struct ImageScanFinding: Sendable, Equatable, Hashable, Codable {
    /// The same key as the matching ``Finding/identity`` (`ecr|…` for basic, `inspector|<arn>` for enhanced).
    public var identity: String {
        get { identityKey.text }
        set { identityKey = FindingIdentity(newValue) }
    }
    /// The identity as stored, in parts that share the matching finding's (`FindingIdentity`).
    public var identityKey: FindingIdentity
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
        self.init(
            identityKey: FindingIdentity(identity),
            vulnerabilityId: vulnerabilityId,
            packageName: packageName,
            packageVersion: packageVersion,
            severity: severity,
            reportedSeverity: reportedSeverity,
            status: status,
            fixAvailable: fixAvailable,
            exploitAvailable: exploitAvailable,
            firstObservedAt: firstObservedAt
        )
    }

    /// Creates a summary of an identity kept in parts; every argument sets the property of the same name.
    public init(
        identityKey: FindingIdentity,
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
        self.identityKey = identityKey
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
        if lhs.severity.rank != rhs.severity.rank { return lhs.severity.rank > rhs.severity.rank }
        if lhs.vulnerabilityId != rhs.vulnerabilityId { return lhs.vulnerabilityId < rhs.vulnerabilityId }
        return lhs.identityKey < rhs.identityKey
    }

    /// The member names of the JSON form, as the synthesized conformance named them.
    private enum CodingKeys: String, CodingKey {
        case identity, vulnerabilityId, packageName, packageVersion, severity, reportedSeverity, status
        case fixAvailable, exploitAvailable, firstObservedAt
    }

    /// Decodes a summary as the synthesized conformance did (the identity as one string).
    /// - Throws: what the decoder throws for a missing or mistyped member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            identity: try container.decode(String.self, forKey: .identity),
            vulnerabilityId: try container.decode(String.self, forKey: .vulnerabilityId),
            packageName: try container.decodeIfPresent(String.self, forKey: .packageName),
            packageVersion: try container.decodeIfPresent(String.self, forKey: .packageVersion),
            severity: try container.decode(Severity.self, forKey: .severity),
            reportedSeverity: try container.decode(String.self, forKey: .reportedSeverity),
            status: try container.decodeIfPresent(String.self, forKey: .status),
            fixAvailable: try container.decodeIfPresent(String.self, forKey: .fixAvailable),
            exploitAvailable: try container.decodeIfPresent(String.self, forKey: .exploitAvailable),
            firstObservedAt: try container.decodeIfPresent(Date.self, forKey: .firstObservedAt)
        )
    }

    /// Encodes a summary as the synthesized conformance did.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(identity, forKey: .identity)
        try container.encode(vulnerabilityId, forKey: .vulnerabilityId)
        try container.encodeIfPresent(packageName, forKey: .packageName)
        try container.encodeIfPresent(packageVersion, forKey: .packageVersion)
        try container.encode(severity, forKey: .severity)
        try container.encode(reportedSeverity, forKey: .reportedSeverity)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(fixAvailable, forKey: .fixAvailable)
        try container.encodeIfPresent(exploitAvailable, forKey: .exploitAvailable)
        try container.encodeIfPresent(firstObservedAt, forKey: .firstObservedAt)
    }
}
