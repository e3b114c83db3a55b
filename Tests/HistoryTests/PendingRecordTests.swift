import Foundation
import History
import ReportModel
import Testing

/// A period written on its own thread while the report is rendered: committed, it reads back as
/// `record` writes it; abandoned or failed, the history is as it was, and the store stays usable.
@Suite struct PendingRecordTests {
    static let asOf = ReportDate(year: 2026, month: 11, day: 30)

    static func snapshot(_ findings: Int, asOf: ReportDate = asOf) -> ReportSnapshot {
        ReportSnapshot.findingsOnly(
            (0..<findings).map { index in
                FindingSnapshot(
                    identity: "arn:aws:securityhub:eu-west-1:111122223333:finding/\(index)",
                    status: .open,
                    severity: .high,
                    layer: .layer(.network),
                    environment: "prod",
                    controlId: "EC2.\(index % 20)",
                    firstSeen: asOf,
                    lastSeen: asOf
                )
            },
            asOf: asOf
        )
    }

    @Test func committedReadsBackAsRecorded() throws {
        let pending = try TemporaryHistory()
        let recorded = try TemporaryHistory()
        defer {
            pending.remove()
            recorded.remove()
        }
        let snapshot = Self.snapshot(457)
        try recorded.open().record(snapshot) { _ in () }
        let store = try pending.open()
        let record = try store.beginRecording("2026-11") { snapshot }
        try record.commit()
        #expect(try store.snapshot(for: "2026-11") == recorded.open().snapshot(for: "2026-11"))
        #expect(try store.periods() == recorded.open().periods())
    }

    @Test func abandonedLeavesTheStoredPeriodAsItWas() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let store = try history.open()
        try store.record(Self.snapshot(3)) { _ in () }
        let before = try store.snapshot(for: "2026-11")
        // The replacement's rows are written, then rolled back.
        let record = try store.beginRecording("2026-11") { Self.snapshot(250) }
        record.abandon()
        #expect(try store.snapshot(for: "2026-11") == before)
        // The store is free again: the next run records.
        try store.beginRecording("2026-11") { Self.snapshot(5) }.commit()
        #expect(try store.snapshot(for: "2026-11")?.findings.count == 5)
    }

    @Test func aSnapshotOfAnotherPeriodFailsAtCommitAndWritesNothing() throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let store = try history.open()
        let record = try store.beginRecording("2026-10") { Self.snapshot(2) }
        #expect(throws: HistoryError.self) { try record.commit() }
        #expect(try store.periods().isEmpty)
        #expect(throws: HistoryError.self) { try store.beginRecording("2026-13") { Self.snapshot(1) } }
    }
}
