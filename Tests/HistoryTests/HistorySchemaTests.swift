import Foundation
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
        #expect(schema.migrations == ["v1", "v2-standard-scores"])
        #expect(schema.userVersion == 2)
        #expect(try reopened.periods().count == 3)
        #expect(
            try reopened.tableRowCounts(period: "2026-11") == [
                "periods": 1, "layer_scores": 5, "environment_scores": 1, "controls": 5, "acceptances": 4,
                "findings": 10,
            ]
        )
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
