import ReportModel

extension ECRScanContext {
    /// A basic-scanning finding: identity `ecr|<digest>|<CVE>|<package>@<version>`.
    /// - Parameters:
    ///   - basic: one entry of the export's `imageScanFindings.findings`.
    ///   - index: its position there, for the member paths of the diagnostics.
    /// - Returns: the finding and its summary, or `nil` (with a warning) when it has no name.
    mutating func basicFinding(
        _ basic: ECRScanExport.BasicFinding,
        index: Int
    ) -> (Finding, ImageScanFinding)? {
        let path = "imageScanFindings.findings[\(index)]"
        guard let name = basic.name, !name.isEmpty else {
            note(.warning, at: "\(path).name", Message(.ecrBasicWithoutName))
            return nil
        }
        let packageName = basic.attribute("package_name")
        let packageVersion = basic.attribute("package_version")
        let package = "\(packageName ?? "")@\(packageVersion ?? "")"
        let identity =
            ImageVulnerabilityKey.make(digest: imageDigest, vulnerability: name, package: packageName)
            ?? "ecr|\(imageDigest ?? "")|\(name)|\(package)"
        let severity = severity(basic.severity, at: "\(path).severity")
        let completedAt = export.imageScanFindings?.imageScanCompletedAt?.date
        let finding = Finding(
            format: .ecr,
            identity: identity,
            id: identity,
            productName: "ECR",
            generatorId: "ecr-basic-scan",
            title: packageName.map { "\(name) - \($0)" } ?? name,
            description: basic.description ?? "",
            accountId: registryId,
            region: region,
            severity: severity,
            resources: [Resource(type: "AwsEcrContainerImage", id: imageARN, region: region)],
            types: ["Software and Configuration Checks/Vulnerabilities/CVE"],
            updatedAt: completedAt,
            remediationURL: basic.uri,
            vulnerabilityIds: [name],
            scanners: ["ECR basic scan"],
            origin: origin
        )
        let summary = ImageScanFinding(
            identityKey: finding.identityKey,
            vulnerabilityId: name,
            packageName: packageName,
            packageVersion: packageVersion,
            severity: severity,
            reportedSeverity: basic.severity ?? ""
        )
        return (finding, summary)
    }
}
