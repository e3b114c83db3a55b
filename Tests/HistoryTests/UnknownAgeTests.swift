import History
import ReportModel
import TestSupport
import Testing

/// A finding without a first-observed day takes its age from history, else its age is unknown:
/// its own row, never 0–30 days, never an SLA breach.
@Suite struct UnknownAgeTests {
    typealias F = HistoryFixtures

    @Test func withoutHistoryTheAgeIsUnknown() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let report = F.report(
            asOf: "2026-11-30",
            findings: [
                F.finding("CVE", .critical, .open, layer: .webapp),
                F.finding("OLD", .critical, .open, firstSeen: "2026-06-01", layer: .webapp),
            ],
            controls: [],
            acceptances: [],
            inputs: 1
        )
        let (_, trends) = try history.recording([report])
        let changes = try #require(trends.last?.changes)
        #expect(changes.openByAge.unknown == SeverityCounts([.critical: 1]))
        #expect(changes.openByAge.upTo30Days.total == 0)
        #expect(changes.openByAge.over90Days == SeverityCounts([.critical: 1]))
        #expect(changes.slaBreaches.map(\.identity) == ["OLD"])
    }

    @Test func historyGivesTheAgeWhenItHasIt() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let october = F.report(
            asOf: "2026-10-31",
            findings: [F.finding("CVE", .critical, .open, layer: .webapp)],
            controls: [],
            acceptances: [],
            inputs: 1
        )
        let november = F.report(
            asOf: "2026-11-30",
            findings: [F.finding("CVE", .critical, .open, layer: .webapp)],
            controls: [],
            acceptances: [],
            inputs: 1
        )
        let (_, trends) = try history.recording([october, november])
        let changes = try #require(trends.last?.changes)
        #expect(changes.openByAge.unknown.total == 0)
        #expect(changes.openByAge.upTo30Days == SeverityCounts([.critical: 1]))
    }
}
