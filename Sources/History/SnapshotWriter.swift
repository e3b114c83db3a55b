import GRDB
import ReportModel

/// Writes one snapshot into the normalized tables, replacing its period; the caller owns the transaction.
enum SnapshotWriter {
    /// Replaces the period's rows with the snapshot's.
    /// - Parameters:
    ///   - snapshot: the period's numbers and findings; its `period` says which rows it replaces.
    ///   - db: the database, inside a transaction.
    /// - Throws: `DatabaseError` from SQLite.
    static func replace(with snapshot: ReportSnapshot, in db: Database) throws {
        try replace(with: snapshot, rows: snapshot.findings, in: db)
    }

    /// Replaces the period's rows with the snapshot's numbers and `rows`, read a batch at a time.
    /// - Parameters:
    ///   - snapshot: the period's numbers; its `period` says which rows it replaces, its own finding rows are
    ///     not read.
    ///   - rows: the period's finding rows, in identity order (`FindingRows` makes each when it is read).
    ///   - db: the database, inside a transaction.
    /// - Throws: `DatabaseError` from SQLite.
    static func replace<Rows: RandomAccessCollection<FindingSnapshot>>(
        with snapshot: ReportSnapshot,
        rows: Rows,
        in db: Database
    ) throws where Rows.Index == Int {
        _ = try delete(period: snapshot.period, in: db)
        let period = snapshot.period
        try db.execute(
            sql: "INSERT INTO periods VALUES (?, ?, ?, \(countPlaceholders))",
            arguments: StatementArguments(
                [period, snapshot.asOf.description, snapshot.inputCount]
                    + counts(snapshot.overall, snapshot.openFindings, snapshot.acceptedFindings)
            )
        )
        for layer in snapshot.layers {
            try db.execute(
                sql: "INSERT INTO layer_scores VALUES (?, ?, \(countPlaceholders))",
                arguments: StatementArguments(
                    [period, layer.layer.description]
                        + counts(layer.controls, layer.openFindings, layer.acceptedFindings)
                )
            )
        }
        for environment in snapshot.environments {
            try db.execute(
                sql: "INSERT INTO environment_scores VALUES (?, ?, ?, ?, \(countPlaceholders))",
                arguments: StatementArguments(
                    [period, environment.accountId, environment.name, environment.environment]
                        + counts(environment.controls, environment.openFindings, environment.acceptedFindings)
                )
            )
        }
        try insertDetails(of: snapshot, rows: rows, in: db)
    }

    /// Deletes a period; its rows in the other tables go with it.
    /// - Returns: whether the period was stored.
    /// - Throws: `DatabaseError` from SQLite.
    static func delete(period: String, in db: Database) throws -> Bool {
        try db.execute(sql: "DELETE FROM periods WHERE period = ?", arguments: [period])
        return db.changesCount > 0
    }

    private static func insertDetails<Rows: RandomAccessCollection<FindingSnapshot>>(
        of snapshot: ReportSnapshot,
        rows findings: Rows,
        in db: Database
    ) throws where Rows.Index == Int {
        let period = snapshot.period
        for control in snapshot.controls {
            try db.execute(
                sql: "INSERT INTO controls VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    period, control.controlId, control.severity.rawValue, control.layer.description,
                    control.state.rawValue,
                ]
            )
        }
        for acceptance in snapshot.acceptances {
            try db.execute(
                sql: "INSERT INTO acceptances VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [
                    period, acceptance.id, acceptance.status.rawValue, acceptance.matched,
                    acceptance.acceptedOn.description, acceptance.expiresOn.description,
                ]
            )
        }
        for standard in snapshot.standards {
            let controls = standard.controls
            try db.execute(
                sql: "INSERT INTO standard_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    period, standard.standardsId, standard.name, controls.passed, controls.failed, controls.unknown,
                    controls.noData, controls.accepted, controls.securityHubScore?.percent,
                    controls.withAcceptancesScore?.percent,
                ]
            )
        }
        // Rows go in batches of `findingsPerStatement` per INSERT (one statement per row costs more than the rows).
        let periodValue = period.databaseValue
        var start = findings.startIndex
        var batchStatement: Statement?
        while start < findings.endIndex {
            let end = min(start + findingsPerStatement, findings.endIndex)
            let statement: Statement
            if end - start == findingsPerStatement, let batchStatement {
                statement = batchStatement
            } else {
                let rows = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?)", count: end - start).joined(separator: ", ")
                statement = try db.makeStatement(sql: "INSERT INTO findings VALUES \(rows)")
                if end - start == findingsPerStatement { batchStatement = statement }
            }
            // The values made as SQLite values at once (a list of optional protocol values boxed each one, and
            // was converted value by value again: as much as SQLite's own work on the rows).
            var values: [DatabaseValue] = []
            values.reserveCapacity((end - start) * 9)
            for finding in findings[start..<end] {
                values.append(periodValue)
                values.append(finding.identity.databaseValue)
                values.append(finding.status.rawValue.databaseValue)
                values.append(finding.severity.rawValue.databaseValue)
                values.append(finding.layer.description.databaseValue)
                values.append(finding.environment.databaseValue)
                values.append(finding.controlId?.databaseValue ?? .null)
                values.append(finding.firstSeen?.description.databaseValue ?? .null)
                values.append(finding.lastSeen?.description.databaseValue ?? .null)
            }
            try statement.execute(arguments: StatementArguments(values))
            start = end
        }
    }

    /// Finding rows per INSERT statement (9 values each, well under SQLite's 32,766 variables).
    static let findingsPerStatement = 200

    private static let countPlaceholders = Array(repeating: "?", count: 13).joined(separator: ", ")

    private static func counts(
        _ controls: ControlCounts,
        _ open: SeverityCounts,
        _ acceptedFindings: Int
    ) -> [(any DatabaseValueConvertible)?] {
        [
            controls.passed, controls.failed, controls.unknown, controls.noData, controls.accepted,
            open[.critical], open[.high], open[.medium], open[.low], open[.informational], acceptedFindings,
            controls.securityHubScore?.percent, controls.withAcceptancesScore?.percent,
        ]
    }
}
