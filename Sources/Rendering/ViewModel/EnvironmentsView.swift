import ReportModel

/// Per account: scores and counts, prod first.
struct EnvironmentsView {
    /// One row per account: the first `ReportViewModel.tableLimit`, prod first.
    let rows: [EnvironmentRowView]
    /// Whether any account is known.
    let hasRows: Bool
    /// How many accounts are left out, if any.
    let more: MoreLine?

    /// Builds the table.
    /// - Throws: `RenderError.missingString`.
    init(report: ScoredReport, format: ReportFormatter) throws(RenderError) {
        let sorted = report.environments.sorted {
            (EnvironmentMapping.rank(of: $0.environment), $0.environment, $0.name, $0.accountId)
                < (EnvironmentMapping.rank(of: $1.environment), $1.environment, $1.name, $1.accountId)
        }
        var rows: [EnvironmentRowView] = []
        for environment in sorted.prefix(ReportViewModel.tableLimit) {
            let controls = environment.controls
            rows.append(
                EnvironmentRowView(
                    name: format.escape(environment.name),
                    environment: format.escape(environment.environment),
                    accountId: format.escape(environment.accountId),
                    mapped: try format.strings.text(environment.mapped ? "yes" : "notMapped"),
                    score: controls.scored == 0
                        ? try format.strings.text("noControls") : try format.percent(controls.securityHubScore),
                    scoreWithAcceptances: controls.scored == 0
                        ? try format.strings.text("noControls") : try format.percent(controls.withAcceptancesScore),
                    passed: String(controls.passed),
                    failed: String(controls.failed),
                    unknown: String(controls.unknown),
                    accepted: String(controls.accepted),
                    openCritical: String(environment.openFindings[.critical]),
                    openHigh: String(environment.openFindings[.high]),
                    openTotal: String(environment.openFindings.total),
                    acceptedFindings: String(environment.acceptedFindings)
                )
            )
        }
        self.rows = rows
        hasRows = !rows.isEmpty
        more = try MoreLine.make(total: sorted.count, limit: ReportViewModel.tableLimit, format: format)
    }
}

/// One account's row.
struct EnvironmentRowView {
    let name: String
    let environment: String
    let accountId: String
    let mapped: String
    let score: String
    let scoreWithAcceptances: String
    let passed: String
    let failed: String
    let unknown: String
    let accepted: String
    let openCritical: String
    let openHigh: String
    let openTotal: String
    let acceptedFindings: String
}
