import ReportModel

/// The console's per-standard scores, and for each standard what stands between its score and 100 %.
struct StandardsView {
    /// One row per standard, by name: the first `ReportViewModel.listLimit` (Security Hub has about ten standards;
    /// only a crafted export names more, and each would add a section to the page).
    let rows: [StandardRowView]
    /// "and N more in report.json" when standards were left out.
    let more: MoreLine?
    /// Whether the findings name any standard.
    let hasRows: Bool
    /// Whether each failed control is listed with its title (not in the summary edition, which names no finding).
    let showControls: Bool

    /// Builds the view.
    /// - Parameters:
    ///   - document: the document: this period's report and the trend (for the change from last period).
    ///   - format: the wording in the report's language and the escaping of free text.
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, format: ReportFormatter) throws(RenderError) {
        let report = document.report
        let previous = document.trend.previous(before: report.period)
        let controls = Dictionary(report.controls.map { ($0.controlId, $0) }) { first, _ in first }
        var rows: [StandardRowView] = []
        for standard in report.byStandard.prefix(ReportViewModel.listLimit) {
            let before = previous?.standards[standard.standardsId]
            let delta =
                previous == nil
                ? try format.strings.text("deltaFirstPeriod")
                : before == nil
                    ? try format.strings.text("standardNewThisPeriod")
                    : try format.delta(standard.controls.securityHubScore, before?.securityHubScore, hasPrevious: true)
            rows.append(try StandardRowView(standard, delta: delta, controls: controls, format: format))
        }
        self.rows = rows
        more = try MoreLine.make(total: report.byStandard.count, format: format)
        hasRows = !rows.isEmpty
        showControls = document.context.edition != .summary
    }
}

/// One standard's score and its remaining failed controls.
struct StandardRowView {
    /// The console's name, escaped.
    let name: String
    /// `80%`.
    let score: String
    /// `(8 of 10 controls)`.
    let detail: String
    /// The score with documented acceptances.
    let scoreWithAcceptances: String
    /// The change of the Security Hub score from the previous period: `▲ 3 pts`, `new this period`.
    let delta: String
    /// `What stands between … and 100 %`.
    let leftTitle: String
    /// The failed controls, most score for least work first.
    let left: [LeftControlView]
    /// Whether any control is left.
    let hasLeft: Bool
    /// How many controls are left.
    let leftCount: String
    /// Every missing point explained: `12 points short of 100%: 10 accepted in writing (RA-2026-001 1, …), 2 open
    /// (ECS.2, DynamoDB.2).`
    let why: String
    /// The anchor of this standard's list.
    let anchor: String

    init(
        _ standard: StandardScore,
        delta: String,
        controls: [String: ControlResult],
        format: ReportFormatter
    ) throws(RenderError) {
        self.delta = delta
        let strings = format.strings
        name = format.escape(standard.name)
        score = try format.percent(standard.controls.securityHubScore)
        detail = try format.scoreDetail(standard.controls.securityHubScore)
        scoreWithAcceptances = try format.percent(standard.controls.withAcceptancesScore)
        leftTitle = try strings.format("standardLeftTitle", ["standard": name])
        var left: [LeftControlView] = []
        for id in standard.failedControls {
            let control = controls[id]
            let accepted = control?.acceptanceIds ?? []
            left.append(
                LeftControlView(
                    control: format.escape(id),
                    controlCell: IdentifierBreaks.wordsCellClass(id),
                    title: format.escape(control?.title ?? id),
                    state: try format.stateLabel(control?.state ?? .failed),
                    stateClass: (control?.state ?? .failed).rawValue,
                    accounts: String(control?.failingAccounts.count ?? 0),
                    acceptance: accepted.isEmpty
                        ? try strings.text("standardNoAcceptance") : format.escape(accepted.joined(separator: ", "))
                )
            )
        }
        self.left = left
        hasLeft = !left.isEmpty
        leftCount = String(left.count)
        why = try Self.why(standard, controls: controls, format: format)
        anchor = "standard-" + standard.standardsId.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    }
}

extension StandardRowView {
    /// Accounts for every point between the standard's score and 100 %: failed controls by the acceptance that
    /// covers them, open ones by id, unknown ones by count.
    fileprivate static func why(
        _ standard: StandardScore,
        controls: [String: ControlResult],
        format: ReportFormatter
    ) throws(RenderError) -> String {
        let strings = format.strings
        let counts = standard.controls
        let missing = counts.failed + counts.accepted + counts.unknown
        guard missing > 0 else { return try strings.text("standardWhyFull") }
        var parts: [String] = []
        var byAcceptance: [String: Int] = [:]
        var open: [String] = []
        for id in standard.failedControls {
            let control = controls[id]
            if let control, control.state == .accepted, !control.acceptanceIds.isEmpty {
                byAcceptance[control.acceptanceIds.joined(separator: "+"), default: 0] += 1
            } else {
                open.append(id)
            }
        }
        if !byAcceptance.isEmpty {
            let colon = try strings.text("colon")
            let list = byAcceptance.keys.sorted().map { "\(format.escape($0))\(colon)\(byAcceptance[$0] ?? 0)" }
            parts.append(
                try strings.plural(
                    "standardWhyAccepted",
                    byAcceptance.values.reduce(0, +),
                    ["list": list.joined(separator: try strings.text("listSeparator"))]
                )
            )
        }
        if !open.isEmpty {
            parts.append(
                try strings.plural(
                    "standardWhyOpen",
                    open.count,
                    ["list": open.map { format.escape($0) }.joined(separator: try strings.text("listSeparator"))]
                )
            )
        }
        if counts.unknown > 0 { parts.append(try strings.plural("standardWhyUnknown", counts.unknown)) }
        return try strings.plural(
            "standardWhy",
            missing,
            ["parts": parts.joined(separator: try strings.text("clauseSeparator")), "total": String(counts.scored)]
        )
    }
}

/// One failed control of a standard.
struct LeftControlView {
    let control: String
    /// The control cell's class: `words`, or `wrap` for a long id (`IdentifierBreaks.wordsCellClass`).
    let controlCell: String
    let title: String
    /// `✗ Failed` / `◐ Accepted`.
    let state: String
    /// The CSS class of the state.
    let stateClass: String
    /// Accounts where it fails.
    let accounts: String
    /// The acceptance ids that cover it, or a dash.
    let acceptance: String
}
