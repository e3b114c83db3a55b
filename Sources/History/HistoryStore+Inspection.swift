import GRDB

/// What tests (and a curious maintainer) can ask about the file itself.
extension HistoryStore {
    /// The schema as stored: table and index names, applied migrations and `PRAGMA user_version`.
    struct SchemaInfo: Equatable {
        /// User tables, sorted.
        var tables: [String]
        /// Indexes made by the schema (not SQLite's own for primary keys), sorted.
        var indexes: [String]
        /// Applied migration identifiers, in order.
        var migrations: [String]
        /// `PRAGMA user_version`.
        var userVersion: Int
    }

    /// Reads the schema.
    /// - Returns: the schema.
    /// - Throws: `DatabaseError` from SQLite.
    func schemaInfo() throws -> SchemaInfo {
        try queue.read { db in
            SchemaInfo(
                tables: try String.fetchAll(
                    db,
                    sql:
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                ),
                indexes: try String.fetchAll(
                    db,
                    sql:
                        "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                ),
                migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                userVersion: try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            )
        }
    }

    /// Rows per snapshot table for one period.
    /// - Parameters:
    ///   - period: the period, `YYYY-MM`.
    ///   - tables: the tables to count (names from this package, never from input).
    /// - Returns: the row count per table.
    /// - Throws: `DatabaseError` from SQLite.
    func tableRowCounts(
        period: String,
        tables: [String] = ["periods", "layer_scores", "environment_scores", "controls", "acceptances", "findings"]
    ) throws -> [String: Int] {
        try queue.read { db in
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] =
                    try Int.fetchOne(
                        db,
                        sql: "SELECT COUNT(*) FROM \(table) WHERE period = ?",
                        arguments: [period]
                    ) ?? 0
            }
            return counts
        }
    }

    /// Runs SQL statements outside the store's API, e.g. to simulate a file written by a newer version.
    /// - Throws: `DatabaseError` from SQLite.
    func execute(sql: String) throws {
        try queue.write { db in try db.execute(sql: sql) }
    }
}
