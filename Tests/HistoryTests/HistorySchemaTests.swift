import Foundation
import GRDB
import ReportModel
import Testing

@testable import History

@Suite("Schema: normalized tables, versioned through the migrator")
struct HistorySchemaTests {
    @Test func theFileHasTheTablesAndOpensAgain() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        try history.recording(ThreePeriods.all)

        let reopened = try history.open()
        let schema = try reopened.schemaInfo()
        #expect(
            schema.tables == [
                "acceptances", "controls", "environment_scores", "findings", "grdb_migrations", "layer_scores",
                "periods", "standard_scores",
            ]
        )
        #expect(schema.migrations == ["v1", "v2-standard-scores", "v3-findings-by-period"])
        #expect(schema.userVersion == 3)
        #expect(schema.indexes == [])
        #expect(try reopened.periods().count == 3)
        #expect(
            try reopened.tableRowCounts(period: "2026-11") == [
                "periods": 1, "layer_scores": 5, "environment_scores": 1, "controls": 5, "acceptances": 4,
                "findings": 10,
            ]
        )
    }

    @Test func aFileOfTheSecondVersionLosesTheIdentityIndexAndKeepsItsRows() throws {
        // A file as version 2 left it: the index by identity, two migrations, user_version 2.
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (_, trends) = try history.recording(ThreePeriods.all)
        try history.open().execute(
            sql: """
                CREATE INDEX findings_by_identity ON findings (identity, period);
                DELETE FROM grdb_migrations WHERE identifier = 'v3-findings-by-period';
                PRAGMA user_version = 2;
                """
        )
        let indexesBefore = try DatabaseQueue(path: history.path).read { db in
            try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'findings_by_identity'"
            )
        }
        #expect(indexesBefore == ["findings_by_identity"])

        let reopened = try history.open()
        let schema = try reopened.schemaInfo()
        #expect(schema.indexes == [])
        #expect(schema.migrations == ["v1", "v2-standard-scores", "v3-findings-by-period"])
        #expect(schema.userVersion == 3)
        #expect(try reopened.tableRowCounts(period: "2026-11")["findings"] == 10)
        #expect(try reopened.trend(endingAt: "2026-11") == trends.last)
    }

    @Test func aFileFromANewerVersionIsRefused() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        try history.open().execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9')")

        #expect(throws: HistoryError.newerSchema(path: history.path, unknownMigrations: ["v9"])) {
            try history.open()
        }
    }
}
