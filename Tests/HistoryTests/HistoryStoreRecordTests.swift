import Foundation
import ReportModel
import TestSupport
import Testing

@testable import History

@Suite("Recording: snapshots round-trip, a period is replaced, a failed run leaves history as it was")
struct HistoryStoreRecordTests {
    struct RenderFailed: Error, Equatable {}

    @Test func snapshotsRoundTripAndListSummaries() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)

        for report in ThreePeriods.all {
            #expect(try store.snapshot(for: report.period) == ReportSnapshot(report))
        }
        #expect(try store.snapshot(for: "2026-11")?.findings.map(\.identity).contains("S") == false)
        #expect(try store.snapshot(for: "2026-12") == nil)
        let summaries = try store.periods()
        #expect(summaries.map(\.period) == ["2026-09", "2026-10", "2026-11"])
        #expect(summaries.map(\.inputCount) == [2, 1, 3])
        #expect(summaries.last == ReportSnapshot(ThreePeriods.november).summary)
    }

    @Test func reRunningAPeriodReplacesIt() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let rerun = HistoryFixtures.report(
            asOf: "2026-10-15",
            findings: [HistoryFixtures.finding("Z", .low, .open, firstSeen: "2026-10-01")],
            controls: [HistoryFixtures.control("IAM.6", .passed)],
            inputs: 5
        )
        let trend = try store.recordTrend(ReportSnapshot(rerun)) { $0 }

        #expect(trend.periods.map(\.period) == ["2026-09", "2026-10"])
        #expect(trend.changes?.newFindings.identities == ["Z"])
        let summaries = try store.periods()
        #expect(summaries.count == 3)
        #expect(summaries.map(\.period) == ["2026-09", "2026-10", "2026-11"])
        #expect(summaries[1].asOf.description == "2026-10-15")
        #expect(summaries[1].inputCount == 5)
        #expect(summaries[1].openFindings == SeverityCounts([.low: 1]))
        #expect(try store.snapshot(for: "2026-10") == ReportSnapshot(rerun))
        #expect(try store.trend(endingAt: "2026-11").changes?.fixedFindings.identities == ["Z"])
    }

    @Test func aFailingBodyLeavesHistoryAsItWas() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let periodsBefore = try store.periods()
        let snapshotBefore = try store.snapshot(for: "2026-11")
        let trendBefore = try store.trend(endingAt: "2026-11")

        let replacement = HistoryFixtures.report(asOf: "2026-11-29", findings: [], inputs: 9)
        var seen: Trend?
        #expect(throws: RenderFailed()) {
            try store.recordTrend(ReportSnapshot(replacement)) { trend in
                seen = trend
                throw RenderFailed()
            }
        }
        #expect(seen?.periods.last?.asOf.description == "2026-11-29")
        let december = HistoryFixtures.report(asOf: "2026-12-31", findings: [])
        #expect(throws: RenderFailed()) {
            try store.recordTrend(ReportSnapshot(december)) { _ in throw RenderFailed() }
        }

        #expect(try store.periods() == periodsBefore)
        #expect(try store.snapshot(for: "2026-11") == snapshotBefore)
        #expect(try store.snapshot(for: "2026-12") == nil)
        #expect(try store.trend(endingAt: "2026-11") == trendBefore)
        #expect(try history.open().periods() == periodsBefore)
    }

    @Test func deletingAPeriodRemovesAllItsRows() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)

        #expect(try store.delete(period: "2026-10"))
        #expect(try store.delete(period: "2026-10") == false)
        #expect(try store.periods().map(\.period) == ["2026-09", "2026-11"])
        #expect(try store.snapshot(for: "2026-10") == nil)
        #expect(try store.trend(endingAt: "2026-11").changes?.previousPeriod == "2026-09")
        #expect(try store.tableRowCounts(period: "2026-10").allSatisfy { $0.value == 0 })
    }

    @Test func snapshotsAndTrendsSurviveJSON() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, trends) = try history.recording(ThreePeriods.all)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let snapshot = try #require(try store.snapshot(for: "2026-11"))
        let trend = try #require(trends.last)

        // Compared as JSON: SeverityCounts' `==` tells an explicit zero from a missing key, and its decoder
        // writes explicit zeros (a ReportModel quirk), so decoded values differ by `==` but not in meaning.
        let snapshotJSON = try encoder.encode(snapshot)
        let trendJSON = try encoder.encode(trend)
        let decodedSnapshot = try JSONDecoder().decode(ReportSnapshot.self, from: snapshotJSON)
        let decodedTrend = try JSONDecoder().decode(Trend.self, from: trendJSON)
        #expect(try encoder.encode(decodedSnapshot) == snapshotJSON)
        #expect(try encoder.encode(decodedTrend) == trendJSON)
        #expect(decodedTrend.changes?.slaPolicy == .standard)
    }
}
