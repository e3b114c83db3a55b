import Foundation
import History
import ReportModel
import Testing

/// Finding rows are written in multi-row batches; every row reads back as written, whatever the
/// count against the batch size.
@Suite struct HistoryBatchTests {
    @Test(arguments: [0, 1, 199, 200, 201, 457])
    func everyRowReadsBack(count: Int) throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let asOf = ReportDate(year: 2026, month: 11, day: 30)
        let findings = (0..<count).map { index in
            FindingSnapshot(
                identity: "id-\(index)",
                status: index % 3 == 0 ? .accepted : .open,
                severity: index % 2 == 0 ? .high : .low,
                layer: index % 5 == 0 ? .unclassified : .layer(.network),
                environment: index % 4 == 0 ? "prod" : "unmapped",
                controlId: index % 7 == 0 ? nil : "EC2.\(index % 20)",
                firstSeen: index % 6 == 0 ? nil : ReportDate(year: 2026, month: 1 + index % 11, day: 1 + index % 28),
                lastSeen: asOf
            )
        }
        let snapshot = ReportSnapshot.findingsOnly(findings, asOf: asOf)
        let store = try history.open()
        try store.record(snapshot) { _ in () }
        let stored = try #require(try store.snapshot(for: "2026-11"))
        #expect(stored.findings.sorted { $0.identity < $1.identity } == findings.sorted { $0.identity < $1.identity })
    }
}
