import ReportModel

/// Month over month: new, fixed and regressed findings and controls, acceptance changes,
/// time-to-fix, open findings by age and SLA breaches.
struct PeriodChangesView {
    /// `Compared with October 2026.` or the first-period note.
    let comparedWith: String
    /// Whether an earlier period was compared with (the change tables are shown only then).
    let hasPrevious: Bool
    /// New, fixed and regressed findings by severity.
    let findings: [SeverityRowView]
    /// Controls and acceptances that changed: label, count, ids.
    let controlChanges: [ChangeRowView]
    /// Time-to-fix per severity, this period and over the trend.
    let timeToFix: [TimeToFixRowView]
    /// Whether any fix was measured.
    let hasTimeToFix: Bool
    /// Open findings by age bucket and severity.
    let ages: [SeverityRowView]
    /// The SLA days per severity, then breaches per severity.
    let sla: [SeverityRowView]
    /// The breaches, worst and oldest first (capped).
    let breaches: [SLABreachRowView]
    /// Whether any finding breached its SLA.
    let hasBreaches: Bool
    /// "and N more", when capped.
    let breachesMore: MoreLine?

    /// Builds the view, or `nil` when history gave no changes (no stored current period).
    /// - Parameters:
    ///   - changes: the period's changes from history; `nil` gives no view.
    ///   - findings: this period's findings, to name the findings the changes list by identity.
    ///   - identityOrder: where the findings are in identity order, if scoring knew (`ScoredReport.identityOrder`):
    ///     the few findings named are then found by bisection, not by a pass over every finding.
    ///   - format: the wording in the report's language and the escaping of free text.
    /// - Returns: the view.
    /// - Throws: `RenderError.missingString`.
    static func make(
        _ changes: PeriodChanges?,
        findings: [ScoredFinding],
        identityOrder: IdentityOrder = IdentityOrder(),
        format: ReportFormatter
    ) throws(RenderError) -> PeriodChangesView? {
        guard let changes else { return nil }
        // Only the breaches listed are named: their findings alone are looked up (the first of each
        // identity), not every finding indexed.
        // Compared in parts (`FindingIdentity`): no finding's identity is joined into text unless it is listed.
        let listed = Set(changes.slaBreaches.prefix(ReportViewModel.listLimit).map(\.identityKey))
        var byIdentity: [String: ScoredFinding] = [:]
        if !listed.isEmpty {
            if let found = Self.searched(listed, in: findings, identityOrder: identityOrder) {
                byIdentity = found
            } else {
                // Read by position: a for-in loop would copy every finding (its references retained and released).
                for index in findings.indices where listed.contains(findings[index].finding.identityKey) {
                    let identity = findings[index].finding.identity
                    if byIdentity[identity] == nil { byIdentity[identity] = findings[index] }
                }
            }
        }
        return try PeriodChangesView(changes: changes, named: byIdentity, format: format)
    }

    /// The findings of `identities`, each found by bisection through the report's identity order (a report's
    /// findings are one per identity when scoring knew that order): nil when there is no order, or an identity is
    /// not found through it, for the caller to look through every finding instead.
    private static func searched(
        _ identities: Set<FindingIdentity>,
        in findings: [ScoredFinding],
        identityOrder: IdentityOrder
    ) -> [String: ScoredFinding]? {
        guard let positions = identityOrder.positions, positions.count == findings.count,
            positions.allSatisfy({ findings.indices.contains(Int($0)) })
        else { return nil }
        var found: [String: ScoredFinding] = [:]
        for identity in identities {
            var low = 0
            var high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if findings[Int(positions[middle])].finding.identityKey < identity {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            guard low < positions.count, findings[Int(positions[low])].finding.identityKey == identity else {
                return nil
            }
            let finding = findings[Int(positions[low])]
            found[finding.finding.identity] = finding
        }
        return found
    }

    private init(
        changes: PeriodChanges,
        named: [String: ScoredFinding],
        format: ReportFormatter
    ) throws(RenderError) {
        let strings = format.strings
        if let previous = changes.previousPeriod {
            comparedWith = try strings.format("changesComparedWith", ["period": try format.periodLabel(previous)])
            hasPrevious = true
        } else {
            comparedWith = try strings.text("changesFirstPeriod")
            hasPrevious = false
        }
        findings = [
            try SeverityRowView(label: strings.text("changesNewFindings"), changes.newFindings.bySeverity),
            try SeverityRowView(label: strings.text("changesFixedFindings"), changes.fixedFindings.bySeverity),
            try SeverityRowView(label: strings.text("changesRegressedFindings"), changes.regressedFindings.bySeverity),
        ]
        controlChanges = [
            try ChangeRowView(key: "changesNewFailingControls", changes.newFailingControls, format: format),
            try ChangeRowView(key: "changesFixedControls", changes.fixedControls, format: format),
            try ChangeRowView(key: "changesRegressedControls", changes.regressedControls, format: format),
            try ChangeRowView(key: "changesNewlyAccepted", changes.newlyAccepted, format: format),
            try ChangeRowView(key: "changesNewlyExpired", changes.newlyExpired, format: format),
        ]
        var rows: [TimeToFixRowView] = []
        for severity in Severity.worstFirst {
            let now = changes.timeToFix.first { $0.severity == severity }
            let trend = changes.timeToFixInTrend.first { $0.severity == severity }
            guard now != nil || trend != nil else { continue }
            rows.append(try TimeToFixRowView(severity: severity, period: now, trend: trend, format: format))
        }
        timeToFix = rows
        hasTimeToFix = !rows.isEmpty
        let ages = changes.openByAge
        var ageRows = [
            try SeverityRowView(label: strings.text("age0to30"), ages.upTo30Days),
            try SeverityRowView(label: strings.text("age31to90"), ages.upTo90Days),
            try SeverityRowView(label: strings.text("age90plus"), ages.over90Days),
        ]
        if ages.unknown.total > 0 {
            ageRows.append(try SeverityRowView(label: strings.text("ageUnknown"), ages.unknown))
        }
        self.ages = ageRows
        var policy: [String] = []
        for severity in Severity.worstFirst {
            policy.append(
                try changes.slaPolicy.limit(for: severity).map { days throws(RenderError) in
                    try strings.plural("days", days)
                } ?? "—"
            )
        }
        sla = [
            SeverityRowView(label: try strings.text("slaAllowed"), cells: policy),
            try SeverityRowView(label: strings.text("slaBreaches"), changes.slaBreachesBySeverity),
        ]
        var breaches: [SLABreachRowView] = []
        for breach in changes.slaBreaches.prefix(ReportViewModel.listLimit) {
            breaches.append(try SLABreachRowView(breach: breach, finding: named[breach.identity], format: format))
        }
        self.breaches = breaches
        hasBreaches = !breaches.isEmpty
        breachesMore = try MoreLine.make(total: changes.slaBreaches.count, format: format)
    }
}

/// A labelled row with one cell per severity, worst first, and a total.
struct SeverityRowView {
    let label: String
    let cells: [String]
    let total: String

    /// A row of counts.
    init(label: String, _ counts: SeverityCounts) {
        self.label = label
        cells = Severity.worstFirst.map { String(counts[$0]) }
        total = String(counts.total)
    }

    /// A row of prepared cells without a total.
    init(label: String, cells: [String]) {
        self.label = label
        self.cells = cells
        total = "—"
    }
}

/// A change of controls or acceptances: what, how many, which.
struct ChangeRowView {
    let label: String
    let count: String
    let items: String

    init(key: String, _ ids: [String], format: ReportFormatter) throws(RenderError) {
        label = try format.strings.text(key)
        count = String(ids.count)
        items = try format.list(ids, limit: 8)
    }
}

/// Time-to-fix of one severity: this period's fixes and every fix in the trend.
struct TimeToFixRowView {
    let severity: String
    let fixed: String
    let mean: String
    let median: String
    let trendFixed: String
    let trendMean: String
    let trendMedian: String

    init(severity: Severity, period: TimeToFix?, trend: TimeToFix?, format: ReportFormatter) throws(RenderError) {
        self.severity = try format.severityLabel(severity)
        fixed = period.map { String($0.fixed) } ?? "0"
        mean = period.map { Self.days($0.meanDays) } ?? "—"
        median = period.map { Self.days($0.medianDays) } ?? "—"
        trendFixed = trend.map { String($0.fixed) } ?? "0"
        trendMean = trend.map { Self.days($0.meanDays) } ?? "—"
        trendMedian = trend.map { Self.days($0.medianDays) } ?? "—"
    }

    /// Days with one decimal, fixed format: `12.5`.
    static func days(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

/// One open finding past its SLA.
struct SLABreachRowView {
    let severity: String
    let severityClass: String
    /// `S3.8 S3 general purpose buckets should block public access`, or the finding's title.
    let title: String
    /// Whether the finding is in this period, so it has a title.
    let hasTitle: Bool
    /// The primary resource and environment, or the finding identity when it is not in this period.
    let identity: String
    let layer: String
    let age: String
    let sla: String
    let overdue: String

    init(breach: SLABreach, finding scored: ScoredFinding?, format: ReportFormatter) throws(RenderError) {
        severity = try format.severityLabel(breach.severity)
        severityClass = breach.severity.rawValue.lowercased()
        if let scored {
            let finding = scored.finding
            title = format.escape([finding.controlId, finding.title].compactMap { $0 }.joined(separator: " "))
            identity = format.escape(
                [finding.resources.first?.id ?? finding.id, scored.environment].joined(separator: " · ")
            )
        } else {
            title = ""
            identity = format.escape(breach.identity)
        }
        hasTitle = !title.isEmpty
        layer = try format.layerName(breach.layer)
        age = try format.age(breach.ageDays)
        sla = try format.age(breach.slaDays)
        overdue = try format.age(breach.overdueDays)
    }
}
