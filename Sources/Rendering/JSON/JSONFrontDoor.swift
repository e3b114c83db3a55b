import ReportModel

/// The `ecr` section of report.json: one entry per scanned image, by repository.
struct JSONECR: Encodable, Sendable {
    let images: [JSONImageScan]

    /// The section, or `nil` when no image scan was read (report.json then has `"ecr": null`).
    /// - Parameters:
    ///   - evidence: the front door evidence; only its image scans are used.
    ///   - asOf: the as-of date, for ages.
    /// - Returns: the section.
    static func make(_ evidence: FrontDoorEvidence, asOf: ReportDate) -> JSONECR? {
        guard !evidence.images.isEmpty else { return nil }
        return JSONECR(images: evidence.images.map { JSONImageScan($0, asOf: asOf) })
    }
}

/// One image scan in report.json.
struct JSONImageScan: Encodable, Sendable {
    let registryId: String
    let region: Nullable<String>
    let repository: String
    let imageDigest: String
    let imageTags: [String]
    let scanType: String
    let scanStatus: Nullable<String>
    let scanStatusDescription: Nullable<String>
    let scanCompletedAt: Nullable<String>
    let vulnerabilitySourceUpdatedAt: Nullable<String>
    /// Open findings counted from the scan's findings, by normalised severity.
    let severityCounts: SeverityCounts
    /// `findingSeverityCounts` exactly as the scan reported it.
    let reportedSeverityCounts: [String: Int]
    /// `null` for basic scans, which carry no fix data.
    let fixAvailable: Nullable<Int>
    /// `null` for basic scans, which carry no exploit data.
    let exploitAvailable: Nullable<Int>
    let oldestFindingAgeDays: Nullable<Int>
    let partial: Bool
    let findings: [Vulnerability]

    /// One vulnerability of the scan.
    struct Vulnerability: Encodable, Sendable {
        let identity: String
        let vulnerabilityId: String
        let packageName: Nullable<String>
        let packageVersion: Nullable<String>
        let severity: Severity
        let reportedSeverity: String
        let status: Nullable<String>
        let fixAvailable: Nullable<String>
        let exploitAvailable: Nullable<String>
        let firstObservedAt: Nullable<String>
    }

    init(_ image: ImageScanEvidence, asOf: ReportDate) {
        registryId = image.registryId
        region = Nullable(image.region)
        repository = image.repository
        imageDigest = image.imageDigest
        imageTags = image.imageTags
        scanType = image.scanType.rawValue
        scanStatus = Nullable(image.scanStatus)
        scanStatusDescription = Nullable(image.scanStatusDescription)
        scanCompletedAt = Nullable(image.scanCompletedAt.map(JSONFinding.timestamp))
        vulnerabilitySourceUpdatedAt = Nullable(image.vulnerabilitySourceUpdatedAt.map(JSONFinding.timestamp))
        severityCounts = image.countedSeverities
        reportedSeverityCounts = image.reportedSeverityCounts
        let enhanced = image.scanType == .enhanced
        fixAvailable = Nullable(enhanced ? image.fixAvailableCount : nil)
        exploitAvailable = Nullable(enhanced ? image.exploitAvailableCount : nil)
        oldestFindingAgeDays = Nullable(ImageScanRowView.oldestAgeDays(image, asOf: asOf))
        partial = image.partial
        findings = image.findings.map { finding in
            Vulnerability(
                identity: finding.identity,
                vulnerabilityId: finding.vulnerabilityId,
                packageName: Nullable(finding.packageName),
                packageVersion: Nullable(finding.packageVersion),
                severity: finding.severity,
                reportedSeverity: finding.reportedSeverity,
                status: Nullable(finding.status),
                fixAvailable: Nullable(finding.fixAvailable),
                exploitAvailable: Nullable(finding.exploitAvailable),
                firstObservedAt: Nullable(finding.firstObservedAt.map(JSONFinding.timestamp))
            )
        }
    }
}

/// The `waf` section of report.json: web ACL configuration evidence and traffic.
struct JSONWAF: Encodable, Sendable {
    let webACLs: [JSONWebACL]
    let traffic: [JSONWAFTraffic]

    /// The section, or `nil` when no WAF input was read (report.json then has `"waf": null`).
    /// - Parameters:
    ///   - evidence: the front door evidence; only its web ACLs and traffic are used.
    ///   - english: the English wording of the checks.
    /// - Returns: the section.
    static func make(_ evidence: FrontDoorEvidence, english: Phrasebook) -> JSONWAF? {
        guard !evidence.webACLs.isEmpty || !evidence.traffic.isEmpty else { return nil }
        return JSONWAF(
            webACLs: evidence.webACLs.map { JSONWebACL($0, english: english) },
            traffic: evidence.traffic.map(JSONWAFTraffic.init)
        )
    }
}
