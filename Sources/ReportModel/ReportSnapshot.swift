/// What history keeps of one period: enough for the trend, month-over-month deltas and time-to-fix.
///
/// A snapshot is a plain value; `HistoryStore` writes it to normalized tables and reads it back
/// unchanged. Every list is kept in a total order so two snapshots of the same report are equal.
public struct ReportSnapshot: Sendable, Equatable, Codable {
    /// `YYYY-MM`, the period of `asOf`.
    public var period: String
    /// The as-of date of the run that recorded it.
    public var asOf: ReportDate
    /// How many input files the run read.
    public var inputCount: Int
    /// Overall control counts (the scores derive from them).
    public var overall: ControlCounts
    /// Per layer, in report order.
    public var layers: [LayerSnapshot]
    /// Per account, sorted by environment rank, name and account id.
    public var environments: [EnvironmentSnapshot]
    /// Per control, sorted by control id.
    public var controls: [ControlSnapshot]
    /// The acceptance register, sorted by id.
    public var acceptances: [AcceptanceSnapshot]
    /// Every non-sample finding, sorted by identity.
    public var findings: [FindingSnapshot]
    /// Per Security Hub standard, sorted by `standardsId`; empty for periods recorded before standards were kept.
    public var standards: [StandardSnapshot] = [] {
        didSet { standards.sort { $0.standardsId < $1.standardsId } }
    }

    /// Creates a snapshot; every argument sets the property of the same name, except that the period is derived from
    /// `asOf` and the lists are sorted into their total order.
    public init(
        asOf: ReportDate,
        inputCount: Int,
        overall: ControlCounts,
        layers: [LayerSnapshot],
        environments: [EnvironmentSnapshot],
        controls: [ControlSnapshot],
        acceptances: [AcceptanceSnapshot],
        findings: [FindingSnapshot]
    ) {
        self.period = asOf.period
        self.asOf = asOf
        self.inputCount = inputCount
        self.overall = overall
        self.layers = layers.sorted { $0.layer < $1.layer }
        self.environments = environments.sorted(by: EnvironmentSnapshot.precedes)
        self.controls = controls.sorted { $0.controlId < $1.controlId }
        self.acceptances = acceptances.sorted { $0.id < $1.id }
        // Kept as given when already in order (a scored report's snapshot sorts its rows as it makes them), so
        // 100k rows are not copied to be sorted again.
        let inOrder = zip(findings, findings.dropFirst()).allSatisfy { $0.identityKey < $1.identityKey }
        self.findings = inOrder ? findings : findings.sorted { $0.identityKey < $1.identityKey }
    }

    /// Open findings by severity over all layers (not accepted, not fixed).
    public var openFindings: SeverityCounts {
        var counts = SeverityCounts()
        for layer in layers {
            for severity in Severity.allCases { counts[severity] += layer.openFindings[severity] }
        }
        return counts.normalized
    }

    /// Findings covered by valid acceptances, over all layers.
    public var acceptedFindings: Int { layers.reduce(0) { $0 + $1.acceptedFindings } }

    /// Findings per status (bucket), every bucket present.
    public var findingsByStatus: [FindingBucket: Int] {
        var counts = Dictionary(uniqueKeysWithValues: FindingBucket.allCases.map { ($0, 0) })
        for finding in findings { counts[finding.status, default: 0] += 1 }
        return counts
    }

    /// The headline numbers of the period, as `history list` shows them.
    public var summary: PeriodSummary {
        PeriodSummary(
            period: period,
            asOf: asOf,
            overall: overall,
            openFindings: openFindings,
            acceptedFindings: acceptedFindings,
            inputCount: inputCount
        )
    }
}
