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
        var fold = TrendFold(self)
        for snapshot in snapshots.filter({ $0.period <= period }).suffix(periodsRead) { fold.add(snapshot) }
        return fold.trend(endingAt: period)
    }
}

/// A trend built one period at a time, oldest first, holding no more than the last two periods whole:
/// `TrendAnalysis.trend(endingAt:from:)`, and `HistoryStore.trendFold(before:analysis:)`, which reads the
/// stored periods one by one.
public struct TrendFold: Sendable {
    /// The analysis.
    public let analysis: TrendAnalysis
    private var periods: [TrendPeriod] = []
    private var timeline = FindingTimeline()
    private var previous: ReportSnapshot?
    private var current: ReportSnapshot?

    /// An empty fold.
    /// - Parameter analysis: the analysis it computes.
    public init(_ analysis: TrendAnalysis) {
        self.analysis = analysis
    }

    /// Adds the next period, later than every period added before.
    /// - Parameter snapshot: the period.
    public mutating func add(_ snapshot: ReportSnapshot) {
        add(snapshot, keepingFindings: true)
    }

    /// Adds the next period; its finding rows are let go once folded in when `keepingFindings` is false, for a
    /// period known not to be among the last two (the changes compare those two periods' rows).
    mutating func add(_ snapshot: ReportSnapshot, keepingFindings: Bool) {
        periods.append(TrendPeriod(snapshot))
        timeline.add(snapshot, laterPeriodsFollow: !keepingFindings)
        previous = current
        current = snapshot
        if !keepingFindings { current?.findings = [] }
    }

    /// How many finding rows the fold holds whole (the last two periods added, less those let go).
    var heldFindingRows: Int { (previous?.findings.count ?? 0) + (current?.findings.count ?? 0) }

    /// The trend ending at a period: the periods added, and the changes when the last one is that period.
    /// - Parameter period: the current period, `YYYY-MM`.
    /// - Returns: the trend.
    public func trend(endingAt period: String) -> Trend {
        let changes = current.flatMap { current in
            current.period == period
                ? PeriodChangeCalculator(policy: analysis.slaPolicy).changes(
                    timeline,
                    previous: previous,
                    current: current
                ) : nil
        }
        return Trend(periods: Array(periods.suffix(max(analysis.limit, 0))), changes: changes)
    }
}
