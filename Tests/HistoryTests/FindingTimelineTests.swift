import ReportModel
import TestSupport
import Testing

@testable import History

/// The timeline is folded one period at a time (`FindingTimeline.add(_:)`); these tests hold it to the definition
/// it replaced, which kept every period and looked each one up again (`ReferenceTimeline`, below), on random
/// histories: findings that come and go, change state, reopen, lack a first-observed day, or appear twice in one
/// period.
@Suite struct FindingTimelineTests {
    @Test(arguments: 0..<300) func theFoldAgreesWithTheDefinition(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let snapshots = Self.history(&random)
        var timeline = FindingTimeline()
        // Half the seeds fold each period in as it comes (a later period is known to follow), half when the next
        // one comes.
        for (index, snapshot) in snapshots.enumerated() {
            timeline.add(snapshot, laterPeriodsFollow: seed % 2 == 0 && index < snapshots.count - 1)
        }
        let reference = ReferenceTimeline(snapshots)
        let last = snapshots.count - 1

        // The open-since day of every active row of the last period, in row order.
        let expectedSince = snapshots[last].findings.filter(\.isActive).map {
            reference.firstSeen($0.identityKey, openAt: last)
        }
        #expect(timeline.activeRows.map(\.since) == expectedSince, "seed \(seed)")
        #expect(timeline.activeRows.map(\.severity) == snapshots[last].findings.filter(\.isActive).map(\.severity))
        // The fixes of every period after the first.
        #expect(timeline.fixDays.count == last)
        for index in 1..<snapshots.count {
            let expected = reference.daysToFix(fixedIn: index)
            let actual = timeline.fixDays[index - 1]
            #expect(actual.map(\.0) == expected.map(\.0), "seed \(seed), period \(index)")
            #expect(actual.map(\.1) == expected.map(\.1), "seed \(seed), period \(index)")
        }
    }

    @Test func theTrendOfStoredPeriodsIsTheTrendOfTheirFold() {
        // `TrendAnalysis.trend(endingAt:from:)` goes through the fold too; across limits and end periods it
        // must give what a fold of the same periods gives, and the changes must see the right two periods.
        var random = SeededGenerator(seed: 7)
        let snapshots = Self.history(&random, periods: 6)
        for limit in [0, 1, 2, 3, 12] {
            let analysis = TrendAnalysis(limit: limit)
            let period = snapshots[4].period
            let trend = analysis.trend(endingAt: period, from: snapshots)
            var fold = TrendFold(analysis)
            for snapshot in snapshots[..<5].suffix(analysis.periodsRead) { fold.add(snapshot) }
            #expect(trend == fold.trend(endingAt: period))
            #expect(trend.changes?.previousPeriod == snapshots[3].period)
            #expect(trend.periods.count == min(limit, 5))
        }
    }

    @Test(arguments: 0..<12) func theStoredFoldIsTheTrendOfTheStoredPeriods(seed: Int) throws {
        // The report's path: the stored periods read one at a time (all but the last for the timeline alone) and
        // folded, this period added from memory; against the stored periods read whole, then analysed.
        var random = SeededGenerator(seed: UInt64(1000 + seed))
        let snapshots = Self.history(&random, periods: 3 + seed % 5, duplicates: false)
        let history = try TemporaryHistory()
        defer { history.remove() }
        let store = try history.open()
        for snapshot in snapshots.dropLast() {
            try store.record(snapshot, reading: 0) { (_: [ReportSnapshot]) in }
        }
        let current = try #require(snapshots.last)
        for analysis in [TrendAnalysis(), TrendAnalysis(limit: 2), TrendAnalysis(slaPolicy: SLAPolicy(critical: 1))] {
            var fold = try store.trendFold(before: current.period, analysis: analysis)
            // Of the stored periods, only the last one's rows are held (the changes compare it with this one).
            #expect(fold.heldFindingRows == snapshots[snapshots.count - 2].findings.count)
            fold.add(current)
            let stored = try store.snapshots(before: current.period, count: analysis.periodsRead - 1)
            #expect(
                fold.trend(endingAt: current.period)
                    == analysis.trend(endingAt: current.period, from: stored + [current])
            )
        }
    }

    /// Two to seven monthly periods over a small pool of identities, so they recur.
    static func history(_ random: inout SeededGenerator, periods: Int? = nil, duplicates: Bool = true)
        -> [ReportSnapshot]
    {
        let count = periods ?? 2 + Int(random.next() % 6)
        let pool = (0..<12).map { "asff|arn:aws:securityhub:eu-west-1::product/aws/securityhub|finding-\($0)" }
        let statuses = FindingBucket.allCases
        var snapshots: [ReportSnapshot] = []
        for month in 0..<count {
            let asOf = ReportDate(year: 2026, month: 1 + month, day: 28)
            var findings: [FindingSnapshot] = []
            for identity in pool where random.next() % 4 != 0 {
                let copies = duplicates && random.next() % 10 == 0 ? 2 : 1
                for _ in 0..<copies {
                    let observed = random.next() % 3 == 0 ? nil : asOf.adding(days: -Int(random.next() % 200))
                    findings.append(
                        FindingSnapshot(
                            identity: identity,
                            status: statuses[Int(random.next() % UInt64(statuses.count))],
                            severity: Severity.worstFirst[Int(random.next() % UInt64(Severity.worstFirst.count))],
                            layer: .layer(.network),
                            firstSeen: observed
                        )
                    )
                }
            }
            snapshots.append(.findingsOnly(findings, asOf: asOf))
        }
        return snapshots
    }
}

/// The timeline as it was defined before the fold: every period kept, each looked up by identity (the first row of
/// an identity speaks for it), the run of active periods found by walking back.
private struct ReferenceTimeline {
    let snapshots: [ReportSnapshot]
    private let indexes: [[FindingIdentity: FindingSnapshot]]

    init(_ snapshots: [ReportSnapshot]) {
        self.snapshots = snapshots
        self.indexes = snapshots.map { snapshot in
            var index: [FindingIdentity: FindingSnapshot] = [:]
            for finding in snapshot.findings where index[finding.identityKey] == nil {
                index[finding.identityKey] = finding
            }
            return index
        }
    }

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

    func daysToFix(fixedIn index: Int) -> [(Severity, Int)] {
        let fixedOn = snapshots[index].asOf
        return snapshots[index - 1].findings.compactMap { before in
            guard before.isActive, indexes[index][before.identityKey].map(\.isFixed) ?? true else { return nil }
            guard let start = firstSeen(before.identityKey, openAt: index - 1) else { return nil }
            return (before.severity, max(0, start.days(until: fixedOn)))
        }
    }
}
