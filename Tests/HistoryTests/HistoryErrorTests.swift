import Foundation
import ReportModel
import TestSupport
import Testing

@testable import History

@Suite("Errors: the exact HistoryError, naming the file and the period")
struct HistoryErrorTests {
    @Test func aPathInAMissingFolder() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let folder = history.folder.appendingPathComponent("missing").path
        let path = folder + "/history.sqlite"

        #expect(throws: HistoryError.missingFolder(path: path, folder: folder)) {
            try HistoryStore(path: path)
        }
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(
            HistoryError.missingFolder(path: path, folder: folder).description
                == "\(path): folder \"\(folder)\" does not exist"
        )
    }

    @Test func aFileThatIsNotSQLite() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let text = String(repeating: "period,score\n2026-09,25\n", count: 40)
        try Data(text.utf8).write(to: URL(fileURLWithPath: history.path))

        #expect(throws: HistoryError.notADatabase(path: history.path)) {
            try HistoryStore(path: history.path)
        }
        #expect(try String(contentsOfFile: history.path, encoding: .utf8) == text)
        #expect(HistoryError.notADatabase(path: "h.sqlite").description == "h.sqlite: not an SQLite database")
    }

    @Test(arguments: ["2026-13", "2026-1", "26-10", "latest", ""])
    func anInvalidPeriod(period: String) throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let store = try history.open()
        let expected = HistoryError.invalidPeriod(path: history.path, period: period)

        #expect(throws: expected) { try store.snapshot(for: period) }
        #expect(throws: expected) { try store.delete(period: period) }
        #expect(throws: expected) { try store.trend(endingAt: period) }
    }

    @Test func aSnapshotWhosePeriodDisagreesWithItsDate() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let store = try history.open()
        var snapshot = ReportSnapshot(HistoryFixtures.report(asOf: "2026-10-31", findings: []))
        snapshot.period = "2026-09"

        #expect(throws: HistoryError.invalidPeriod(path: history.path, period: "2026-09")) {
            try store.record(snapshot) { $0 }
        }
        #expect(try store.periods().isEmpty)
    }

    @Test func aStoredValueThisVersionCannotRead() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        try store.execute(sql: "UPDATE findings SET severity = 'SEVERE' WHERE period = '2026-10' AND identity = 'G'")
        let expected = HistoryError.unreadableRow(
            path: history.path,
            period: "2026-10",
            table: "findings",
            column: "severity",
            value: "SEVERE"
        )

        #expect(throws: expected) { try store.snapshot(for: "2026-10") }
        #expect(throws: expected) { try store.trend(endingAt: "2026-11") }
        #expect(expected.description == "\(history.path): 2026-10: findings.severity: unreadable value \"SEVERE\"")
    }

    /// Counts out of range (negative, or past what a score's sums can hold: `Int64.max` trapped on overflow when
    /// the score was computed) are unreadable values, named with their table and column, in every table of counts.
    @Test(arguments: [
        ("periods", "passed", "9223372036854775807"), ("periods", "failed", "-1"),
        ("layer_scores", "accepted", "1000000001"), ("layer_scores", "open_high", "-5"),
        ("periods", "input_count", "9223372036854775807"), ("acceptances", "matched", "-2"),
    ])
    func aCountOutOfRange(table: String, column: String, value: String) throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        let rows = try store.tableRowCounts(period: "2026-10", tables: [table])[table] ?? 0
        try #require(rows > 0, "the fixture has \(table) rows")
        try store.execute(sql: "UPDATE \(table) SET \(column) = \(value) WHERE period = '2026-10'")
        let expected = HistoryError.unreadableRow(
            path: history.path,
            period: "2026-10",
            table: table,
            column: column,
            value: value
        )
        #expect(throws: expected) { try store.snapshot(for: "2026-10") }
        #expect(throws: expected) { try store.trend(endingAt: "2026-11") }
        if table == "periods" {
            #expect(throws: expected) { try store.periods() }
        }
    }

    /// A stored period that is not a month (`YYYY-MM`) is an unreadable value wherever periods are listed: periods
    /// are chosen by comparing their text, so `9999-99` was left out of every trend, and `1999-00` taken in, unseen.
    @Test(arguments: ["9999-99", "2026-13", "2026-1", "1999-00", "November", "2026-11-01"])
    func aStoredPeriodThatIsNotAMonth(value: String) throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (store, _) = try history.recording(ThreePeriods.all)
        try store.execute(
            sql: """
                CREATE TEMP TABLE copied AS SELECT * FROM periods WHERE period = '2026-11';
                UPDATE copied SET period = '\(value)';
                INSERT INTO periods SELECT * FROM copied;
                DROP TABLE copied;
                """
        )
        let expected = HistoryError.unreadableRow(
            path: history.path,
            period: "",
            table: "periods",
            column: "period",
            value: value
        )
        #expect(throws: expected) { try store.trend(endingAt: "2026-11") }
        #expect(throws: expected) { try store.periods() }
        #expect(throws: expected) { try store.snapshots(endingAt: "2026-11") }
        #expect(expected.description == "\(history.path): periods.period: unreadable value \"\(value)\"")
        // The month's own rows are still read by name.
        #expect(try store.snapshot(for: "2026-10") != nil)
    }
}
