/// Earlier periods, read from history, for month-over-month change and charts.
public struct Trend: Sendable, Equatable, Codable {
    /// Periods oldest first, the current one last.
    public var periods: [TrendPeriod]
    /// Changes from the previous period to the current one (`nil` without a stored current period).
    public var changes: PeriodChanges?

    /// Creates a trend; every argument sets the property of the same name.
    public init(periods: [TrendPeriod] = [], changes: PeriodChanges? = nil) {
        self.periods = periods
        self.changes = changes
    }

    /// The period before the current one, if history has it.
    /// - Parameter period: the current period, `YYYY-MM`.
    /// - Returns: the latest earlier period.
    public func previous(before period: String) -> TrendPeriod? {
        periods.last { $0.period < period }
    }
}

/// One period's headline numbers.
public struct TrendPeriod: Sendable, Equatable, Codable {
    /// `YYYY-MM`.
    public var period: String
    /// The as-of date of the snapshot.
    public var asOf: ReportDate
    /// Overall control counts (the scores derive from them).
    public var overall: ControlCounts
    /// Control counts per layer name.
    public var layers: [String: ControlCounts]
    /// Open findings by severity.
    public var openFindings: SeverityCounts
    /// Findings covered by valid acceptances.
    public var acceptedFindings: Int
    /// Control counts per account name.
    public var environments: [String: ControlCounts]
    /// Control counts per Security Hub standard, keyed by `standardsId`.
    public var standards: [String: ControlCounts] = [:]

    /// Creates a trend period; every argument sets the property of the same name.
    public init(
        period: String,
        asOf: ReportDate,
        overall: ControlCounts,
        layers: [String: ControlCounts] = [:],
        openFindings: SeverityCounts,
        acceptedFindings: Int,
        environments: [String: ControlCounts] = [:]
    ) {
        self.period = period
        self.asOf = asOf
        self.overall = overall
        self.layers = layers
        self.openFindings = openFindings
        self.acceptedFindings = acceptedFindings
        self.environments = environments
    }
}
