import Foundation
import ReportModel

/// Maps one Inspector2 finding to a `Finding` (docs/formats.md §8).
enum Inspector2Importer {
    /// Maps a decoded finding read at `origin`; `report` receives diagnostics with member paths.
    /// - Returns: the finding, or `nil` when it has no `findingArn`.
    static func finding(from record: Inspector2Finding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        guard let arn = record.findingArn, !arn.isEmpty else { return nil }
        let arnParts = arn.split(separator: ":", omittingEmptySubsequences: false)
        var finding = Finding(
            format: .inspector2,
            identity: "inspector|\(arn)",
            id: arn,
            productName: "Inspector",
            generatorId: record.type,
            title: record.title ?? "",
            description: record.description ?? "",
            accountId: record.awsAccountId?.value,
            region: record.resources?.first?.region ?? (arnParts.count > 3 ? String(arnParts[3]) : nil),
            origin: origin
        )
        if record.awsAccountId == nil { report.warn("awsAccountId", Message(.missingRequiredMember)) }
        finding.severity = severity(record.severity, report: &report)
        switch record.status?.uppercased() {
        case "ACTIVE", nil: break
        case "SUPPRESSED": finding.workflow = .suppressed
        case "CLOSED": finding.recordState = .archived
        default: report.warn("status", Message(.unknownStatus, ["value": .text(record.status ?? "")]))
        }
        finding.resources = (record.resources ?? []).map { resource in
            Resource(
                type: ResourceTypeName.asff(resource.type),
                id: resource.id ?? "",
                region: resource.region,
                tags: (resource.tags ?? [:]).map { Resource.Tag(key: $0.key, value: $0.value.value) }
            )
        }
        finding.types = record.type.map { [$0] } ?? []
        finding.firstObservedAt = report.date(record.firstObservedAt, "firstObservedAt")
        finding.lastObservedAt = report.date(record.lastObservedAt, "lastObservedAt")
        finding.createdAt = finding.firstObservedAt
        finding.updatedAt = report.date(record.updatedAt, "updatedAt") ?? finding.lastObservedAt
        finding.remediationText = record.remediation?.recommendation?.text
        finding.remediationURL = record.remediation?.recommendation?.url
        finding.vulnerabilityIds = record.packageVulnerabilityDetails?.vulnerabilityId.map { [$0] } ?? []
        let images = (record.resources ?? []).filter { $0.type == "AWS_ECR_CONTAINER_IMAGE" }.compactMap(\.id)
        let packages = record.packageVulnerabilityDetails?.vulnerablePackages?.names ?? []
        if !images.isEmpty, packages.count == 1,
            let key = ImageVulnerabilityKey.make(
                digest: nil,
                resourceIds: images,
                vulnerability: record.packageVulnerabilityDetails?.vulnerabilityId,
                package: packages.first
            )
        {
            finding.identity = key
            finding.scanners = ["Inspector (list-findings)"]
        }
        return finding
    }

    /// The severity; UNTRIAGED becomes informational with a note.
    private static func severity(_ text: String?, report: inout FieldReport) -> Severity {
        guard let text else {
            report.warn("severity", Message(.missingSeverity))
            return .informational
        }
        if let severity: Severity = EnumMapping.named(text) { return severity }
        if text.uppercased() == "UNTRIAGED" {
            report.note("severity", Message(.untriagedSeverity))
        } else {
            report.warn("severity", Message(.unknownSeverity, ["value": .text(text)]))
        }
        return .informational
    }
}
