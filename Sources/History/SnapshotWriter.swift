import GRDB
import GRDBSQLite
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
        // A batch's texts are written into one buffer and bound where they lie: SQLite reads them when the
        // statement runs, so no string or SQLite value is made per column (as much work as SQLite's own).
        var text = BatchText()
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
            text.removeAll()
            for finding in findings[start..<end] {
                text.append(period)
                text.append(identity: finding.identityKey)
                text.append(finding.status.rawValue)
                text.append(finding.severity.rawValue)
                text.append(finding.layer.description)
                text.append(finding.environment)
                text.append(finding.controlId)
                text.append(finding.firstSeen?.description)
                text.append(finding.lastSeen?.description)
            }
            try text.execute(statement, in: db)
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

/// The texts of one batch of rows, one after another in one buffer, bound to a statement's parameters in order.
private struct BatchText {
    private var bytes: [UInt8] = []
    /// Each parameter's bytes in `bytes`; a negative count is NULL.
    private var spans: [(start: Int, count: Int)] = []

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
    }

    mutating func append(_ value: String?) {
        guard let value else {
            spans.append((bytes.count, -1))
            return
        }
        let start = bytes.count
        bytes.append(contentsOf: value.utf8)
        spans.append((start, bytes.count - start))
    }

    mutating func append(identity: FindingIdentity) {
        let start = bytes.count
        identity.appendUTF8(to: &bytes)
        spans.append((start, bytes.count - start))
    }

    /// Binds every parameter of `statement` in order and runs it once.
    /// - Throws: `DatabaseError` from SQLite.
    func execute(_ statement: Statement, in db: Database) throws {
        let handle = statement.sqliteStatement
        guard Int(sqlite3_bind_parameter_count(handle)) == spans.count else {
            throw DatabaseError(message: "\(spans.count) values for \(sqlite3_bind_parameter_count(handle)) parameters")
        }
        try bytes.withUnsafeBufferPointer { buffer in
            // An empty buffer still needs an address: SQLite reads a null pointer as NULL, not as empty text.
            let empty: [CChar] = [0]
            try empty.withUnsafeBufferPointer { emptyText in
                sqlite3_reset(handle)
                for (index, span) in spans.enumerated() {
                    let parameter = Int32(index + 1)
                    let code: Int32
                    if span.count < 0 {
                        code = sqlite3_bind_null(handle, parameter)
                    } else if span.count > 0, let base = buffer.baseAddress {
                        let text = UnsafeRawPointer(base + span.start).assumingMemoryBound(to: CChar.self)
                        // No destructor (SQLITE_STATIC): the buffer outlives the step below.
                        code = sqlite3_bind_text(handle, parameter, text, Int32(span.count), nil)
                    } else {
                        code = sqlite3_bind_text(handle, parameter, emptyText.baseAddress, 0, nil)
                    }
                    try Self.check(code, SQLITE_OK, db)
                }
                let stepped = sqlite3_step(handle)
                sqlite3_reset(handle)
                sqlite3_clear_bindings(handle)
                try Self.check(stepped, SQLITE_DONE, db)
            }
        }
    }

    private static func check(_ code: Int32, _ expected: Int32, _ db: Database) throws {
        guard code != expected else { return }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: code),
            message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
        )
    }
}
