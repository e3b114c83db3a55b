import Foundation
import GRDB
public import ReportModel

/// Monthly snapshots in one SQLite file: write a period, read the trend, list, show and delete periods.
///
/// The store opens only the file whose path it is handed, and owns the one `DatabaseQueue` on it.
/// Dates come from the snapshots; nothing here reads the clock.
public struct HistoryStore: Sendable {
    /// The database file's path, as given.
    public let path: String
    /// The SLA policy breaches are measured against.
    public let slaPolicy: SLAPolicy
    let queue: DatabaseQueue

    /// Opens the history file, creating it when missing, and brings its schema up to date.
    /// - Parameters:
    ///   - path: the SQLite file; its folder must exist.
    ///   - slaPolicy: days per severity before an open finding breaches its SLA.
    /// - Throws: `HistoryError.missingFolder`, `.notADatabase`, `.newerSchema` or `.database`.
    public init(path: String, slaPolicy: SLAPolicy = .standard) throws(HistoryError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
        if !folder.isEmpty, !folderExists {
            throw .missingFolder(path: path, folder: folder)
        }
        self.path = path
        self.slaPolicy = slaPolicy
        do {
            queue = try DatabaseQueue(path: path)
            try HistorySchema.check(queue, path: path)
            try HistorySchema.migrator.migrate(queue)
        } catch {
            throw Self.mapped(error, path: path, period: "")
        }
    }

    /// Writes the snapshot, replacing its period, inside one transaction; computes the trend including
    /// it and calls `body` with that trend while the transaction is still open. If `body` throws, the
    /// transaction rolls back and the history is unchanged.
    ///
    /// `body` must not use this store: the transaction holds the database until it returns.
    /// - Parameters:
    ///   - snapshot: the period to store.
    ///   - limit: the most periods the trend holds, the current one included.
    ///   - body: renders with the trend; its result is returned once the transaction commits.
    /// - Returns: what `body` returned.
    /// - Throws: the error `body` threw, unchanged, or a `HistoryError`.
    public func record<T>(_ snapshot: ReportSnapshot, limit: Int = 12, whileRendering body: (Trend) throws -> T)
        throws -> T
    {
        try validate(snapshot.period)
        guard snapshot.period == snapshot.asOf.period else {
            throw HistoryError.invalidPeriod(path: path, period: snapshot.period)
        }
        do {
            return try queue.write { db in
                try SnapshotWriter.replace(with: snapshot, in: db)
                let trend = try trend(endingAt: snapshot.period, limit: limit, in: db)
                do {
                    return try body(trend)
                } catch {
                    throw BodyFailure(error: error)
                }
            }
        } catch let failure as BodyFailure {
            throw failure.error
        } catch {
            throw Self.mapped(error, path: path, period: snapshot.period)
        }
    }

    /// The trend ending at a period, read-only: stored periods up to it, and its changes when it is stored.
    /// - Parameters:
    ///   - period: the last period, `YYYY-MM`.
    ///   - limit: the most periods the trend holds.
    /// - Returns: the trend.
    /// - Throws: `HistoryError.invalidPeriod` or a read error.
    public func trend(endingAt period: String, limit: Int = 12) throws(HistoryError) -> Trend {
        try validate(period)
        return try reading(period) { db in try trend(endingAt: period, limit: limit, in: db) }
    }

    /// Every stored period's headline numbers, oldest first, for `history list`.
    /// - Returns: the summaries.
    /// - Throws: a `HistoryError` when the file cannot be read.
    public func periods() throws(HistoryError) -> [PeriodSummary] {
        try reading("") { db in try SnapshotReader(path: path).summaries(in: db) }
    }

    /// One stored period, for `history show`.
    /// - Parameter period: the period, `YYYY-MM`.
    /// - Returns: the snapshot, or `nil` when the period is not stored.
    /// - Throws: `HistoryError.invalidPeriod` or a read error.
    public func snapshot(for period: String) throws(HistoryError) -> ReportSnapshot? {
        try validate(period)
        return try reading(period) { db in try SnapshotReader(path: path).snapshot(for: period, in: db) }
    }

    /// Deletes a stored period, in one transaction.
    /// - Parameter period: the period, `YYYY-MM`.
    /// - Returns: whether the period was stored.
    /// - Throws: `HistoryError.invalidPeriod` or a write error.
    public func delete(period: String) throws(HistoryError) -> Bool {
        try validate(period)
        do {
            return try queue.write { db in try SnapshotWriter.delete(period: period, in: db) }
        } catch {
            throw Self.mapped(error, path: path, period: period)
        }
    }

    private func trend(endingAt period: String, limit: Int, in db: Database) throws -> Trend {
        let reader = SnapshotReader(path: path)
        let stored = try reader.periods(endingAt: period, limit: max(limit, 2), in: db)
        let snapshots = try stored.compactMap { try reader.snapshot(for: $0, in: db) }
        let changes =
            snapshots.last?.period == period ? PeriodChangeCalculator(policy: slaPolicy).changes(in: snapshots) : nil
        return Trend(periods: snapshots.suffix(max(limit, 0)).map(TrendPeriod.init), changes: changes)
    }

    private func reading<T>(_ period: String, _ work: (Database) throws -> T) throws(HistoryError) -> T {
        do {
            return try queue.read(work)
        } catch {
            throw Self.mapped(error, path: path, period: period)
        }
    }

    private func validate(_ period: String) throws(HistoryError) {
        guard ReportDate("\(period)-01") != nil else { throw .invalidPeriod(path: path, period: period) }
    }

    private static func mapped(_ error: any Error, path: String, period: String) -> HistoryError {
        if let error = error as? HistoryError { return error }
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return .notADatabase(path: path) }
            return .database(path: path, period: period, message: error.message ?? "\(error.resultCode)")
        }
        return .database(path: path, period: period, message: "\(error)")
    }

    /// Carries an error thrown by the caller's body out of the transaction, so it is not mistaken for ours.
    private struct BodyFailure: Error {
        let error: any Error
    }
}
