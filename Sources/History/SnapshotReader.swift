import GRDB
import ReportModel

/// Reads snapshots and summaries back from the normalized tables.
struct SnapshotReader {
    /// The database path, for errors.
    let path: String
    /// One copy of each identity, environment and control id however many stored periods repeat it: a year of
    /// monthly snapshots of 100k findings holds the same identities twelve times.
    private let shared = SharedStrings()

    /// Creates a reader of the history file at `path` (named in errors).
    init(path: String) {
        self.path = path
    }

    /// Stored periods up to and including `period`, the latest `limit`, oldest first.
    /// - Returns: the periods.
    /// - Throws: `DatabaseError` from SQLite.
    func periods(endingAt period: String, limit: Int, in db: Database) throws -> [String] {
        try latestPeriods(where: "period <= ?", period, limit: limit, in: db)
    }

    /// Stored periods strictly before `period`, the latest `limit`, oldest first.
    /// - Returns: the periods.
    /// - Throws: `DatabaseError` from SQLite.
    func periods(before period: String, limit: Int, in db: Database) throws -> [String] {
        try latestPeriods(where: "period < ?", period, limit: limit, in: db)
    }

    /// The latest `limit` stored periods matching a condition on `period`, oldest first.
    private func latestPeriods(where condition: String, _ period: String, limit: Int, in db: Database) throws
        -> [String]
    {
        try storedPeriods(in: db)
        return try String.fetchAll(
            db,
            sql: "SELECT period FROM periods WHERE \(condition) ORDER BY period DESC LIMIT ?",
            arguments: [period, max(limit, 0)]
        ).reversed()
    }

    /// Checks that every stored period is a month (`YYYY-MM`), as every writer stores it. Periods are chosen
    /// by comparing their text, so a row holding anything else (`9999-99`, a date, a number) would be taken
    /// into a trend or left out of it without a word.
    /// - Throws: `HistoryError.unreadableRow` naming the first such value.
    private func storedPeriods(in db: Database) throws {
        for value in try DatabaseValue.fetchAll(db, sql: "SELECT period FROM periods ORDER BY period") {
            guard let text = String.fromDatabaseValue(value), HistoryStore.isPeriod(text) else {
                let shown = String.fromDatabaseValue(value) ?? value.description
                throw HistoryError.unreadableRow(
                    path: path,
                    period: "",
                    table: "periods",
                    column: "period",
                    value: shown
                )
            }
        }
    }

    /// Every stored period's headline numbers, oldest first.
    /// - Returns: the summaries.
    /// - Throws: `HistoryError` or `DatabaseError`.
    func summaries(in db: Database) throws -> [PeriodSummary] {
        try storedPeriods(in: db)
        return try Row.fetchAll(db, sql: "SELECT * FROM periods ORDER BY period").map { row in
            let stored = StoredRow(row: row, path: path, period: try row.decode(forColumn: "period"), table: "periods")
            return PeriodSummary(
                period: stored.period,
                asOf: try stored.parsed("as_of", ReportDate.init),
                overall: try stored.controlCounts(),
                openFindings: try stored.openFindings(),
                acceptedFindings: try stored.count("accepted_findings"),
                inputCount: try stored.count("input_count")
            )
        }
    }

    /// One stored period as a snapshot.
    /// - Parameters:
    ///   - period: the period, `YYYY-MM`.
    ///   - db: the connection.
    ///   - timelineOnly: whether its finding rows are read for `FindingTimeline` alone: identity, status,
    ///     severity and first-seen day (the environment, control, layer and last-seen day are left at their
    ///     defaults unread), for a period whose rows are let go once folded in.
    /// - Returns: the snapshot, or `nil` when the period is not stored.
    /// - Throws: `HistoryError` or `DatabaseError`.
    func snapshot(for period: String, in db: Database, timelineOnly: Bool = false) throws -> ReportSnapshot? {
        guard let head = try rows("periods", period, db).first else { return nil }
        var snapshot = ReportSnapshot(
            asOf: try head.parsed("as_of", ReportDate.init),
            inputCount: try head.count("input_count"),
            overall: try head.controlCounts(),
            layers: try rows("layer_scores", period, db).map { row in
                LayerSnapshot(
                    layer: try row.parsed("layer", StoredRow.layer),
                    controls: try row.controlCounts(),
                    openFindings: try row.openFindings(),
                    acceptedFindings: try row.count("accepted_findings")
                )
            },
            environments: try rows("environment_scores", period, db).map { row in
                EnvironmentSnapshot(
                    accountId: try row.value("account_id"),
                    name: try row.value("name"),
                    environment: try row.value("environment"),
                    controls: try row.controlCounts(),
                    openFindings: try row.openFindings(),
                    acceptedFindings: try row.count("accepted_findings")
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
                    matched: try row.count("matched"),
                    acceptedOn: try row.parsed("accepted_on", ReportDate.init),
                    expiresOn: try row.parsed("expires_on", ReportDate.init)
                )
            },
            findings: try timelineOnly ? timelineFindings(period, db) : findings(period, db)
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

    /// A period's finding rows, through a cursor (no copy of every row) with the columns by position
    /// (names are looked up once per query, not once per value: a period can hold 100k rows).
    private func findings(_ period: String, _ db: Database) throws -> [FindingSnapshot] {
        let columns = [
            "identity", "status", "severity", "layer", "environment", "control_id", "first_seen", "last_seen",
        ]
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT \(columns.joined(separator: ", ")) FROM findings WHERE period = ?",
            arguments: [period]
        )
        var findings: [FindingSnapshot] = []
        while let row = try rows.next() {
            let stored = StoredRow(row: row, path: path, period: period, table: "findings")
            var finding = FindingSnapshot(
                identity: "",
                status: try stored.parsed(columns[1], at: 1, FindingBucket.init(rawValue:)),
                severity: try stored.parsed(columns[2], at: 2, Severity.init(rawValue:)),
                layer: try stored.parsed(columns[3], at: 3, StoredRow.layer),
                environment: shared.one(try row.decode(atIndex: 4)),
                controlId: (try row.decode(atIndex: 5) as String?).map(shared.one),
                firstSeen: try stored.parsedIfPresent(columns[6], at: 6, ReportDate.init),
                lastSeen: try stored.parsedIfPresent(columns[7], at: 7, ReportDate.init)
            )
            finding.identityKey = shared.identity(try row.decode(atIndex: 0))
            findings.append(finding)
        }
        return findings
    }

    /// A period's finding rows with the columns `FindingTimeline` reads; the statuses and severities, a few
    /// distinct words, parsed once each.
    private func timelineFindings(_ period: String, _ db: Database) throws -> [FindingSnapshot] {
        let columns = ["identity", "status", "severity", "first_seen"]
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT \(columns.joined(separator: ", ")) FROM findings WHERE period = ?",
            arguments: [period]
        )
        var statuses = ParsedWords<FindingBucket>()
        var severities = ParsedWords<Severity>()
        var findings: [FindingSnapshot] = []
        while let row = try rows.next() {
            let stored = StoredRow(row: row, path: path, period: period, table: "findings")
            var finding = FindingSnapshot(
                identity: "",
                status: try stored.parsed(columns[1], at: 1) { statuses.parsed($0, FindingBucket.init(rawValue:)) },
                severity: try stored.parsed(columns[2], at: 2) { severities.parsed($0, Severity.init(rawValue:)) },
                layer: .unclassified,
                firstSeen: try stored.parsedIfPresent(columns[3], at: 3, ReportDate.init)
            )
            finding.identityKey = shared.identity(try row.decode(atIndex: 0))
            findings.append(finding)
        }
        return findings
    }

    /// Every row of a table for one period; the table name comes from this file, never from input.
    private func rows(_ table: String, _ period: String, _ db: Database) throws -> [StoredRow] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE period = ?", arguments: [period]).map {
            StoredRow(row: $0, path: path, period: period, table: table)
        }
    }
}

/// One `StringTable` for a reader's periods (the reader's methods do not mutate it).
private final class SharedStrings {
    private var table = StringTable(limit: .max, longest: .max)

    /// The copy already held of `text`, or `text`, now held.
    func one(_ text: String) -> String {
        table.shared(text)
    }

    /// An identity whose parts are the copies already held (or now held) of its head and tail.
    func identity(_ text: String) -> FindingIdentity {
        var identity = FindingIdentity(text)
        identity.shareParts(in: &table)
        return identity
    }
}

/// Words parsed once each: a column that holds a few distinct words (a status, a severity) in every row.
private struct ParsedWords<Value> {
    private var known: [(word: String, value: Value)] = []

    /// The value of `word`, parsed by `parse` the first time it is met (a word that does not parse is never kept).
    mutating func parsed(_ word: String, _ parse: (String) -> Value?) -> Value? {
        for entry in known where entry.word == word { return entry.value }
        guard let value = parse(word) else { return nil }
        if known.count < 16 { known.append((word, value)) }
        return value
    }
}
