import Foundation
public import ReportModel

/// Hand-built scored reports for history tests: a finding, control or acceptance per line, with the
/// layer, environment and overall numbers derived the way scoring would derive them.
public enum HistoryFixtures {
    /// The one account every fixture finding belongs to.
    public static let accountId = "111122223333"

    /// A scored finding in account `accountId`, environment `prod`. `firstSeen` (`YYYY-MM-DD`) is also its last
    /// observed day; a `controlId` makes it a control finding, passed or failed as `bucket` says.
    /// - Returns: the scored finding.
    public static func finding(
        _ identity: String,
        _ severity: Severity,
        _ bucket: FindingBucket,
        firstSeen: String? = nil,
        layer: SecurityLayer? = .account,
        controlId: String? = nil
    ) -> ScoredFinding {
        let first = firstSeen.flatMap { ReportDate($0) }?.startOfDay
        return ScoredFinding(
            finding: Finding(
                identity: identity,
                id: identity,
                accountId: accountId,
                severity: severity,
                controlId: controlId,
                compliance: controlId == nil ? nil : (bucket == .passed ? .passed : .failed),
                firstObservedAt: first,
                lastObservedAt: first
            ),
            layer: LayerKey(layer),
            placedBy: Message(.noRuleMatched),
            environment: "prod",
            bucket: bucket
        )
    }

    /// A control result.
    /// - Returns: the control result.
    public static func control(
        _ controlId: String,
        _ state: ControlState,
        layer: SecurityLayer? = .account,
        severity: Severity = .high
    ) -> ControlResult {
        ControlResult(
            controlId: controlId,
            title: controlId,
            severity: severity,
            layer: LayerKey(layer),
            state: state,
            findings: 1
        )
    }

    /// An acceptance result.
    /// - Parameters:
    ///   - id: the acceptance id.
    ///   - status: its state.
    ///   - acceptedOn: accepted, `YYYY-MM-DD`.
    ///   - expiresOn: review date, `YYYY-MM-DD`.
    /// - Returns: the acceptance result.
    public static func acceptance(
        _ id: String,
        _ status: AcceptanceStatus,
        acceptedOn: String = "2026-01-01",
        expiresOn: String = "2027-01-01"
    ) -> AcceptanceResult {
        let accepted = ReportDate(acceptedOn) ?? ReportDate(year: 2026, month: 1, day: 1)
        let expires = ReportDate(expiresOn) ?? ReportDate(year: 2027, month: 1, day: 1)
        let acceptance = RiskAcceptance(
            id: id,
            match: AcceptanceMatch(findingIds: [id]),
            reason: "fixture",
            owner: "team",
            approvedBy: "CTO",
            acceptedOn: accepted,
            expiresOn: expires
        )
        return AcceptanceResult(acceptance: acceptance, status: status, matched: 1, daysToExpiry: 0)
    }

    /// A scored report as of `asOf` (`YYYY-MM-DD`), read from `inputs` files, whose layer, environment and overall
    /// numbers derive from its controls and findings.
    /// - Returns: the report.
    public static func report(
        asOf: String,
        findings: [ScoredFinding],
        controls: [ControlResult] = [],
        acceptances: [AcceptanceResult] = [],
        inputs: Int = 1
    ) -> ScoredReport {
        var overall = ControlCounts()
        var open = SeverityCounts()
        var buckets: [FindingBucket: Int] = [:]
        for control in controls { overall.add(control.state) }
        for finding in findings {
            buckets[finding.bucket, default: 0] += 1
            if finding.bucket == .open { open.add(finding.finding.severity) }
        }
        let layers = LayerKey.all.map { key in
            var counts = ControlCounts()
            var layerOpen = SeverityCounts()
            for control in controls where control.layer == key { counts.add(control.state) }
            for finding in findings where finding.layer == key && finding.bucket == .open {
                layerOpen.add(finding.finding.severity)
            }
            let accepted = findings.filter { $0.layer == key && $0.bucket == .accepted }.count
            return LayerAssessment(layer: key, controls: counts, openFindings: layerOpen, acceptedFindings: accepted)
        }
        let environment = EnvironmentAssessment(
            accountId: accountId,
            name: "shop-prod",
            environment: "prod",
            mapped: true,
            controls: overall,
            openFindings: open,
            acceptedFindings: buckets[.accepted] ?? 0
        )
        let files = (0..<inputs).map { InputFile(path: "input-\($0).json", sha256: "", bytes: 0, records: 0) }
        return ScoredReport(
            asOf: ReportDate(asOf) ?? ReportDate(year: 1970, month: 1, day: 1),
            overall: overall,
            layers: layers,
            environments: [environment],
            controls: controls,
            findings: findings,
            acceptances: acceptances,
            reconciliation: Reconciliation(
                records: findings.count,
                duplicates: 0,
                skipped: 0,
                evidence: 0,
                buckets: buckets
            ),
            inputs: files,
            diagnostics: [],
            layerRules: []
        )
    }
}
