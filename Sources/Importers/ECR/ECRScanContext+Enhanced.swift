import ReportModel

extension ECRScanContext {
    /// An enhanced-scanning (Inspector) finding: identity `inspector|<findingArn>`, so it merges
    /// with the same finding read from ASFF (`Id`) or Inspector2 (`findingArn`).
    /// - Parameters:
    ///   - enhanced: one entry of the export's `imageScanFindings.enhancedFindings`.
    ///   - index: its position there, for the member paths of the diagnostics.
    /// - Returns: the finding and its summary, or `nil` (with a warning) when it has no ARN.
    mutating func enhancedFinding(
        _ enhanced: ECRScanExport.EnhancedFinding,
        index: Int
    ) -> (Finding, ImageScanFinding)? {
        let path = "imageScanFindings.enhancedFindings[\(index)]"
        guard let arn = enhanced.findingArn, !arn.isEmpty else {
            note(.warning, at: "\(path).findingArn", Message(.ecrEnhancedWithoutArn))
            return nil
        }
        let severity = severity(enhanced.severity, at: "\(path).severity")
        let (workflow, recordState) = state(enhanced.status, at: "\(path).status")
        let details = enhanced.packageVulnerabilityDetails
        let package = details?.vulnerablePackages?.first
        let vulnerabilityId = details?.vulnerabilityId ?? enhanced.title ?? arn
        let findingRegion = Self.region(fromARN: arn) ?? region
        let lastObserved = date(enhanced.lastObservedAt, at: "\(path).lastObservedAt")
        let firstObserved = date(enhanced.firstObservedAt, at: "\(path).firstObservedAt")
        let updated = date(enhanced.updatedAt, at: "\(path).updatedAt") ?? lastObserved
        let finding = Finding(
            format: .ecr,
            identity: ImageVulnerabilityKey.make(
                digest: imageDigest,
                vulnerability: details?.vulnerabilityId,
                package: package?.name
            ) ?? "inspector|\(arn)",
            id: arn,
            productArn: findingRegion.map { "arn:aws:securityhub:\($0)::product/aws/inspector" },
            productName: "Inspector",
            generatorId: "AWSInspector",
            title: enhanced.title ?? [vulnerabilityId, package?.name].compactMap { $0 }.joined(separator: " - "),
            description: enhanced.description ?? "",
            accountId: enhanced.awsAccountId ?? registryId,
            region: findingRegion,
            severity: severity,
            workflow: workflow,
            recordState: recordState,
            resources: resources(enhanced.resources, region: findingRegion),
            types: enhanced.type == "PACKAGE_VULNERABILITY" || enhanced.type == nil
                ? ["Software and Configuration Checks/Vulnerabilities/CVE"] : [],
            firstObservedAt: firstObserved,
            lastObservedAt: lastObserved,
            updatedAt: updated,
            remediationText: enhanced.remediation?.recommendation?.text,
            remediationURL: enhanced.remediation?.recommendation?.url ?? details?.sourceUrl,
            vulnerabilityIds: details?.vulnerabilityId.map { [$0] } ?? [],
            scanners: ["ECR enhanced scan"],
            origin: origin
        )
        let summary = ImageScanFinding(
            identityKey: finding.identityKey,
            vulnerabilityId: vulnerabilityId,
            packageName: package?.name,
            packageVersion: package?.version,
            severity: severity,
            reportedSeverity: enhanced.severity ?? "",
            status: enhanced.status,
            fixAvailable: enhanced.fixAvailable,
            exploitAvailable: enhanced.exploitAvailable,
            firstObservedAt: firstObserved
        )
        return (finding, summary)
    }

    /// Inspector status to workflow and record state: ACTIVE open, SUPPRESSED suppressed,
    /// CLOSED resolved and archived; anything else open, with a warning.
    private mutating func state(_ status: String?, at path: String) -> (WorkflowStatus, RecordState) {
        switch status?.uppercased() {
        case "ACTIVE", nil: return (.new, .active)
        case "SUPPRESSED": return (.suppressed, .active)
        case "CLOSED": return (.resolved, .archived)
        default:
            note(.warning, at: path, Message(.ecrUnknownStatus, ["value": .text(status ?? "")]))
            return (.new, .active)
        }
    }

    /// Inspector resources as ASFF-style resources; the page's image when none is given.
    private func resources(_ exported: [ECRScanExport.ResourceExport]?, region: String?) -> [Resource] {
        let mapped = (exported ?? []).compactMap { resource -> Resource? in
            guard let id = resource.id else { return nil }
            let tags = (resource.tags ?? [:]).map { Resource.Tag(key: $0.key, value: $0.value) }
            return Resource(
                type: ResourceTypeName.asff(resource.type),
                id: id,
                region: resource.region ?? region,
                tags: tags
            )
        }
        return mapped.isEmpty ? [Resource(type: "AwsEcrContainerImage", id: imageARN, region: region)] : mapped
    }
}
