import ReportModel

/// One standard's score in report.json `scores.byStandard[]`, held against the console's per-standard score.
struct JSONStandardScore: Encodable, Sendable {
    /// As in `Compliance.AssociatedStandards[].StandardsId`.
    let standardsId: String
    /// The console's name, with the version.
    let name: String
    /// Percent with one decimal, as AWS computes it; `null` without scored controls.
    let score: Nullable<Double>
    /// The same with documented acceptances.
    let scoreWithAcceptances: Nullable<Double>
    /// Passed controls.
    let passed: Int
    /// Scored controls: passed + failed + unknown (+ accepted, which AWS counts as failed).
    let total: Int
    /// Every state's count.
    let controls: ControlCounts
    /// Per layer name: the score within the standard.
    let layers: [String: JSONReport.Scores]
    /// Per account id: the score within the standard.
    let accounts: [String: JSONReport.Scores]
    /// The failed controls between the score and 100 %, most score for least work first.
    let leftToFull: [String]

    init(_ standard: StandardScore) {
        standardsId = standard.standardsId
        name = standard.name
        score = Nullable(standard.controls.securityHubScore?.percentOneDecimal)
        scoreWithAcceptances = Nullable(standard.controls.withAcceptancesScore?.percentOneDecimal)
        passed = standard.controls.passed
        total = standard.controls.scored
        controls = standard.controls
        layers = Dictionary(
            uniqueKeysWithValues: standard.layers.map { ($0.layer.description, JSONReport.Scores($0.controls)) }
        )
        accounts = Dictionary(
            uniqueKeysWithValues: standard.accounts.map { ($0.accountId, JSONReport.Scores($0.controls)) }
        )
        leftToFull = standard.failedControls
    }
}
