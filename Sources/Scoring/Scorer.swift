public import ReportModel

/// Scores one period: places findings in layers, applies acceptances, derives control statuses
/// exactly as Security Hub does, and accounts for every record.
public struct Scorer: Sendable {
    /// The configuration.
    public let configuration: ScoringConfiguration

    /// Creates a scorer.
    /// - Parameter configuration: rules, catalogue, acceptances and environments.
    public init(configuration: ScoringConfiguration) {
        self.configuration = configuration
    }

    /// Scores imported data as of a date.
    /// - Parameters:
    ///   - data: the imported findings and ledger.
    ///   - asOf: the as-of date; acceptances are valid or expired relative to it.
    /// - Returns: the scored report.
    public func score(_ data: ImportedData, asOf: ReportDate) -> ScoredReport {
        let placement = placeFindings(data.findings, asOf: asOf)
        let findings = placement.findings.sorted(by: Self.reportOrder)
        let controlFindings = findings.filter { $0.finding.controlId != nil }
        let controls = controlResults(controlFindings)
        let acceptances = acceptanceResults(placement.matches, findings: findings, asOf: asOf)

        var overall = ControlCounts()
        for control in controls { overall.add(control.state) }

        let report = ScoredReport(
            asOf: asOf,
            overall: overall,
            layers: LayerKey.all.map { layerAssessment($0, findings: findings) },
            environments: environmentAssessments(findings),
            controls: controls,
            findings: findings,
            acceptances: acceptances,
            reconciliation: reconciliation(data, findings: findings),
            inputs: data.inputs,
            diagnostics: [],
            layerRules: placement.ruleUsage,
            evidence: data.evidence
        )
        var scored = report
        scored.diagnostics = (data.diagnostics + diagnostics(for: report)).sorted()
        return scored
    }

    private func layerAssessment(_ layer: LayerKey, findings: [ScoredFinding]) -> LayerAssessment {
        let inLayer = findings.filter { $0.layer == layer }
        return LayerAssessment(
            layer: layer,
            controls: ControlStatus.counts(inLayer, catalogue: configuration.catalogue),
            openFindings: Self.openBySeverity(inLayer),
            acceptedFindings: inLayer.count { $0.bucket == .accepted }
        )
    }

    private func environmentAssessments(_ findings: [ScoredFinding]) -> [EnvironmentAssessment] {
        let byAccount = Dictionary(grouping: findings) { $0.finding.accountId ?? "unknown" }
        let mappings = Dictionary(configuration.environments.map { ($0.accountId, $0) }) { first, _ in first }
        var accounts = Set(byAccount.keys)
        accounts.formUnion(mappings.keys)
        return accounts.map { account in
            let inAccount = byAccount[account] ?? []
            let mapping = mappings[account]
            return EnvironmentAssessment(
                accountId: account,
                name: mapping?.name ?? account,
                environment: mapping?.environment ?? "unmapped",
                mapped: mapping != nil,
                controls: ControlStatus.counts(inAccount, catalogue: configuration.catalogue),
                openFindings: Self.openBySeverity(inAccount),
                acceptedFindings: inAccount.count { $0.bucket == .accepted }
            )
        }
        .sorted {
            (EnvironmentMapping.rank(of: $0.environment), $0.name, $0.accountId)
                < (EnvironmentMapping.rank(of: $1.environment), $1.name, $1.accountId)
        }
    }

    private func reconciliation(_ data: ImportedData, findings: [ScoredFinding]) -> Reconciliation {
        var buckets: [FindingBucket: Int] = [:]
        for bucket in FindingBucket.allCases { buckets[bucket] = 0 }
        for finding in findings { buckets[finding.bucket, default: 0] += 1 }
        return Reconciliation(
            records: data.records,
            duplicates: data.duplicates,
            skipped: data.skipped.count,
            evidence: data.inputs.reduce(0) { $0 + $1.evidenceRecords },
            buckets: buckets
        )
    }

    static func openBySeverity(_ findings: [ScoredFinding]) -> SeverityCounts {
        var counts = SeverityCounts()
        for finding in findings where finding.bucket == .open { counts.add(finding.finding.severity) }
        return counts
    }

    /// Severity (worst first), layer, environment (prod first), product, identity.
    static func reportOrder(_ lhs: ScoredFinding, _ rhs: ScoredFinding) -> Bool {
        let left = (
            -lhs.finding.severity.rank, LayerKey.all.firstIndex(of: lhs.layer) ?? 0,
            EnvironmentMapping.rank(of: lhs.environment), lhs.finding.productName, lhs.finding.identity
        )
        let right = (
            -rhs.finding.severity.rank, LayerKey.all.firstIndex(of: rhs.layer) ?? 0,
            EnvironmentMapping.rank(of: rhs.environment), rhs.finding.productName, rhs.finding.identity
        )
        return left < right
    }
}
