import Foundation
import ReportModel
import Testing

@testable import History

/// The console's per-standard scores are kept per period, so the report can show their change month over month.
@Suite struct HistoryStandardsTests {
    static let fsbp = "standards/aws-foundational-security-best-practices/v/1.0.0"
    static let cis = "standards/cis-aws-foundations-benchmark/v/3.0.0"

    static func withStandards(_ report: ScoredReport, fsbp: ControlCounts, cis: ControlCounts?) -> ScoredReport {
        var report = report
        report.byStandard = [StandardScore(standardsId: Self.fsbp, name: "FSBP", controls: fsbp)]
        if let cis { report.byStandard.append(StandardScore(standardsId: Self.cis, name: "CIS 3.0", controls: cis)) }
        return report
    }

    @Test func standardScoresRoundTripAndReachTheTrend() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let october = Self.withStandards(
            ThreePeriods.october,
            fsbp: ControlCounts(passed: 7, failed: 3, unknown: 0, noData: 1, accepted: 0),
            cis: nil
        )
        let november = Self.withStandards(
            ThreePeriods.november,
            fsbp: ControlCounts(passed: 8, failed: 1, unknown: 0, noData: 0, accepted: 1),
            cis: ControlCounts(passed: 3, failed: 1, unknown: 1, noData: 0, accepted: 0)
        )
        let (store, trends) = try history.recording([october, november])

        let stored = try #require(try store.snapshot(for: "2026-11"))
        #expect(stored == ReportSnapshot(november))
        #expect(stored.standards.map(\.standardsId) == [Self.fsbp, Self.cis])
        #expect(try store.tableRowCountsOfStandards(period: "2026-11") == 2)

        let trend = try #require(trends.last)
        let octoberPeriod = try #require(trend.previous(before: "2026-11"))
        #expect(octoberPeriod.standards[Self.fsbp]?.securityHubScore?.percentOneDecimal == 70.0)
        #expect(octoberPeriod.standards[Self.cis] == nil)
        #expect(trend.periods.last?.standards[Self.cis]?.passed == 3)

        // Deleting the period deletes its standard rows with it.
        #expect(try store.delete(period: "2026-11"))
        #expect(try store.tableRowCountsOfStandards(period: "2026-11") == 0)
    }
}

extension HistoryStore {
    /// Rows of `standard_scores` for a period, read through the store's own inspection helper.
    fileprivate func tableRowCountsOfStandards(period: String) throws -> Int {
        try tableRowCounts(period: period, tables: ["standard_scores"])["standard_scores"] ?? 0
    }
}
