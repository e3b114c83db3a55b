import Foundation
import GRDB
public import ReportModel

/// A period being written on a thread of its own while the caller renders and delivers the report:
/// the rows go into one open transaction, which commits only when the caller says so and rolls back
/// otherwise, so the history changes exactly as with `HistoryStore.record` after delivery.
///
/// Every field is read and written under `condition`'s lock.
public final class PendingRecord: @unchecked Sendable {
    private let condition = NSCondition()
    /// The caller's decision: true to commit, false to roll back.
    private var decision: Bool?
    /// How the writing thread ended; set once.
    private var outcome: Result<Void, HistoryError>?

    init() {}

    /// Commits the period once its rows are written, and waits for it.
    /// - Throws: the `HistoryError` of the write or the commit; the history is then as it was.
    public func commit() throws(HistoryError) {
        if case .failure(let error) = decide(true) { throw error }
    }

    /// Rolls the period back (its rows are not kept) and waits until the transaction has ended.
    public func abandon() {
        _ = decide(false)
    }

    private func decide(_ commit: Bool) -> Result<Void, HistoryError> {
        condition.lock()
        defer { condition.unlock() }
        if decision == nil { decision = commit }
        condition.broadcast()
        while outcome == nil { condition.wait() }
        return outcome ?? .success(())
    }

    /// The writing thread: waits, inside the transaction, for the caller's decision.
    /// - Returns: whether to commit.
    func awaitDecision() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while decision == nil { condition.wait() }
        return decision ?? false
    }

    /// The writing thread has ended, committed, rolled back or failed.
    func finish(_ result: Result<Void, HistoryError>) {
        condition.lock()
        defer { condition.unlock() }
        outcome = result
        condition.broadcast()
    }
}

extension HistoryStore {
    /// Starts recording a period on a thread of its own and returns at once: the snapshot is made and
    /// its rows written inside one transaction, which stays open until the caller calls `commit()`
    /// (after the report was delivered) or `abandon()` (it failed). Read the stored periods the trend
    /// needs before: the open transaction holds the database.
    /// - Parameters:
    ///   - period: the period the snapshot records, `YYYY-MM`.
    ///   - rows: the period's finding rows, made as they are written, a batch at a time, in place of the
    ///     snapshot's own (so no row is held for every finding while the caller renders); nil: the snapshot's.
    ///   - snapshot: makes the snapshot (on the writing thread: the caller goes on meanwhile); its
    ///     period must be `period` and its report date in it.
    /// - Returns: the record to commit or abandon; one of the two must be called.
    /// - Throws: `HistoryError.invalidPeriod` for a period that is not `YYYY-MM`.
    public func beginRecording(
        _ period: String,
        rows: FindingRows? = nil,
        snapshot: @escaping @Sendable () -> ReportSnapshot
    ) throws(HistoryError) -> PendingRecord {
        guard Self.isPeriod(period) else { throw .invalidPeriod(path: path, period: period) }
        let pending = PendingRecord()
        let store = self
        // Handed over once: the thread lets go of the closure (and what it holds, often the snapshot
        // itself) as soon as the rows are written, not when the transaction ends.
        let handover = SnapshotHandover(snapshot, rows: rows)
        let writing = Thread {
            pending.finish(store.write(period, snapshot: handover, pending: pending))
        }
        writing.stackSize = 8 << 20
        writing.start()
        return pending
    }

    /// The writing thread's transaction: the rows, then the caller's decision.
    private func write(
        _ period: String,
        snapshot handover: SnapshotHandover,
        pending: PendingRecord
    ) -> Result<Void, HistoryError> {
        do {
            try queue.write { db in
                // The snapshot lives only while its rows are written, not while the caller renders.
                let (snapshot, rows) = handover.take()
                try Self.insert(snapshot, rows: rows, period: period, path: path, in: db)
                FreedMemory.release()
                guard pending.awaitDecision() else { throw Abandoned() }
            }
            return .success(())
        } catch is Abandoned {
            return .success(())
        } catch {
            // A failure ends the thread at once; the caller gets it from `commit()`.
            return .failure(Self.mapped(error, path: path, period: period))
        }
    }

    private static func insert(
        _ snapshot: ReportSnapshot,
        rows: FindingRows?,
        period: String,
        path: String,
        in db: Database
    ) throws {
        guard snapshot.period == period, snapshot.asOf.period == period else {
            throw HistoryError.invalidPeriod(path: path, period: snapshot.period)
        }
        if let rows {
            try SnapshotWriter.replace(with: snapshot, rows: rows, in: db)
        } else {
            try SnapshotWriter.replace(with: snapshot, in: db)
        }
    }

    /// The closure that makes the snapshot and the rows written in place of its own, taken once by the writing
    /// thread (which alone touches them).
    private final class SnapshotHandover: @unchecked Sendable {
        private var make: (@Sendable () -> ReportSnapshot)?
        private var rows: FindingRows?

        init(_ make: @escaping @Sendable () -> ReportSnapshot, rows: FindingRows?) {
            self.make = make
            self.rows = rows
        }

        /// The snapshot and the rows to write in place of its own, if any; both are let go here.
        func take() -> (ReportSnapshot, FindingRows?) {
            guard let make else { preconditionFailure("the snapshot is taken once") }
            let rows = self.rows
            self.make = nil
            self.rows = nil
            return (make(), rows)
        }
    }

    /// Thrown inside the transaction to roll it back when the caller abandons the period.
    private struct Abandoned: Error {}
}
