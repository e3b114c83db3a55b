import ReportModel

/// The risk acceptance register and the Security Hub suppressions that have no decision behind them.
struct AcceptanceRegisterView {
    /// One row per acceptance: expired, expiring, stale, then active; by review date, then id.
    let rows: [AcceptanceRowView]
    /// Whether any acceptance is recorded.
    let hasRows: Bool
    /// Findings suppressed at their source without an acceptance (capped).
    let suppressed: [SuppressedRowView]
    /// Whether there are such findings.
    let hasSuppressed: Bool
    /// "and N more", when capped.
    let suppressedMore: MoreLine?

    /// Builds the register.
    /// - Parameters:
    ///   - report: the acceptances and the findings.
    ///   - format: the language's wording and the output format's escaping.
    ///   - chosen: the suppressed findings without a decision, among others.
    /// - Throws: `RenderError.missingString`.
    init(report: ScoredReport, format: ReportFormatter, chosen: PageFindings) throws(RenderError) {
        let order: [AcceptanceStatus] = [.expired, .notYetInForce, .expiring, .stale, .active]
        let sorted = report.acceptances.sorted {
            ((order.firstIndex(of: $0.status) ?? 0), $0.acceptance.expiresOn, $0.acceptance.id)
                < ((order.firstIndex(of: $1.status) ?? 0), $1.acceptance.expiresOn, $1.acceptance.id)
        }
        var rows: [AcceptanceRowView] = []
        for result in sorted { rows.append(try AcceptanceRowView(result, format: format)) }
        self.rows = rows
        hasRows = !rows.isEmpty
        let suppressed = FindingRowView.listed(
            report.findings,
            at: chosen.suppressedWithoutDecision,
            limit: ReportViewModel.listLimit
        )
        var suppressedRows: [SuppressedRowView] = []
        for scored in suppressed.first {
            let finding = scored.finding
            let noNote = try format.strings.text("noNote")
            let note = finding.note.map { format.escape($0.text) } ?? noNote
            suppressedRows.append(
                SuppressedRowView(
                    title: format.escape(finding.title),
                    control: format.escape(finding.controlId ?? finding.productName),
                    controlCell: IdentifierBreaks.wordsCellClass(finding.controlId ?? finding.productName),
                    source: format.escape(SuppressionSource.name(finding)),
                    resource: try format.list(finding.resources.map(\.id), limit: 2),
                    environment: format.escape(scored.environment),
                    note: note,
                    noteBy: format.escape(finding.note?.updatedBy ?? "—")
                )
            )
        }
        self.suppressed = suppressedRows
        hasSuppressed = suppressed.count > 0
        suppressedMore = try MoreLine.make(total: suppressed.count, format: format)
    }
}

/// One acceptance in the register.
struct AcceptanceRowView {
    let id: String
    /// What it matches and how many findings it matched.
    let covers: String
    let reason: String
    let owner: String
    /// The owner cell's class: `words`, or `wrap` for a long word (`IdentifierBreaks.wordsCellClass`).
    let ownerCell: String
    let approver: String
    /// The approver cell's class, as `ownerCell`.
    let approverCell: String
    let accepted: String
    let expires: String
    /// `in 20 days` / `12 days ago`.
    let expiresIn: String
    /// `◐ Active`.
    let status: String
    /// The CSS class of the state.
    let state: String
    let ticket: String
    /// Warnings about the entry itself.
    let warnings: [String]
    let hasWarnings: Bool

    /// Builds a row.
    /// - Parameters:
    ///   - result: the acceptance with its status, matches and warnings on the as-of date.
    ///   - format: the wording in the report's language and the escaping of free text.
    /// - Throws: `RenderError.missingString`.
    init(_ result: AcceptanceResult, format: ReportFormatter) throws(RenderError) {
        let acceptance = result.acceptance
        let strings = format.strings
        let match = acceptance.match
        let parts: [(String, [String])] = [
            ("matchControls", match.controls), ("matchFindingIds", match.findingIds),
            ("matchProducts", match.products), ("matchResources", match.resources),
            ("matchAccounts", match.accounts), ("matchEnvironments", match.environments),
            ("matchRegions", match.regions), ("matchCves", match.cves),
            ("matchSeverities", match.severities.map { $0.rawValue }),
            ("matchTags", match.tags.map { "\($0.key)=\($0.value)" }),
        ]
        var covers: [String] = []
        for (key, values) in parts where !values.isEmpty {
            covers.append("\(try strings.text(key)) \(format.escape(values.joined(separator: ", ")))")
        }
        covers.append(try strings.plural("findingsMatched", result.matched))
        self.covers = covers.joined(separator: try strings.text("clauseSeparator"))
        id = format.escape(acceptance.id)
        reason = format.escape.whole(acceptance.reason)
        owner = format.escape(acceptance.owner)
        ownerCell = IdentifierBreaks.wordsCellClass(acceptance.owner)
        approver = format.escape(acceptance.approvedBy)
        approverCell = IdentifierBreaks.wordsCellClass(acceptance.approvedBy)
        accepted = acceptance.acceptedOn.description
        expires = acceptance.expiresOn.description
        expiresIn =
            result.daysToExpiry >= 0
            ? try strings.plural("inDays", result.daysToExpiry)
            : try strings.plural("daysAgo", -result.daysToExpiry)
        let icons: [AcceptanceStatus: String] = [
            .active: "◐", .expiring: "!", .expired: "✗", .stale: "○", .notYetInForce: "○",
        ]
        status = "\(icons[result.status] ?? "") \(try strings.text("acceptance_\(result.status.rawValue)"))"
        state = result.status.rawValue
        ticket = format.escape(acceptance.ticket ?? "—")
        warnings = result.warnings.map { format.words($0) }
        hasWarnings = !result.warnings.isEmpty
    }
}

/// A finding suppressed at its source (Security Hub, Inspector, Prowler) with no recorded acceptance: show its Note.
struct SuppressedRowView {
    let title: String
    let control: String
    /// The control cell's class: `words`, or `wrap` for a long id (`IdentifierBreaks.wordsCellClass`).
    let controlCell: String
    /// The tool the finding is suppressed in.
    let source: String
    let resource: String
    let environment: String
    let note: String
    let noteBy: String
}
