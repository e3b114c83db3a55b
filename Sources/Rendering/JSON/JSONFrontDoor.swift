import Foundation
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

extension JSONImageScan: HandWrittenJSON {
    /// Writes the image as the pretty-printing encoder with sorted keys lays it out (held against
    /// `JSONEncoder` by `JSONReportWriterTests`). `reportedSeverityCounts` is the one member whose keys
    /// come from the input: when they are all capital letters A-Z (how ECR writes severities) every
    /// ordering agrees and they are written by hand; any other key and the object goes through the encoder.
    func write(to writer: inout JSONFindingWriter, indent: String) {
        let pad = indent + "  "
        writer.raw("{\n")
        writer.member(pad, "exploitAvailable", number: exploitAvailable.value)
        writer.raw(pad + "\"findings\" : ")
        writer.array(findings, indent: pad) { (writer: inout JSONFindingWriter, vulnerability, indent) in
            vulnerability.pointee.write(to: &writer, indent: indent)
        }
        writer.raw(",\n")
        writer.member(pad, "fixAvailable", number: fixAvailable.value)
        writer.member(pad, "imageDigest", imageDigest)
        writer.raw(pad + "\"imageTags\" : ")
        writer.array(imageTags, indent: pad) { (writer: inout JSONFindingWriter, tag, _) in
            writer.string(tag.pointee)
        }
        writer.raw(",\n")
        writer.member(pad, "oldestFindingAgeDays", number: oldestFindingAgeDays.value)
        writer.member(pad, "partial", literal: partial ? "true" : "false")
        writer.member(pad, "region", region.value)
        writer.member(pad, "registryId", registryId)
        writer.raw(pad + "\"reportedSeverityCounts\" : ")
        Self.writeCounts(reportedSeverityCounts, to: &writer, indent: pad)
        writer.raw(",\n")
        writer.member(pad, "repository", repository)
        writer.member(pad, "scanCompletedAt", scanCompletedAt.value)
        writer.member(pad, "scanStatus", scanStatus.value)
        writer.member(pad, "scanStatusDescription", scanStatusDescription.value)
        writer.member(pad, "scanType", scanType)
        writer.raw(pad + "\"severityCounts\" : ")
        Self.writeCounts(
            Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, severityCounts[$0]) }),
            to: &writer,
            indent: pad
        )
        writer.raw(",\n")
        writer.member(pad, "vulnerabilitySourceUpdatedAt", vulnerabilitySourceUpdatedAt.value, last: true)
        writer.raw(indent + "}")
    }

    /// A map of counts, at `indent`, as the encoder writes it.
    private static func writeCounts(_ counts: [String: Int], to writer: inout JSONFindingWriter, indent: String) {
        let capitals = counts.keys.allSatisfy { key in
            !key.isEmpty && key.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        guard capitals else {
            guard let data = try? JSONReportWriter.encoder().encode(counts) else {
                preconditionFailure("report.json: a map of counts could not be encoded")
            }
            writer.raw(JSONFindingWriter.indented(String(decoding: data, as: UTF8.self), by: indent))
            return
        }
        guard !counts.isEmpty else {
            writer.raw("{\n\n" + indent + "}")
            return
        }
        writer.raw("{\n")
        let keys = counts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        for (index, key) in keys.enumerated() {
            writer.member(indent + "  ", key, number: counts[key], last: index + 1 == keys.count)
        }
        writer.raw(indent + "}")
    }
}

extension JSONImageScan.Vulnerability {
    fileprivate func write(to writer: inout JSONFindingWriter, indent: String) {
        let pad = indent + "  "
        writer.raw("{\n")
        writer.member(pad, "exploitAvailable", exploitAvailable.value)
        writer.member(pad, "firstObservedAt", firstObservedAt.value)
        writer.member(pad, "fixAvailable", fixAvailable.value)
        writer.member(pad, "identity", identity)
        writer.member(pad, "packageName", packageName.value)
        writer.member(pad, "packageVersion", packageVersion.value)
        writer.member(pad, "reportedSeverity", reportedSeverity)
        writer.member(pad, "severity", severity.rawValue)
        writer.member(pad, "status", status.value)
        writer.member(pad, "vulnerabilityId", vulnerabilityId, last: true)
        writer.raw(indent + "}")
    }
}
