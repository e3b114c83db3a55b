/// Earlier periods, read from history, for month-over-month change and charts.
public struct Trend: Sendable, Equatable, Codable {
    /// Periods oldest first, the current one last.
    public var periods: [TrendPeriod]

    /// Creates a trend.
    /// - Parameter periods: the periods, oldest first.
    public init(periods: [TrendPeriod] = []) {
        self.periods = periods
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

    /// Creates a trend period.
    /// - Parameters:
    ///   - period: the period.
    ///   - asOf: the as-of date.
    ///   - overall: overall control counts.
    ///   - layers: per-layer control counts.
    ///   - openFindings: open findings.
    ///   - acceptedFindings: accepted findings.
    public init(
        period: String,
        asOf: ReportDate,
        overall: ControlCounts,
        layers: [String: ControlCounts] = [:],
        openFindings: SeverityCounts,
        acceptedFindings: Int
    ) {
        self.period = period
        self.asOf = asOf
        self.overall = overall
        self.layers = layers
        self.openFindings = openFindings
        self.acceptedFindings = acceptedFindings
    }
}
