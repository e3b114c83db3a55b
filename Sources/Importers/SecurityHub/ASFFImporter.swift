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
    ///
    /// Every value is worked out first and the finding made once with all of them (one finding a record: set
    /// member by member afterwards, each change went through a key path and a copy-on-write check). The
    /// diagnostics come in the order the members are mapped: required members, severity, compliance status,
    /// workflow, record state, then the times.
    /// - Returns: the finding, or `nil` when it has no `Id` (it cannot be identified).
    static func finding(from record: ASFFFinding, origin: RecordOrigin, report: inout FieldReport) -> Finding? {
        guard let id = record.id, !id.isEmpty else { return nil }
        for member in missingMembers(record) {
            report.warn(member, Message(.missingRequiredMember))
        }
        let fields = record.productFields ?? ProductFieldsBlock()
        let productArn = record.productArn
        let productName = ProductNames.name(given: record.productName ?? fields.productName, productArn: productArn)
        let severity = severity(record.severity, report: &report)
        var controlId = controlId(record, fields: fields)
        var standardControl: StandardControlRef?
        if record.compliance != nil, (record.compliance?.securityControlId ?? "").isEmpty {
            standardControl = StandardControlParser.reference(
                generatorId: record.generatorId,
                standardsControlArn: fields.standardsControlArn,
                id: id
            )
            if let reference = standardControl { controlId = reference.controlId }
        }
        var compliance: ComplianceStatus?
        var standards: [String] = []
        var relatedRequirements: [String] = []
        if let block = record.compliance {
            compliance = EnumMapping.compliance(block.status, path: "Compliance.Status", report: &report)
            standards = Self.standards(block.associatedStandards)
            relatedRequirements = (block.relatedRequirements ?? []).compactMap { $0.value.isEmpty ? nil : $0.value }
        }
        let workflow = EnumMapping.workflow(record.workflow?.status, path: "Workflow.Status", report: &report)
        let recordState = EnumMapping.recordState(record.recordState, path: "RecordState", report: &report)
        let resources = (record.resources ?? []).map { resource in
            Resource(
                type: resource.type ?? "Other",
                id: resource.id ?? "",
                region: resource.region,
                tags: resource.tags ?? []
            )
        }
        let firstObservedAt = report.date(record.firstObservedAt, "FirstObservedAt")
        let lastObservedAt = report.date(record.lastObservedAt, "LastObservedAt")
        let createdAt = report.date(record.createdAt, "CreatedAt")
        let updatedAt = report.date(record.updatedAt, "UpdatedAt")
        var note: Finding.Note?
        if let block = record.note, let text = block.text {
            note = Finding.Note(
                text: text,
                updatedBy: block.updatedBy,
                updatedAt: report.date(block.updatedAt, "Note.UpdatedAt")
            )
        }
        var identity = Self.identity(id: id, productArn: productArn)
        var scanners: [String] = []
        if let key = ImageVulnerabilityKey.ofOnlyVulnerability(
            record.vulnerabilities?.count ?? 0,
            packages: record.vulnerabilities?.first?.vulnerablePackages?.names,
            vulnerability: record.vulnerabilities?.first?.id,
            images: { resources.compactMap { $0.type == "AwsEcrContainerImage" ? $0.id : nil } }
        ) {
            identity = key
            scanners = ["\(productName) (Security Hub)"]
        }
        return Finding(
            format: .asff,
            identity: identity,
            id: id,
            productArn: productArn,
            productName: productName,
            generatorId: record.generatorId,
            title: record.title ?? "",
            description: record.description ?? "",
            accountId: record.awsAccountId?.value,
            region: record.region,
            severity: severity,
            controlId: controlId,
            standardControl: standardControl,
            compliance: compliance,
            standards: standards,
            relatedRequirements: relatedRequirements,
            workflow: workflow,
            recordState: recordState,
            resources: resources,
            types: record.types ?? [],
            firstObservedAt: firstObservedAt,
            lastObservedAt: lastObservedAt,
            createdAt: createdAt,
            updatedAt: updatedAt,
            remediationText: record.remediation?.recommendation?.text,
            remediationURL: record.remediation?.recommendation?.url,
            note: note,
            vulnerabilityIds: (record.vulnerabilities ?? []).compactMap(\.id),
            scanners: scanners,
            isSample: record.sample ?? false,
            origin: origin
        )
    }

    /// The de-duplication key: `inspector|<Id>` for an Inspector finding (it merges with the same finding read
    /// from an Inspector2 export), else `asff|<ProductArn>|<Id>`.
    private static func identity(id: String, productArn: String?) -> String {
        if id.hasPrefix("arn:aws:inspector2:") { return String(joining: "inspector|", id) }
        return String(joining: "asff|", productArn ?? "", "|", id)
    }

    /// `Compliance.AssociatedStandards[].StandardsId`, without empty ones, sorted and once each.
    private static func standards(_ blocks: [ASFFFinding.AssociatedStandard]?) -> [String] {
        guard let blocks, !blocks.isEmpty else { return [] }
        return blocks.compactMap { block in block.standardsId.flatMap { $0.isEmpty ? nil : $0 } }.distinctSorted()
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
