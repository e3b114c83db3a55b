import History
import ReportModel
import Testing

@Suite("Three periods in: trend, deltas, time-to-fix, ages and SLA breaches")
struct HistoryStoreChangesTests {
    @Test func trendHoldsThePeriodsAndTheirScores() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (_, trends) = try history.recording(ThreePeriods.all)
        let trend = try #require(trends.last)

        #expect(trend.periods.map(\.period) == ["2026-09", "2026-10", "2026-11"])
        #expect(trend.periods.map(\.asOf.description) == ["2026-09-30", "2026-10-31", "2026-11-30"])
        #expect(trend.periods.map { $0.overall.securityHubScore?.percent } == [25, 25, 20])
        #expect(trend.periods.map { $0.overall.withAcceptancesScore?.percent } == [25, 25, 40])
        #expect(
            trend.periods.map(\.openFindings) == [
                SeverityCounts([.critical: 1, .high: 1, .medium: 2]),
                SeverityCounts([.critical: 1, .high: 1, .medium: 3, .low: 1]),
                SeverityCounts([.critical: 1, .high: 3, .medium: 1]),
            ]
        )
        #expect(trend.periods.map(\.acceptedFindings) == [1, 0, 1])
        #expect(trend.periods.last?.layers["datastore"] == ControlCounts(passed: 1, failed: 1))
        #expect(trend.periods.last?.environments["shop-prod"] == ControlCounts(passed: 1, failed: 3, accepted: 1))
        #expect(trends.map { $0.periods.count } == [1, 2, 3])
        #expect(trends.first?.changes?.previousPeriod == nil)
        #expect(trends.first?.changes?.newFindings.count == 0)
    }

    @Test func novemberDeltas() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let changes = try #require(try store.trend(endingAt: "2026-11").changes)

        #expect(changes.period == "2026-11")
        #expect(changes.previousPeriod == "2026-10")
        #expect(changes.newFindings.identities == ["J", "H", "I", "K"])
        #expect(changes.newFindings.bySeverity == SeverityCounts([.critical: 1, .high: 1, .medium: 1, .low: 1]))
        #expect(changes.fixedFindings.identities == ["G", "C", "F", "L", "D"])
        #expect(changes.fixedFindings.bySeverity == SeverityCounts([.critical: 1, .medium: 3, .low: 1]))
        #expect(changes.regressedFindings.identities == ["B"])
        #expect(changes.newFailingControls == ["RDS.1"])
        #expect(changes.fixedControls == ["S3.1"])
        #expect(changes.regressedControls == ["IAM.6"])
        #expect(changes.newlyAccepted == ["RA-3"])
        #expect(changes.newlyExpired == ["RA-4"])
    }

    @Test func octoberDeltas() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let trend = try store.trend(endingAt: "2026-10")
        let changes = try #require(trend.changes)

        #expect(trend.periods.map(\.period) == ["2026-09", "2026-10"])
        #expect(changes.newFindings.identities == ["G", "L"])
        #expect(changes.fixedFindings.identities == ["A", "B"])
        #expect(changes.regressedFindings.identities == ["D"])
        #expect(changes.newFailingControls == ["ELB.1"])
        #expect(changes.fixedControls == ["IAM.6"])
        #expect(changes.regressedControls == ["S3.1"])
        #expect(changes.newlyAccepted == ["RA-2"])
        #expect(changes.newlyExpired == ["RA-1"])
        #expect(changes.timeToFix.map(\.severity) == [.critical, .high])
        #expect(changes.timeToFix.map(\.meanDays) == [51, 91])
    }

    @Test func timeToFixBySeverity() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let changes = try #require(try store.trend(endingAt: "2026-11").changes)

        // G 10-25 → 11-30; C has no first-seen day: from 2026-09-30, the first period it was open.
        #expect(changes.timeToFix.map(\.severity) == [.critical, .medium, .low])
        #expect(changes.timeToFix.map(\.fixed) == [1, 3, 1])
        #expect(changes.timeToFix.map(\.meanDays) == [36, 101, 41])
        #expect(changes.timeToFix.map(\.medianDays) == [36, 61, 41])
        #expect(changes.timeToFixInTrend.map(\.severity) == [.critical, .high, .medium, .low])
        #expect(changes.timeToFixInTrend.map(\.meanDays) == [43.5, 91, 101, 41])
        #expect(changes.timeToFixInTrend.map(\.medianDays) == [43.5, 91, 61, 41])
    }

    @Test func openFindingsByAgeAndSLABreaches() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let changes = try #require(try store.trend(endingAt: "2026-11").changes)

        // B was first observed on 2026-08-01 but resolved in October: it reopened after 2026-10-31,
        // so it is 30 days old, not 121, and within its 30-day SLA.
        #expect(changes.openByAge.upTo30Days == SeverityCounts([.critical: 1, .high: 2]))
        #expect(changes.openByAge.upTo90Days == SeverityCounts([.high: 1]))
        #expect(changes.openByAge.over90Days == SeverityCounts([.medium: 1]))
        #expect(changes.slaBreaches.map(\.identity) == ["J", "E", "I"])
        #expect(changes.slaBreaches.map(\.ageDays) == [20, 90, 121])
        #expect(changes.slaBreaches.map(\.overdueDays) == [5, 60, 31])
        #expect(changes.slaBreachesBySeverity == SeverityCounts([.critical: 1, .high: 1, .medium: 1]))
    }

    @Test func slaPolicyIsConfigurable() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        try history.recording(ThreePeriods.all)
        let store = try history.open()
        let policy = SLAPolicy(critical: 30, high: 60, medium: nil)
        let changes = try #require(try store.trend(endingAt: "2026-11", slaPolicy: policy).changes)

        #expect(changes.slaBreaches.map(\.identity) == ["E"])
        #expect(changes.slaPolicy.limit(for: .medium) == nil)
    }

    @Test func periodsArriveInAnyOrder() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (inOrder, _) = try history.recording(ThreePeriods.all)
        let expected = try inOrder.trend(endingAt: "2026-11")

        let shuffled = try TemporaryHistory()
        defer { shuffled.remove() }
        let (store, _) = try shuffled.recording([ThreePeriods.november, ThreePeriods.september, ThreePeriods.october])
        #expect(try store.trend(endingAt: "2026-11") == expected)
        #expect(try store.trend(endingAt: "2026-11", limit: 2).periods.map(\.period) == ["2026-10", "2026-11"])
    }
}
