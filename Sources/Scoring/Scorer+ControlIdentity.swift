import ReportModel

extension Scorer {
    /// Findings with one control identity each, and what could not be mapped.
    struct IdentifiedFindings {
        var findings: [Finding]
        var diagnostics: [Diagnostic]
    }

    /// Gives every control finding its security control id, and moves other tools' checks out of
    /// the controls.
    ///
    /// A finding without `Compliance.SecurityControlId` that names a standard control
    /// (`cis-aws-foundations-benchmark/v/1.2.0/1.14`) takes the security control id from the
    /// standard control table, so one control counts once whichever standards report it; an
    /// unmapped one keeps its full standard id and is warned about. A check from another product
    /// (Prowler, a custom product) keeps its id as `checkId`: it is scored on its own line.
    func identifyControls(_ findings: [Finding]) -> IdentifiedFindings {
        // Each finding on its own: for many, the first half on another thread while this one does the second.
        var identified: [Finding]
        var unmapped: [StandardControlRef: Int]
        if findings.count >= InHalves.from {
            let middle = findings.count / 2
            let first = OtherThread { [self] in identify(findings[..<middle]) }
            let second = identify(findings[middle...])
            (identified, unmapped) = first.result()
            identified.append(contentsOf: second.findings)
            unmapped.merge(second.unmapped, uniquingKeysWith: +)
        } else {
            (identified, unmapped) = identify(findings[...])
        }
        let diagnostics = unmapped.keys.sorted { $0.description < $1.description }.map { reference in
            let count = unmapped[reference] ?? 0
            return Diagnostic(
                .warning,
                Message(.standardControlUnmapped, ["control": .text(reference.description), "count": .number(count)])
            )
        }
        return IdentifiedFindings(findings: identified, diagnostics: diagnostics)
    }

    /// The findings given their control ids (see `identifyControls`), and how many named each standard control
    /// the table does not map.
    private func identify(_ findings: ArraySlice<Finding>) -> (
        findings: [Finding], unmapped: [StandardControlRef: Int]
    ) {
        var unmapped: [StandardControlRef: Int] = [:]
        let identified = findings.map { finding -> Finding in
            guard finding.controlId != nil || finding.standardControl != nil else { return finding }
            var finding = finding
            guard finding.compliance != nil, Self.isSecurityHubControl(finding) else {
                finding.checkId = finding.controlId
                finding.controlId = nil
                return finding
            }
            if let reference = finding.standardControl {
                if let id = configuration.standardControls.securityControlId(for: reference) {
                    finding.controlId = id
                } else {
                    finding.controlId = reference.description
                    unmapped[reference, default: 0] += 1
                }
            }
            return finding
        }
        return (identified, unmapped)
    }

    /// Whether a check is a Security Hub control: product Security Hub, or a standards generator.
    /// - Parameter finding: a finding with a compliance status.
    /// - Returns: true for Security Hub controls; false for other tools' checks.
    static func isSecurityHubControl(_ finding: Finding) -> Bool {
        if finding.productArn?.hasSuffix("/aws/securityhub") == true { return true }
        if finding.standardControl != nil { return true }
        if let generator = finding.generatorId,
            generator.hasPrefix("security-control/") || generator.hasPrefix("arn:aws:securityhub:::ruleset/")
        {
            return true
        }
        return finding.productArn == nil && finding.productName == "Security Hub"
    }

    /// One score line per other tool: its checks by the same rule as controls, each check id once.
    func otherCheckScores(_ findings: [ScoredFinding]) -> [ToolCheckScore] {
        let checks = findings.filter { $0.finding.checkId != nil && $0.finding.compliance != nil }
        return Dictionary(grouping: checks, by: \.finding.productName).map { product, group in
            var counts = ControlCounts()
            for check in Dictionary(grouping: group, by: { $0.finding.checkId ?? "" }).values {
                counts.add(ControlStatus.state(of: check.map { ($0.bucket, $0.finding.compliance ?? .unrecognized) }))
            }
            return ToolCheckScore(product: product, checks: counts)
        }
        .sorted { $0.product < $1.product }
    }
}
