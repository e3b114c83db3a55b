import ReportModel

/// Findings across stored periods, indexed by identity: when each was first seen and when it was fixed.
struct FindingTimeline {
    /// The snapshots, oldest first.
    let snapshots: [ReportSnapshot]
    /// Per snapshot, its findings by identity.
    private let indexes: [FindingLookup]

    /// Indexes the snapshots.
    /// - Parameter snapshots: stored snapshots, oldest first.
    init(_ snapshots: [ReportSnapshot]) {
        self.snapshots = snapshots
        self.indexes = snapshots.map { FindingLookup($0.findings) }
    }

    /// The day a finding active in period `index` has been open since: its first-observed day, else
    /// the as-of date of the first period of the run of periods in which it has been active. When
    /// the period before that run holds the finding in another state (it passed, was resolved or
    /// archived), it reopened after that period's as-of date: a control that regressed this month
    /// is not "open for 263 days" because Security Hub first observed the resource long ago.
    /// - Parameters:
    ///   - identity: the finding's key in each period's index.
    ///   - index: a period in which it is active.
    /// - Returns: the day it has been open since; `nil` when the finding has no first-observed day
    ///   and no earlier period holds it (its age is unknown).
    func firstSeen(_ identity: FindingIdentity, openAt index: Int) -> ReportDate? {
        var start = index
        while start > 0, indexes[start - 1][identity]?.isActive == true { start -= 1 }
        let observed = indexes[index][identity]?.firstSeen
        if start > 0, indexes[start - 1][identity] != nil {
            let reopenedAfter = snapshots[start - 1].asOf
            return max(observed ?? reopenedAfter, reopenedAfter)
        }
        if observed == nil && start == index && index == 0 { return nil }
        return observed ?? snapshots[start].asOf
    }

    /// Days each finding fixed in period `index` took, from first seen to that period's as-of date.
    /// - Parameter index: the period of the fix; must be at least 1.
    /// - Returns: severity and days (never negative) per fixed finding, sorted by identity.
    func daysToFix(fixedIn index: Int) -> [(Severity, Int)] {
        let fixedOn = snapshots[index].asOf
        return snapshots[index - 1].findings.compactMap { before in
            guard before.isActive, indexes[index][before.identityKey].map(\.isFixed) ?? true else { return nil }
            guard let start = firstSeen(before.identityKey, openAt: index - 1) else { return nil }
            return (before.severity, max(0, start.days(until: fixedOn)))
        }
    }
}
