public import ReportModel

/// What the stored periods mean: the trend, month-over-month changes, finding ages and SLA
/// breaches, computed from the snapshots `HistoryStore` returns.
///
/// Pure: the dates come from the snapshots (their as-of dates and first-seen days), never the clock.
public struct TrendAnalysis: Sendable, Equatable {
    /// The SLA policy breaches are measured against.
    public var slaPolicy: SLAPolicy
    /// The most periods the trend holds, the current one included.
    public var limit: Int

    /// Creates an analysis.
    /// - Parameters:
    ///   - slaPolicy: days per severity before an open finding breaches its SLA.
    ///   - limit: the most periods the trend holds, the current one included.
    public init(slaPolicy: SLAPolicy = .standard, limit: Int = 12) {
        self.slaPolicy = slaPolicy
        self.limit = limit
    }

    /// How many stored periods, ending at the current one, the analysis reads: the trend's, and at
    /// least two, so the changes have a previous period.
    public var periodsRead: Int { max(limit, 2) }

    /// The trend ending at a period: the stored periods up to it, and its changes when it is stored.
    /// - Parameters:
    ///   - period: the current period, `YYYY-MM`.
    ///   - snapshots: stored periods up to it, oldest first (`HistoryStore.snapshots(endingAt:count:)`).
    /// - Returns: the trend.
    public func trend(endingAt period: String, from snapshots: [ReportSnapshot]) -> Trend {
        let snapshots = snapshots.filter { $0.period <= period }.suffix(periodsRead)
        let changes =
            snapshots.last?.period == period
            ? PeriodChangeCalculator(policy: slaPolicy).changes(in: Array(snapshots)) : nil
        return Trend(periods: snapshots.suffix(max(limit, 0)).map(TrendPeriod.init), changes: changes)
    }
}
