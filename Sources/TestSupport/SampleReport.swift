import Foundation
public import ReportModel

/// Hostile text used across the sample, so tests can check it is escaped everywhere.
public enum HostileText {
    /// A script tag.
    public static let script = "<script>alert(1)</script>"
    /// An SQL fragment with a quote.
    public static let sql = "' OR 1=1--"
    /// Markdown table and emphasis syntax, backticks and a link breakout.
    public static let markdown = "| pipe *star* _under_ `tick` ](javascript:alert(1))"
    /// A remediation URL that must never become a link.
    public static let javascriptURL = "javascript:alert(1)"
}

/// A realistic scored month for rendering tests: every layer, every control state, acceptances in
/// every state, a suppression without a decision, and hostile strings in titles, ids, tags and notes.
/// - Parameters:
///   - language: `en` or `ja`.
///   - history: whether to include eleven earlier periods.
/// - Returns: the document.
public func sampleReportDocument(language: String = "en", history: Bool = true) -> ReportDocument {
    let asOf = ReportDate(year: 2026, month: 11, day: 30)
    return ReportDocument(
        report: SampleReport.report(asOf: asOf),
        trend: history ? SampleReport.trend() : Trend(),
        context: ReportContext(
            organization: "Example Shop K.K. \(HostileText.script)",
            toolVersion: "0.1.0",
            edition: .internal,
            language: language
        )
    )
}

/// The pieces of the sample report.
enum SampleReport {
    static let prod = "111122223333"
    static let staging = "444455556666"
    static let stray = "999900001111"

    static func report(asOf: ReportDate) -> ScoredReport {
        let findings = SampleFindings.all()
        let layers = [
            LayerAssessment(
                layer: .layer(.account),
                controls: ControlCounts(passed: 2, failed: 1, accepted: 1),
                openFindings: SeverityCounts([.high: 1]),
                acceptedFindings: 1
            ),
            LayerAssessment(
                layer: .layer(.network),
                controls: ControlCounts(passed: 1, failed: 1, unknown: 1),
                openFindings: SeverityCounts([.critical: 2, .high: 1]),
                acceptedFindings: 0
            ),
            LayerAssessment(
                layer: .layer(.webapp),
                controls: ControlCounts(passed: 1, failed: 1),
                openFindings: SeverityCounts([.critical: 1, .medium: 1]),
                acceptedFindings: 1
            ),
            LayerAssessment(
                layer: .layer(.datastore),
                controls: ControlCounts(passed: 1, failed: 1, noData: 1, accepted: 1),
                openFindings: SeverityCounts([.high: 1, .low: 1]),
                acceptedFindings: 1
            ),
            LayerAssessment(
                layer: .unclassified,
                controls: ControlCounts(),
                openFindings: SeverityCounts([.informational: 1]),
                acceptedFindings: 0
            ),
        ]
        return ScoredReport(
            asOf: asOf,
            overall: ControlCounts(passed: 5, failed: 4, unknown: 1, noData: 1, accepted: 2),
            layers: layers,
            environments: [
                EnvironmentAssessment(
                    accountId: prod,
                    name: "shop-prod",
                    environment: "prod",
                    mapped: true,
                    controls: ControlCounts(passed: 5, failed: 3, accepted: 2),
                    openFindings: SeverityCounts([.critical: 2, .high: 2, .medium: 1]),
                    acceptedFindings: 3
                ),
                EnvironmentAssessment(
                    accountId: staging,
                    name: "shop-staging",
                    environment: "staging",
                    mapped: true,
                    controls: ControlCounts(passed: 1, failed: 2, unknown: 1, noData: 1),
                    openFindings: SeverityCounts([.critical: 1, .high: 1, .low: 1]),
                    acceptedFindings: 0
                ),
                EnvironmentAssessment(
                    accountId: stray,
                    name: stray,
                    environment: "unmapped",
                    mapped: false,
                    controls: ControlCounts(),
                    openFindings: SeverityCounts([.informational: 1]),
                    acceptedFindings: 0
                ),
            ],
            controls: SampleControls.all(),
            findings: findings,
            acceptances: SampleAcceptances.all(),
            reconciliation: Reconciliation(
                records: 26,
                duplicates: 3,
                skipped: 1,
                evidence: 0,
                buckets: [
                    .sample: 1, .archived: 1, .suppressed: 1, .accepted: 3, .passed: 5, .unknown: 1, .open: 9,
                    .resolved: 1,
                ]
            ),
            inputs: [
                InputFile(
                    path: "exports/securityhub-2026-11.json",
                    sha256: "3f5a0c1e9b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809",
                    bytes: 184_233,
                    formats: [.asff: 22],
                    records: 23,
                    skipped: 1
                ),
                InputFile(
                    path: "exports/inspector-\(HostileText.script).jsonl.gz",
                    sha256: "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90",
                    bytes: 2_048,
                    formats: [.inspector2: 3],
                    records: 3,
                    partial: true
                ),
            ],
            diagnostics: [
                Diagnostic(
                    .note,
                    file: "exports/securityhub-2026-11.json",
                    location: "Findings[17]",
                    Message(.unknownSeverity, ["value": .text("SEVERE")])
                ),
                Diagnostic(
                    .warning,
                    file: "risk-acceptances.yml",
                    location: "RA-2026-009",
                    Message(.acceptanceStale, ["id": .text("RA-2026-009")])
                ),
            ],
            layerRules: [
                RuleUsage(
                    rule: .rule(.control("IAM.*"), "account"),
                    layer: .layer(.account),
                    source: "default",
                    findings: 4
                ),
                RuleUsage(
                    rule: .rule(.control("EC2.*"), "network"),
                    layer: .layer(.network),
                    source: "default",
                    findings: 4
                ),
                RuleUsage(
                    rule: .rule(Message(.ruleProduct, ["value": .text("guardduty")]), "network"),
                    layer: .layer(.network),
                    source: "default",
                    findings: 1
                ),
                RuleUsage(
                    rule: .rule(.control("ELB.*"), "webapp"),
                    layer: .layer(.webapp),
                    source: "default",
                    findings: 1
                ),
                RuleUsage(
                    rule: .rule(Message(.ruleResourceType, ["value": .text("AwsEcrContainerImage")]), "webapp"),
                    layer: .layer(.webapp),
                    source: "layers.yml",
                    findings: 2
                ),
                RuleUsage(
                    rule: .rule(.control("S3.*"), "datastore"),
                    layer: .layer(.datastore),
                    source: "default",
                    findings: 3
                ),
            ],
            frontDoor: SampleFrontDoor.evidence()
        )
    }

    static func trend() -> Trend {
        let scores: [(Int, Int, Int, Int)] = [
            (3, 6, 1, 0), (4, 5, 1, 1), (4, 5, 1, 1), (4, 6, 1, 1), (5, 5, 1, 1), (5, 4, 1, 2),
            (6, 4, 1, 2), (6, 3, 1, 2), (6, 3, 1, 3), (5, 4, 1, 3), (5, 5, 1, 2),
        ]
        var periods: [TrendPeriod] = []
        for (index, value) in scores.enumerated() {
            let month = (index + 11) % 12 + 1
            let year = index == 0 ? 2025 : 2026
            periods.append(
                TrendPeriod(
                    period: String(format: "%04d-%02d", year, month),
                    asOf: ReportDate(year: year, month: month, day: 28),
                    overall: ControlCounts(passed: value.0, failed: value.1, unknown: value.2, accepted: value.3),
                    layers: [
                        "account": ControlCounts(passed: 1 + index % 2, failed: 1, accepted: 1),
                        "network": ControlCounts(passed: value.0 / 3, failed: 1, unknown: value.2),
                        "webapp": ControlCounts(passed: 1, failed: index < 6 ? 1 : 0),
                        "datastore": ControlCounts(passed: value.0 / 2, failed: value.1 / 2),
                    ],
                    openFindings: SeverityCounts(
                        [
                            .critical: max(0, 6 - index / 2), .high: 4 + index % 3, .medium: 3, .low: 2,
                            .informational: 1,
                        ]
                    ),
                    acceptedFindings: value.3 + 1
                )
            )
        }
        return Trend(periods: periods, changes: SampleFrontDoor.changes())
    }
}
