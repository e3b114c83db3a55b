import Foundation
import GRDB
public import ReportModel

/// Monthly snapshots in one SQLite file: write a period, read stored periods, list, show and delete.
///
/// The store stores and loads; what the periods mean (the trend, month-over-month changes, SLA
/// breaches) is `TrendAnalysis`'s. It opens only the file whose path it is handed, and owns the
/// one `DatabaseQueue` on it. Dates come from the snapshots; nothing here reads the clock.
public struct HistoryStore: Sendable {
    /// The database file's path, as given.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the history file, creating it when missing, and brings its schema up to date.
    /// - Parameter path: the SQLite file; its folder must exist.
    /// - Throws: `HistoryError.missingFolder`, `.notADatabase`, `.newerSchema` or `.database`.
    public init(path: String) throws(HistoryError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        let folderExists = FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
        if !folder.isEmpty, !folderExists {
            throw .missingFolder(path: path, folder: folder)
        }
        self.path = path
        do {
            queue = try DatabaseQueue(path: path)
            try HistorySchema.check(queue, path: path)
            try HistorySchema.migrator.migrate(queue)
        } catch {
            throw Self.mapped(error, path: path, period: "")
        }
    }

    /// Writes the snapshot, replacing its period, inside one transaction; reads the stored periods
    /// ending at it and calls `body` with them while the transaction is still open. If `body`
    /// throws, the transaction rolls back and the history is unchanged.
    ///
    /// `body` must not use this store: the transaction holds the database until it returns.
    /// - Parameters:
    ///   - snapshot: the period to store.
    ///   - count: the most stored periods handed to `body`, this one included.
    ///   - body: receives the stored periods, oldest first, this one last (it renders with the trend
    ///     `TrendAnalysis` computes from them); its result is returned once the transaction commits.
    /// - Returns: what `body` returned.
    /// - Throws: the error `body` threw, unchanged, or a `HistoryError`.
    public func record<T>(
        _ snapshot: ReportSnapshot,
        reading count: Int = TrendAnalysis().periodsRead,
        whileRendering body: ([ReportSnapshot]) throws -> T
    ) throws -> T {
        try validate(snapshot.period)
        guard snapshot.period == snapshot.asOf.period else {
            throw HistoryError.invalidPeriod(path: path, period: snapshot.period)
        }
        do {
            return try queue.write { db in
                try SnapshotWriter.replace(with: snapshot, in: db)
                let stored = try snapshots(endingAt: snapshot.period, count: count, in: db)
                do {
                    return try body(stored)
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

    /// The stored periods up to a period, read-only, oldest first: what `TrendAnalysis` reads.
    /// - Parameters:
    ///   - period: the last period, `YYYY-MM` (it need not be stored).
    ///   - count: the most periods returned.
    /// - Returns: the snapshots.
    /// - Throws: `HistoryError.invalidPeriod` or a read error.
    public func snapshots(
        endingAt period: String,
        count: Int = TrendAnalysis().periodsRead
    ) throws(HistoryError) -> [ReportSnapshot] {
        try validate(period)
        return try reading(period) { db in try snapshots(endingAt: period, count: count, in: db) }
    }

    /// The stored periods before a period, read-only, oldest first: with the current run's snapshot
    /// appended, what `TrendAnalysis` reads to preview the trend before the run is recorded (a stored
    /// copy of the current period itself is not read: the run replaces it).
    /// - Parameters:
    ///   - period: the current period, `YYYY-MM`; only earlier periods are returned.
    ///   - count: the most periods returned.
    /// - Returns: the snapshots.
    /// - Throws: `HistoryError.invalidPeriod` or a read error.
    public func snapshots(before period: String, count: Int) throws(HistoryError) -> [ReportSnapshot] {
        try validate(period)
        return try reading(period) { db in
            let reader = SnapshotReader(path: path)
            let stored = try reader.periods(before: period, limit: count, in: db)
            return try stored.compactMap { try reader.snapshot(for: $0, in: db) }
        }
    }

    /// The stored periods before a period, read one at a time and folded into a trend the period itself is
    /// added to (`TrendFold.add(_:)`): the same trend as `TrendAnalysis.trend(endingAt:from:)` of
    /// `snapshots(before:count:)` and that period, without holding every stored period at once (a year of
    /// 100k-finding months is over a million rows). A stored copy of the period itself is not read: the run
    /// replaces it.
    /// - Parameters:
    ///   - period: the current period, `YYYY-MM`; only earlier periods are read.
    ///   - analysis: what the trend holds.
    /// - Returns: the fold of the stored periods.
    /// - Throws: `HistoryError.invalidPeriod` or a read error.
    public func trendFold(before period: String, analysis: TrendAnalysis) throws(HistoryError) -> TrendFold {
        try validate(period)
        return try reading(period) { db in
            // Each period is folded in on another thread while the next one is read (the connection stays
            // on this one), so no more than two periods' rows are in hand besides the fold's; the fold keeps the
            // rows of the last stored period only (the changes compare it with the current one).
            let reader = SnapshotReader(path: path)
            let fold = FoldInProgress(TrendFold(analysis))
            var folding: OtherThread<Bool>?
            let periods = try reader.periods(before: period, limit: analysis.periodsRead - 1, in: db)
            for stored in periods {
                let last = stored == periods.last
                guard let snapshot = try reader.snapshot(for: stored, in: db, timelineOnly: !last) else { continue }
                _ = folding?.result()
                folding = OtherThread {
                    fold.value.add(snapshot, keepingFindings: last)
                    return true
                }
            }
            _ = folding?.result()
            return fold.value
        }
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

    private func snapshots(endingAt period: String, count: Int, in db: Database) throws -> [ReportSnapshot] {
        let reader = SnapshotReader(path: path)
        let stored = try reader.periods(endingAt: period, limit: count, in: db)
        return try stored.compactMap { try reader.snapshot(for: $0, in: db) }
    }

    private func reading<T>(_ period: String, _ work: (Database) throws -> T) throws(HistoryError) -> T {
        do {
            return try queue.read(work)
        } catch {
            throw Self.mapped(error, path: path, period: period)
        }
    }

    private func validate(_ period: String) throws(HistoryError) {
        guard Self.isPeriod(period) else { throw .invalidPeriod(path: path, period: period) }
    }

    /// Whether text is a period as the store keeps them: a month, `YYYY-MM`.
    /// - Parameter text: a period given by a user or read from the file.
    /// - Returns: whether it is one.
    static func isPeriod(_ text: String) -> Bool {
        ReportDate("\(text)-01") != nil
    }

    static func mapped(_ error: any Error, path: String, period: String) -> HistoryError {
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

/// A fold that one thread at a time adds to, each after the one before it finished (`trendFold(before:analysis:)`
/// chains them): never touched by two threads at once.
private final class FoldInProgress: @unchecked Sendable {
    var value: TrendFold

    init(_ value: TrendFold) {
        self.value = value
    }
}
