import Foundation
import ReportModel

/// Maps one ASFF finding to a `Finding` (docs/formats.md §6).
enum ASFFImporter {
    /// The members the API model requires that are missing from a record.
    static func missingMembers(_ record: ASFFFinding) -> [String] {
        // Checked one by one: a finding has every member nearly always, and then no array is made.
        var missing: [String] = []
        if record.schemaVersion == nil { missing.append("SchemaVersion") }
        if record.productArn == nil { missing.append("ProductArn") }
        if record.generatorId == nil { missing.append("GeneratorId") }
        if record.awsAccountId == nil { missing.append("AwsAccountId") }
        if record.createdAt == nil { missing.append("CreatedAt") }
        if record.updatedAt == nil { missing.append("UpdatedAt") }
        if record.title == nil { missing.append("Title") }
        if record.description == nil { missing.append("Description") }
        if record.resources == nil { missing.append("Resources") }
        return missing
    }

    /// Maps a decoded finding read at `origin`; `report` receives diagnostics with member paths.
    /// - Returns: the finding, or `nil` when it has no `Id` (it cannot be identified).
    static func finding(from record: ASFFFinding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        guard let id = record.id, !id.isEmpty else { return nil }
        for member in missingMembers(record) {
            report.warn(member, Message(.missingRequiredMember))
        }
        let fields = record.productFields ?? ProductFieldsBlock()
        let productArn = record.productArn
        let identity =
            id.hasPrefix("arn:aws:inspector2:") ? "inspector|\(id)" : "asff|\(productArn ?? "")|\(id)"
        var finding = Finding(
            format: .asff,
            identity: identity,
            id: id,
            productArn: productArn,
            productName: ProductNames.name(
                given: record.productName ?? fields.productName,
                productArn: productArn
            ),
            generatorId: record.generatorId,
            title: record.title ?? "",
            description: record.description ?? "",
            accountId: record.awsAccountId?.value,
            region: record.region,
            origin: origin
        )
        finding.severity = severity(record.severity, report: &report)
        finding.controlId = controlId(record, fields: fields)
        if record.compliance != nil, (record.compliance?.securityControlId ?? "").isEmpty {
            finding.standardControl = StandardControlParser.reference(
                generatorId: record.generatorId,
                standardsControlArn: fields.standardsControlArn,
                id: id
            )
            if let reference = finding.standardControl { finding.controlId = reference.controlId }
        }
        if let compliance = record.compliance {
            finding.compliance = EnumMapping.compliance(compliance.status, path: "Compliance.Status", report: &report)
            finding.standards = (compliance.associatedStandards ?? []).compactMap(\.standardsId).filter { !$0.isEmpty }
                .distinctSorted()
            finding.relatedRequirements = (compliance.relatedRequirements ?? []).map(\.value).filter { !$0.isEmpty }
        }
        finding.workflow = EnumMapping.workflow(record.workflow?.status, path: "Workflow.Status", report: &report)
        finding.recordState = EnumMapping.recordState(record.recordState, path: "RecordState", report: &report)
        finding.resources = (record.resources ?? []).map { resource in
            Resource(
                type: resource.type ?? "Other",
                id: resource.id ?? "",
                region: resource.region,
                tags: resource.tags ?? []
            )
        }
        finding.types = record.types ?? []
        finding.firstObservedAt = report.date(record.firstObservedAt, "FirstObservedAt")
        finding.lastObservedAt = report.date(record.lastObservedAt, "LastObservedAt")
        finding.createdAt = report.date(record.createdAt, "CreatedAt")
        finding.updatedAt = report.date(record.updatedAt, "UpdatedAt")
        finding.remediationText = record.remediation?.recommendation?.text
        finding.remediationURL = record.remediation?.recommendation?.url
        if let note = record.note, let text = note.text {
            finding.note = Finding.Note(
                text: text,
                updatedBy: note.updatedBy,
                updatedAt: report.date(note.updatedAt, "Note.UpdatedAt")
            )
        }
        finding.vulnerabilityIds = (record.vulnerabilities ?? []).compactMap(\.id)
        let images = finding.resources.filter { $0.type == "AwsEcrContainerImage" }.map(\.id)
        if !images.isEmpty, let vulnerabilities = record.vulnerabilities, vulnerabilities.count == 1,
            let packages = vulnerabilities.first?.vulnerablePackages?.names, packages.count == 1,
            let key = ImageVulnerabilityKey.make(
                digest: nil,
                resourceIds: images,
                vulnerability: vulnerabilities.first?.id,
                package: packages.first
            )
        {
            finding.identity = key
            finding.scanners = ["\(finding.productName) (Security Hub)"]
        }
        finding.isSample = record.sample ?? false
        return finding
    }

    /// `Severity.Label`, else `Severity.Normalized`, else informational with a warning.
    private static func severity(_ block: ASFFFinding.SeverityBlock?, report: inout FieldReport) -> Severity {
        if let label = block?.label {
            if let severity: Severity = EnumMapping.named(label) { return severity }
            report.warn("Severity.Label", Message(.unknownSeverity, ["value": .text(label)]))
        }
        if let normalized = block?.normalized?.value { return .fromNormalized(normalized) }
        if block?.label == nil { report.warn("Severity", Message(.noSeverityLabel)) }
        return .informational
    }

    /// `Compliance.SecurityControlId`, then `ProductFields.ControlId`/`RuleId`, then the tail of
    /// `GeneratorId` for Security Hub control findings.
    private static func controlId(_ record: ASFFFinding, fields: ProductFieldsBlock) -> String? {
        if let id = record.compliance?.securityControlId, !id.isEmpty { return id }
        if let id = fields.controlId ?? fields.ruleId, !id.isEmpty { return id }
        guard record.productArn?.hasSuffix("/aws/securityhub") == true, record.compliance != nil,
            let generator = record.generatorId, let tail = generator.split(separator: "/").last
        else { return nil }
        return String(tail)
    }
}
