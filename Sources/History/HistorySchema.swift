import GRDB

/// The history database schema, versioned through GRDB's migrator (`grdb_migrations`, and
/// `PRAGMA user_version` for people reading the file with `sqlite3`).
///
/// Every table but `periods` cascades from it, so deleting a period row deletes its snapshot.
enum HistorySchema {
    /// The migration identifiers this version knows, oldest first.
    static let migrations = ["v1", "v2-standard-scores", "v3-findings-by-period", "v4-findings-without-rowid"]

    /// The migrator with every known migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: version1)
        }
        migrator.registerMigration("v2-standard-scores") { db in
            try db.execute(sql: standardScores)
        }
        migrator.registerMigration("v3-findings-by-period") { db in
            try db.execute(sql: findingsByPeriodOnly)
        }
        migrator.registerMigration("v4-findings-without-rowid") { db in
            try db.execute(sql: findingsWithoutRowID)
        }
        return migrator
    }

    /// Columns shared by the tables that hold control counts, open findings and scores.
    private static let countColumns = """
        passed INTEGER NOT NULL,
        failed INTEGER NOT NULL,
        unknown INTEGER NOT NULL,
        no_data INTEGER NOT NULL,
        accepted INTEGER NOT NULL,
        open_critical INTEGER NOT NULL,
        open_high INTEGER NOT NULL,
        open_medium INTEGER NOT NULL,
        open_low INTEGER NOT NULL,
        open_informational INTEGER NOT NULL,
        accepted_findings INTEGER NOT NULL,
        score_security_hub REAL,
        score_with_acceptances REAL
        """

    private static let periodReference = "period TEXT NOT NULL REFERENCES periods(period) ON DELETE CASCADE"

    /// The finding rows' columns and key, as version 1 made them and version 4 keeps them.
    fileprivate static let findingColumns = """
        \(periodReference),
            identity TEXT NOT NULL,
            status TEXT NOT NULL,
            severity TEXT NOT NULL,
            layer TEXT NOT NULL,
            environment TEXT NOT NULL,
            control_id TEXT,
            first_seen TEXT,
            last_seen TEXT,
            PRIMARY KEY (period, identity)
        """

    private static let version1 = """
        CREATE TABLE periods (
            period TEXT NOT NULL PRIMARY KEY,
            as_of TEXT NOT NULL,
            input_count INTEGER NOT NULL,
            \(countColumns)
        );
        CREATE TABLE layer_scores (
            \(periodReference),
            layer TEXT NOT NULL,
            \(countColumns),
            PRIMARY KEY (period, layer)
        );
        CREATE TABLE environment_scores (
            \(periodReference),
            account_id TEXT NOT NULL,
            name TEXT NOT NULL,
            environment TEXT NOT NULL,
            \(countColumns),
            PRIMARY KEY (period, account_id)
        );
        CREATE TABLE controls (
            \(periodReference),
            control_id TEXT NOT NULL,
            severity TEXT NOT NULL,
            layer TEXT NOT NULL,
            state TEXT NOT NULL,
            PRIMARY KEY (period, control_id)
        );
        CREATE TABLE acceptances (
            \(periodReference),
            acceptance_id TEXT NOT NULL,
            status TEXT NOT NULL,
            matched INTEGER NOT NULL,
            accepted_on TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            PRIMARY KEY (period, acceptance_id)
        );
        CREATE TABLE findings (
            \(findingColumns)
        );
        CREATE INDEX findings_by_identity ON findings (identity, period);
        PRAGMA user_version = 1;
        """

    /// One row per Security Hub standard and period: the console's per-standard score over time. Periods recorded
    /// before this table existed simply have no rows.
    private static let standardScores = """
        CREATE TABLE standard_scores (
            \(periodReference),
            standards_id TEXT NOT NULL,
            name TEXT NOT NULL,
            passed INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            unknown INTEGER NOT NULL,
            no_data INTEGER NOT NULL,
            accepted INTEGER NOT NULL,
            score_security_hub REAL,
            score_with_acceptances REAL,
            PRIMARY KEY (period, standards_id)
        );
        PRAGMA user_version = 2;
        """
}

extension HistorySchema {
    /// The finding rows are read a period at a time (`WHERE period = ?`, by the primary key), never by identity:
    /// the second index, by identity and period, held a third copy of every identity (19 of a 67 MB file for a
    /// period of 100k findings) and a third B-tree to insert every row into.
    fileprivate static let findingsByPeriodOnly = """
        DROP INDEX IF EXISTS findings_by_identity;
        PRAGMA user_version = 3;
        """

    /// The finding rows kept once, in their primary key's B-tree (`WITHOUT ROWID`): a table with row ids kept each row
    /// in its own B-tree and its key (the period and the identity, most of a row) again in the primary key's index: two
    /// B-trees to insert every row into and two copies of every identity (a period of 100k findings made a 46 MB file,
    /// 27 MB without). The columns, their order and the key are as before; the rows are copied across.
    fileprivate static let findingsWithoutRowID = """
        CREATE TABLE findings_without_rowid (
            \(findingColumns)
        ) WITHOUT ROWID;
        INSERT INTO findings_without_rowid
            SELECT period, identity, status, severity, layer, environment, control_id, first_seen, last_seen
            FROM findings ORDER BY period, identity;
        DROP TABLE findings;
        ALTER TABLE findings_without_rowid RENAME TO findings;
        PRAGMA user_version = 4;
        """

    /// Refuses a database that a newer posture migrated further than this version knows.
    /// - Parameters:
    ///   - queue: the open database.
    ///   - path: the path, for the error.
    /// - Throws: `HistoryError.newerSchema`, or `DatabaseError` (e.g. not a database).
    static func check(_ queue: DatabaseQueue, path: String) throws {
        let applied: [String] = try queue.read { db in
            guard try db.tableExists("grdb_migrations") else { return [] }
            return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        let unknown = applied.filter { !migrations.contains($0) }
        if !unknown.isEmpty { throw HistoryError.newerSchema(path: path, unknownMigrations: unknown) }
    }
}
