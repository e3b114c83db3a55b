import ReportModel

/// Computes month-over-month changes, time-to-fix, ages and SLA breaches from a timeline of stored periods.
///
/// Pure: the dates come from the snapshots (their as-of dates and first-seen days), never the clock.
struct PeriodChangeCalculator {
    /// The SLA policy breaches are measured against.
    let policy: SLAPolicy

    /// The changes for the last period of a timeline against the one before it.
    /// - Parameters:
    ///   - timeline: the periods, folded in oldest first; the last is the current period.
    ///   - previous: the period before the current one, when there is one.
    ///   - current: the current period.
    /// - Returns: the changes.
    func changes(_ timeline: FindingTimeline, previous: ReportSnapshot?, current: ReportSnapshot) -> PeriodChanges {
        let ages = openFindingAges(timeline, current: current)
        guard let previous else {
            return PeriodChanges(
                period: current.period,
                previousPeriod: nil,
                openByAge: ages.buckets,
                slaBreaches: ages.breaches,
                slaPolicy: policy
            )
        }
        let findings = FindingChanges(previous: previous, current: current)
        let controls = ControlChanges(previous: previous, current: current)
        let acceptances = AcceptanceChanges(previous: previous, current: current)
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
            timeToFix: Self.timeToFix(timeline.fixDays.last ?? []),
            timeToFixInTrend: Self.timeToFix(timeline.fixDays.flatMap { $0 }),
            openByAge: ages.buckets,
            slaBreaches: ages.breaches,
            slaPolicy: policy
        )
    }

    /// Open findings of the current period by age, and those past their SLA.
    private func openFindingAges(_ timeline: FindingTimeline, current: ReportSnapshot) -> (
        buckets: FindingAges, breaches: [SLABreach]
    ) {
        var buckets = FindingAges()
        var breaches: [SLABreach] = []
        // The timeline's active rows are the current period's active findings, in order. The findings are read
        // where the snapshot holds them, through its buffer: iterating, or the array's subscript, copied each row
        // (its texts retained and released).
        var rows = timeline.activeRows.makeIterator()
        current.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices where findings[index].isActive {
                guard let row = rows.next() else { break }
                guard findings[index].status == .open else { continue }
                let severity = findings[index].severity
                guard let start = row.since else {
                    buckets.addUnknown(severity)
                    continue
                }
                let age = max(0, start.days(until: current.asOf))
                buckets.add(severity, ageDays: age)
                if let limit = policy.limit(for: severity), age > limit {
                    breaches.append(
                        SLABreach(
                            identityKey: findings[index].identityKey,
                            severity: severity,
                            layer: findings[index].layer,
                            ageDays: age,
                            slaDays: limit
                        )
                    )
                }
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
