import Foundation
import ReportModel

/// Maps one OCSF finding to a `Finding` (docs/formats.md §7).
enum OCSFImporter {
    private static let severities: [Int: Severity] = [
        1: .informational, 2: .low, 3: .medium, 4: .high, 5: .critical, 6: .critical,
    ]
    private static let severityNames: [String: Severity] = [
        "informational": .informational, "low": .low, "medium": .medium, "high": .high, "critical": .critical,
        "fatal": .critical,
    ]

    /// Maps a decoded finding read at `origin`; `report` receives diagnostics with member paths.
    ///
    /// Every value is worked out first and the finding made once with all of them (as `ASFFImporter` does); the
    /// diagnostics come in the order the members are mapped: severity, compliance, status, then the times.
    /// - Returns: the finding, or `nil` when it has neither `metadata.uid` nor `finding_info.uid`.
    static func finding(from record: OCSFFinding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        let info = record.findingInfo
        let infoUid = info?.uid.flatMap { $0.isEmpty ? nil : $0 }
        guard let uid = record.metadata?.uid.flatMap({ $0.isEmpty ? nil : $0 }) ?? infoUid else { return nil }
        var identity =
            infoUid.map { $0.hasPrefix("arn:aws:inspector2:") } == true
            ? String(joining: "inspector|", infoUid ?? uid) : String(joining: "ocsf|", uid)
        let product = record.metadata?.product
        let productArn = product?.uid.flatMap { $0.hasPrefix("arn:") ? $0 : nil }
        let productName = ProductNames.name(given: product?.name, productArn: productArn ?? product?.uid)
        // Only a name of seven bytes lowercases to `prowler` (every other name is not lowercased: a string a record).
        let isProwler =
            product?.name.map { $0.utf8.count == 7 && $0.lowercased() == "prowler" } == true
            || record.statusCode != nil
        let severity = severity(record, report: &report)
        let compliance = compliance(record, report: &report)
        // Security Hub v2 names the standards of the control; Prowler's `standards` are its own frameworks.
        let standards = isProwler ? [] : Self.nonEmpty(record.compliance?.standards ?? []).distinctSorted()
        let prowler = (record.unmapped?.compliance ?? [:]).sorted { $0.key < $1.key }
            .flatMap { framework, requirements in requirements.map { "\(framework)/\($0)" } }
        let status = OCSFStatus.map(name: record.status, id: record.statusId?.value, report: &report)
        let resources = (record.resources ?? []).map { resource in
            // The first of the two that is an ARN (no list made for each resource).
            let arn =
                resource.uidAlt.flatMap { $0.hasPrefix("arn:") ? $0 : nil }
                ?? resource.uid.flatMap { $0.hasPrefix("arn:") ? $0 : nil }
            return Resource(
                type: ResourceTypeName.asff(resource.type),
                id: arn ?? resource.uid ?? resource.uidAlt ?? "",
                region: resource.region,
                tags: (resource.tags ?? []).compactMap { tag in
                    tag.name.map { Resource.Tag(key: $0, value: tag.value?.value ?? "") }
                }
            )
        }
        let createdAt = report.date(info?.createdTime ?? info?.createdTimeDt, "finding_info.created_time")
        let firstObservedAt = report.date(info?.firstSeenTime ?? info?.firstSeenTimeDt, "finding_info.first_seen_time")
        let lastObservedAt = report.date(info?.lastSeenTime ?? info?.lastSeenTimeDt, "finding_info.last_seen_time")
        let modified = report.date(info?.modifiedTime ?? info?.modifiedTimeDt, "finding_info.modified_time")
        let updatedAt = modified ?? report.date(record.time ?? record.timeDt, "time") ?? createdAt
        var scanners: [String] = []
        // The image resources are looked for only in a record of one vulnerability in one package (Foundation's
        // `contains` searches a resource id by composed characters: 2 % of an OCSF import when it ran for every record).
        if let key = ImageVulnerabilityKey.ofOnlyVulnerability(
            record.vulnerabilities?.count ?? 0,
            packages: record.vulnerabilities?.first?.affectedPackages?.names,
            vulnerability: record.vulnerabilities?.first?.cve?.uid,
            images: {
                resources.compactMap {
                    $0.type == "AwsEcrContainerImage" || $0.id.contains(":repository/") ? $0.id : nil
                }
            }
        ) {
            identity = key
            scanners = ["\(productName) (OCSF)"]
        }
        return Finding(
            format: .ocsf,
            identity: identity,
            id: infoUid ?? uid,
            productArn: productArn,
            productName: productName,
            generatorId: info?.analytic?.uid ?? info?.analytic?.name ?? record.metadata?.eventCode,
            title: info?.title ?? "",
            description: info?.desc ?? record.message ?? "",
            accountId: record.cloud?.account?.uid?.value,
            region: record.cloud?.region,
            severity: severity,
            controlId: record.compliance?.control ?? (isProwler ? record.metadata?.eventCode : nil),
            compliance: compliance,
            standards: standards,
            relatedRequirements: Self.nonEmpty((record.compliance?.requirements ?? []) + prowler),
            workflow: status.workflow,
            recordState: status.archived || record.activityId?.value == 3 ? .archived : .active,
            resources: resources,
            types: info?.types ?? [],
            firstObservedAt: firstObservedAt,
            lastObservedAt: lastObservedAt,
            createdAt: createdAt,
            updatedAt: updatedAt,
            remediationText: record.remediation?.desc,
            remediationURL: record.remediation?.references?.first { $0.hasPrefix("http") },
            note: record.comment.flatMap { $0.isEmpty ? nil : Finding.Note(text: $0) },
            vulnerabilityIds: (record.vulnerabilities ?? []).compactMap { $0.cve?.uid },
            scanners: scanners,
            origin: origin
        )
    }

    /// The texts that are not empty, in order: the list itself when none is (no copy, which the findings then share).
    private static func nonEmpty(_ texts: [String]) -> [String] {
        texts.contains(where: \.isEmpty) ? texts.filter { !$0.isEmpty } : texts
    }

    /// `severity_id`, else the `severity` caption.
    private static func severity(_ record: OCSFFinding, report: inout FieldReport) -> Severity {
        // `Int(exactly:)`: an id of 1e300 or "nan" from the input is unknown, never a trap.
        if let id = record.severityId?.value.flatMap({ Int(exactly: $0) }), let severity = severities[id] {
            return severity
        }
        if let name = record.severity, let severity = severityNames[name.lowercased()] { return severity }
        let shown = record.severity ?? record.severityId?.value.map { "\($0)" } ?? ""
        report.warn("severity", Message(.unknownSeverity, ["value": .text(shown)]))
        return .informational
    }

    /// Prowler `status_code` PASS/FAIL/MANUAL, else `compliance.status` Pass/Warning/Fail; `nil` if neither.
    private static func compliance(_ record: OCSFFinding, report: inout FieldReport) -> ComplianceStatus? {
        if let code = record.statusCode {
            switch code.uppercased() {
            case "PASS": return .passed
            case "FAIL": return .failed
            case "MANUAL": return .warning
            default:
                report.warn("status_code", Message(.unknownStatusCode, ["value": .text(code)]))
                return .unrecognized
            }
        }
        guard let block = record.compliance else { return nil }
        switch (block.status?.lowercased(), block.statusId?.value.flatMap { Int(exactly: $0) }) {
        case ("pass", _), (nil, 1): return .passed
        case ("warning", _), (nil, 2): return .warning
        case ("fail", _), (nil, 3): return .failed
        case ("unknown", _), ("other", _), (nil, 0), (nil, 99): return .notAvailable
        default:
            report.warn(
                "compliance.status",
                Message(.unknownComplianceStatus, ["value": .text(block.status ?? "")])
            )
            return .unrecognized
        }
    }
}
