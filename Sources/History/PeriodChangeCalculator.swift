import ReportModel

/// Computes month-over-month changes, time-to-fix, ages and SLA breaches from stored snapshots.
///
/// Pure: the dates come from the snapshots (their as-of dates and first-seen days), never the clock.
struct PeriodChangeCalculator {
    /// The SLA policy breaches are measured against.
    let policy: SLAPolicy

    /// The changes for the last snapshot against the one before it.
    /// - Parameter snapshots: stored snapshots, oldest first; the last is the current period.
    /// - Returns: the changes, or `nil` without snapshots.
    func changes(in snapshots: [ReportSnapshot]) -> PeriodChanges? {
        guard let current = snapshots.last else { return nil }
        let timeline = FindingTimeline(snapshots)
        let ages = openFindingAges(timeline)
        guard snapshots.count > 1 else {
            return PeriodChanges(
                period: current.period,
                previousPeriod: nil,
                openByAge: ages.buckets,
                slaBreaches: ages.breaches,
                slaPolicy: policy
            )
        }
        let previous = snapshots[snapshots.count - 2]
        let findings = FindingChanges(previous: previous, current: current)
        let controls = ControlChanges(previous: previous, current: current)
        let acceptances = AcceptanceChanges(previous: previous, current: current)
        let fixDays = (1..<snapshots.count).map { timeline.daysToFix(fixedIn: $0) }
        return PeriodChanges(
            period: current.period,
            previousPeriod: previous.period,
            newFindings: FindingDelta(findings.new),
            fixedFindings: FindingDelta(findings.fixed),
            regressedFindings: FindingDelta(findings.regressed),
            newFailingControls: controls.new,
            fixedControls: controls.fixed,
            regressedControls: controls.regressed,
            newlyAccepted: acceptances.newlyAccepted,
            newlyExpired: acceptances.newlyExpired,
            timeToFix: Self.timeToFix(fixDays.last ?? []),
            timeToFixInTrend: Self.timeToFix(fixDays.flatMap { $0 }),
            openByAge: ages.buckets,
            slaBreaches: ages.breaches,
            slaPolicy: policy
        )
    }

    private func openFindingAges(_ timeline: FindingTimeline) -> (buckets: FindingAges, breaches: [SLABreach]) {
        let index = timeline.snapshots.count - 1
        let current = timeline.snapshots[index]
        var buckets = FindingAges()
        var breaches: [SLABreach] = []
        for finding in current.findings where finding.status == .open {
            guard let start = timeline.firstSeen(finding.identityKey, openAt: index) else {
                buckets.addUnknown(finding.severity)
                continue
            }
            let age = max(0, start.days(until: current.asOf))
            buckets.add(finding.severity, ageDays: age)
            if let limit = policy.limit(for: finding.severity), age > limit {
                breaches.append(
                    SLABreach(
                        identityKey: finding.identityKey,
                        severity: finding.severity,
                        layer: finding.layer,
                        ageDays: age,
                        slaDays: limit
                    )
                )
            }
        }
        return (buckets, breaches)
    }

    private static func timeToFix(_ fixes: [(Severity, Int)]) -> [TimeToFix] {
        Severity.worstFirst.compactMap { severity in
            TimeToFix(severity: severity, days: fixes.filter { $0.0 == severity }.map(\.1))
        }
    }
}
