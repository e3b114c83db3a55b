import GRDB
import ReportModel

/// Reads snapshots and summaries back from the normalized tables.
struct SnapshotReader {
    /// The database path, for errors.
    let path: String

    /// Stored periods up to and including `period`, the latest `limit`, oldest first.
    /// - Returns: the periods.
    /// - Throws: `DatabaseError` from SQLite.
    func periods(endingAt period: String, limit: Int, in db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: "SELECT period FROM periods WHERE period <= ? ORDER BY period DESC LIMIT ?",
            arguments: [period, max(limit, 0)]
        ).reversed()
    }

    /// Every stored period's headline numbers, oldest first.
    /// - Returns: the summaries.
    /// - Throws: `HistoryError` or `DatabaseError`.
    func summaries(in db: Database) throws -> [PeriodSummary] {
        try Row.fetchAll(db, sql: "SELECT * FROM periods ORDER BY period").map { row in
            let stored = StoredRow(row: row, path: path, period: try row.decode(forColumn: "period"), table: "periods")
            return PeriodSummary(
                period: stored.period,
                asOf: try stored.parsed("as_of", ReportDate.init),
                overall: try stored.controlCounts(),
                openFindings: try stored.openFindings(),
                acceptedFindings: try stored.value("accepted_findings"),
                inputCount: try stored.value("input_count")
            )
        }
    }

    /// One stored period as a snapshot.
    /// - Returns: the snapshot, or `nil` when the period is not stored.
    /// - Throws: `HistoryError` or `DatabaseError`.
    func snapshot(for period: String, in db: Database) throws -> ReportSnapshot? {
        guard let head = try rows("periods", period, db).first else { return nil }
        var snapshot = ReportSnapshot(
            asOf: try head.parsed("as_of", ReportDate.init),
            inputCount: try head.value("input_count"),
            overall: try head.controlCounts(),
            layers: try rows("layer_scores", period, db).map { row in
                LayerSnapshot(
                    layer: try row.parsed("layer", StoredRow.layer),
                    controls: try row.controlCounts(),
                    openFindings: try row.openFindings(),
                    acceptedFindings: try row.value("accepted_findings")
                )
            },
            environments: try rows("environment_scores", period, db).map { row in
                EnvironmentSnapshot(
                    accountId: try row.value("account_id"),
                    name: try row.value("name"),
                    environment: try row.value("environment"),
                    controls: try row.controlCounts(),
                    openFindings: try row.openFindings(),
                    acceptedFindings: try row.value("accepted_findings")
                )
            },
            controls: try rows("controls", period, db).map { row in
                ControlSnapshot(
                    controlId: try row.value("control_id"),
                    severity: try row.parsed("severity", Severity.init(rawValue:)),
                    layer: try row.parsed("layer", StoredRow.layer),
                    state: try row.parsed("state", ControlState.init(rawValue:))
                )
            },
            acceptances: try rows("acceptances", period, db).map { row in
                AcceptanceSnapshot(
                    id: try row.value("acceptance_id"),
                    status: try row.parsed("status", AcceptanceStatus.init(rawValue:)),
                    matched: try row.value("matched"),
                    acceptedOn: try row.parsed("accepted_on", ReportDate.init),
                    expiresOn: try row.parsed("expires_on", ReportDate.init)
                )
            },
            findings: try rows("findings", period, db).map(finding)
        )
        snapshot.standards = try rows("standard_scores", period, db).map { row in
            StandardSnapshot(
                standardsId: try row.value("standards_id"),
                name: try row.value("name"),
                controls: try row.controlCounts()
            )
        }
        return snapshot
    }

    private func finding(_ row: StoredRow) throws -> FindingSnapshot {
        FindingSnapshot(
            identity: try row.value("identity"),
            status: try row.parsed("status", FindingBucket.init(rawValue:)),
            severity: try row.parsed("severity", Severity.init(rawValue:)),
            layer: try row.parsed("layer", StoredRow.layer),
            environment: try row.value("environment"),
            controlId: try row.value("control_id"),
            firstSeen: try row.parsedIfPresent("first_seen", ReportDate.init),
            lastSeen: try row.parsedIfPresent("last_seen", ReportDate.init)
        )
    }

    /// Every row of a table for one period; the table name comes from this file, never from input.
    private func rows(_ table: String, _ period: String, _ db: Database) throws -> [StoredRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE period = ?", arguments: [period]).map {
            StoredRow(row: $0, path: path, period: period, table: table)
        }
    }
}
