import History
import ReportModel
import Testing

@Suite("Trend analysis: the trend, changes and SLA breaches from snapshots, without a store")
struct TrendAnalysisTests {
    let snapshots = ThreePeriods.all.map { ReportSnapshot($0) }

    @Test func breachesFollowThePolicyItIsGiven() throws {
        let standard = try #require(TrendAnalysis().trend(endingAt: "2026-11", from: snapshots).changes)
        let strict = TrendAnalysis(slaPolicy: SLAPolicy(critical: 30, high: 60, medium: nil))
        let changes = try #require(strict.trend(endingAt: "2026-11", from: snapshots).changes)

        #expect(standard.slaBreaches.map(\.identity).count == 3)
        #expect(changes.slaBreaches.map(\.identity) == ["E"])
        #expect(changes.slaPolicy.limit(for: .medium) == nil)
    }

    @Test func theLimitShortensThePeriodsNotTheChanges() throws {
        let short = TrendAnalysis(limit: 1)
        let trend = short.trend(endingAt: "2026-11", from: snapshots)

        #expect(short.periodsRead == 2)
        #expect(trend.periods.map(\.period) == ["2026-11"])
        #expect(trend.changes?.previousPeriod == "2026-10")
    }

    @Test func noChangesWhenTheCurrentPeriodIsNotStored() {
        let trend = TrendAnalysis().trend(endingAt: "2026-12", from: snapshots)

        #expect(trend.periods.map(\.period) == ["2026-09", "2026-10", "2026-11"])
        #expect(trend.changes == nil)
    }

    @Test func laterPeriodsThanTheCurrentOneAreLeftOut() {
        let trend = TrendAnalysis().trend(endingAt: "2026-10", from: snapshots)

        #expect(trend.periods.map(\.period) == ["2026-09", "2026-10"])
        #expect(trend.changes?.period == "2026-10")
    }
}
