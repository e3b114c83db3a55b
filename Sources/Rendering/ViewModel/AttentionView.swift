import ReportModel

/// Failed controls and open critical or high findings without an acceptance, worst first.
struct AttentionView {
    /// The rows shown (capped).
    let rows: [AttentionRowView]
    /// Whether there is anything to show.
    let hasRows: Bool
    /// The count of rows over all.
    let total: String
    /// "and N more in report.json", when capped.
    let more: MoreLine?

    /// What a row of the list is about: a failed control (its position in the report's controls, the positions of its
    /// open findings and its environments, best first) or an open finding (its position in the report's findings).
    private enum Entry {
        case control(Int, open: [Int], environments: [String])
        case finding(Int)
    }

    /// Builds the list, sorted by severity, layer, environment (prod first), then id.
    /// - Parameters:
    ///   - report: the scored findings and controls the list is chosen from.
    ///   - changes: the month's changes from history; findings that reopened this period show that
    ///     instead of an age counted from when the provider first observed the resource.
    ///   - format: the language's wording, dates and escaping for the output format.
    ///   - chosen: the findings the list chooses from (`PageFindings(report.findings)`), chosen once for both
    ///     pages.
    /// - Throws: `RenderError.missingString`.
    init(
        report: ScoredReport,
        changes: PeriodChanges?,
        format: ReportFormatter,
        chosen: PageFindings
    ) throws(RenderError) {
        // Rows are built only for the entries shown: 100k findings sort by key, and only the first
        // `listLimit` are worded. An entry is a position (a failed control's in the report's controls, or a finding's),
        // worded by `row(_:)`: a closure for each entry was an allocation and a retain of what it captured.
        var items: [(key: AttentionSortKey, entry: Entry)] = []
        let strings = format.strings
        let reopened = Set(changes?.regressedFindings.identityKeys ?? [])
        let reopenedText = try changes?.previousPeriod.map { period throws(RenderError) in
            try strings.format("ageReopened", ["period": try format.periodLabel(period)])
        }
        func age(_ findings: [ScoredFinding]) throws(RenderError) -> String {
            let aged = findings.filter { !reopened.contains($0.finding.identityKey) }
            if aged.isEmpty, !findings.isEmpty, let reopenedText { return reopenedText }
            return try format.age(aged.compactMap(\.ageDays).max())
        }
        let findings = report.findings
        let controls = report.controls
        for position in controls.indices where controls[position].state == .failed {
            let control = controls[position]
            // Positions, read when needed: only the rows shown read their findings' resources and ages.
            let open = chosen.openByControl[control.controlId] ?? []
            let environments = Set(open.map { findings[$0].environment }).sorted {
                (EnvironmentMapping.rank(of: $0), $0) < (EnvironmentMapping.rank(of: $1), $1)
            }
            let key = AttentionSortKey(
                control.severity,
                control.layer,
                environments.first ?? "unmapped",
                .text(control.controlId)
            )
            items.append((key, .control(position, open: open, environments: environments)))
        }
        func row(_ entry: Entry) throws(RenderError) -> AttentionRowView {
            switch entry {
            case .control(let position, let open, let environments):
                let control = controls[position]
                return AttentionRowView(
                    severity: try format.severityLabel(control.severity),
                    severityClass: control.severity.rawValue.lowercased(),
                    kind: try strings.text("kindControl"),
                    reference: format.escape(control.controlId),
                    title: format.escape(control.title),
                    layer: try format.layerName(control.layer),
                    resource: try format.list(
                        Set(open.flatMap { findings[$0].finding.resources.map(\.id) }).sorted(),
                        limit: 2
                    ),
                    environment: format.escape(environments.joined(separator: ", ")),
                    environmentCell: IdentifierBreaks.wordsCellClass(environments.joined(separator: ", ")),
                    age: try age(open.map { findings[$0] }),
                    link: SafeLink(control.remediationURL, escape: format.escape)
                )
            case .finding(let index):
                // The finding is read when its row is worded (only the rows shown are), not copied for every one.
                let scored = findings[index]
                let finding = scored.finding
                return AttentionRowView(
                    severity: try format.severityLabel(finding.severity),
                    severityClass: finding.severity.rawValue.lowercased(),
                    kind: try strings.text("kindFinding"),
                    reference: format.escape(
                        finding.scanners.count > 1 ? finding.scanners.joined(separator: ", ") : finding.productName
                    ),
                    title: format.escape(finding.title),
                    layer: try format.layerName(scored.layer),
                    resource: try format.list(finding.resources.map(\.id), limit: 2),
                    environment: format.escape(scored.environment),
                    environmentCell: IdentifierBreaks.wordsCellClass(scored.environment),
                    age: try age([scored]),
                    link: SafeLink(finding.remediationURL, escape: format.escape)
                )
            }
        }
        // The findings' keys read where the report holds them, the identity kept whole (not joined into a string).
        findings.withUnsafeBufferPointer { findings in
            for index in chosen.uncontrolledHighOpen {
                let key = AttentionSortKey(
                    findings[index].finding.severity,
                    findings[index].layer,
                    findings[index].environment,
                    .identity(findings[index].finding.identityKey)
                )
                items.append((key, .finding(index)))
            }
        }
        // The first rows only, in the order a sort of every entry gives (ties in entry order): not every entry sorted.
        var shown: [AttentionRowView] = []
        for item in items.firstInOrder(ReportViewModel.listLimit, by: { $0.key < $1.key }) {
            shown.append(try row(item.entry))
        }
        rows = shown
        hasRows = !items.isEmpty
        total = String(items.count)
        more = try MoreLine.make(total: items.count, format: format)
    }
}

/// One row of the attention list.
struct AttentionRowView {
    /// `Critical`.
    let severity: String
    /// `critical`: the CSS class.
    let severityClass: String
    /// `Control` or `Finding`.
    let kind: String
    /// The control id or the product name.
    let reference: String
    /// The title.
    let title: String
    /// The layer's name.
    let layer: String
    /// Resources, first two and a count.
    let resource: String
    /// Environment words.
    let environment: String
    /// The environment cell's class: `words`, or `wrap` for a long word (`IdentifierBreaks.wordsCellClass`).
    let environmentCell: String
    /// `12 days`.
    let age: String
    /// The remediation link, when it passed the allowlist.
    let link: SafeLink?
}

/// The total order of the attention list.
struct AttentionSortKey: Comparable {
    let severity: Int
    let layer: LayerKey
    let environmentRank: Int
    let environment: String
    let id: AttentionID

    init(_ severity: Severity, _ layer: LayerKey, _ environment: String, _ id: AttentionID) {
        self.severity = -severity.rank
        self.layer = layer
        self.environmentRank = EnvironmentMapping.rank(of: environment)
        self.environment = environment
        self.id = id
    }

    static func < (lhs: AttentionSortKey, rhs: AttentionSortKey) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.layer != rhs.layer { return lhs.layer < rhs.layer }
        return (lhs.environmentRank, lhs.environment, lhs.id) < (rhs.environmentRank, rhs.environment, rhs.id)
    }
}

/// The last part of an attention row's order: a control's id or a finding's identity, ordered as their texts are.
/// A finding's identity is kept whole and compared as `FindingIdentity` compares (as its text would, without
/// joining its parts into a string for each of 100k findings); an id and an identity compare as texts.
enum AttentionID: Comparable {
    case text(String)
    case identity(FindingIdentity)

    /// The text the order is that of.
    private var text: String {
        switch self {
        case .text(let text): text
        case .identity(let identity): identity.text
        }
    }

    static func < (lhs: AttentionID, rhs: AttentionID) -> Bool {
        if case .identity(let left) = lhs, case .identity(let right) = rhs { return left < right }
        return lhs.text < rhs.text
    }

    static func == (lhs: AttentionID, rhs: AttentionID) -> Bool {
        if case .identity(let left) = lhs, case .identity(let right) = rhs { return left == right }
        return lhs.text == rhs.text
    }
}
