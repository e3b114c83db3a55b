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
        #expect(schema.migrations == HistorySchema.migrations)
        #expect(schema.userVersion == 4)
        #expect(schema.indexes == [])
        #expect(try findingsHaveNoRowIDs(history.path))
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
            sql: Self.findingsWithRowIDs + """
                CREATE INDEX findings_by_identity ON findings (identity, period);
                DELETE FROM grdb_migrations WHERE identifier IN ('v3-findings-by-period', 'v4-findings-without-rowid');
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
        #expect(schema.migrations == HistorySchema.migrations)
        #expect(schema.userVersion == 4)
        #expect(try findingsHaveNoRowIDs(history.path))
        #expect(try reopened.tableRowCounts(period: "2026-11")["findings"] == 10)
        #expect(try reopened.trend(endingAt: "2026-11") == trends.last)
    }

    @Test func aFileOfTheThirdVersionKeepsItsFindingsOnceAndEveryRow() throws {
        // A file as version 3 left it: the finding rows in a table with row ids (and its key's index beside).
        let history = try TemporaryHistory()
        defer { history.remove() }
        let (_, trends) = try history.recording(ThreePeriods.all)
        let rowsBefore = try DatabaseQueue(path: history.path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM findings ORDER BY period, identity")
        }
        try history.open().execute(
            sql: Self.findingsWithRowIDs + """
                DELETE FROM grdb_migrations WHERE identifier = 'v4-findings-without-rowid';
                PRAGMA user_version = 3;
                """
        )
        #expect(try !findingsHaveNoRowIDs(history.path))

        let reopened = try history.open()
        #expect(try findingsHaveNoRowIDs(history.path))
        #expect(try reopened.schemaInfo().userVersion == 4)
        let rowsAfter = try DatabaseQueue(path: history.path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM findings ORDER BY period, identity")
        }
        #expect(rowsAfter == rowsBefore && !rowsAfter.isEmpty)
        #expect(try reopened.trend(endingAt: "2026-11") == trends.last)
        // Deleting a period still takes its findings with it.
        try reopened.execute(sql: "DELETE FROM periods WHERE period = '2026-11'")
        #expect(try reopened.tableRowCounts(period: "2026-11")["findings"] == 0)
    }

    @Test func aFileFromANewerVersionIsRefused() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        try history.open().execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9')")

        #expect(throws: HistoryError.newerSchema(path: history.path, unknownMigrations: ["v9"])) {
            try history.open()
        }
    }

    /// The finding rows moved back into a table with row ids, as versions 1 to 3 made it.
    private static let findingsWithRowIDs = """
        CREATE TABLE findings_with_rowid (
            period TEXT NOT NULL REFERENCES periods(period) ON DELETE CASCADE,
            identity TEXT NOT NULL, status TEXT NOT NULL, severity TEXT NOT NULL, layer TEXT NOT NULL,
            environment TEXT NOT NULL, control_id TEXT, first_seen TEXT, last_seen TEXT,
            PRIMARY KEY (period, identity)
        );
        INSERT INTO findings_with_rowid SELECT * FROM findings;
        DROP TABLE findings;
        ALTER TABLE findings_with_rowid RENAME TO findings;

        """

    /// Whether the file's `findings` table is made `WITHOUT ROWID` (read without migrating the file).
    private func findingsHaveNoRowIDs(_ path: String) throws -> Bool {
        let sql = try DatabaseQueue(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'findings'")
        }
        return sql?.hasSuffix("WITHOUT ROWID") == true
    }
}
