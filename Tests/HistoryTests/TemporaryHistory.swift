import Foundation
import History
import ReportModel

/// A history file in a fresh folder under the temporary directory, removed when the test is done.
struct TemporaryHistory {
    /// The folder.
    let folder: URL
    /// The database path inside it.
    let path: String

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("posture-history-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("history.sqlite").path
    }

    /// Opens the store.
    func open() throws -> HistoryStore {
        try HistoryStore(path: path)
    }

    /// Opens the store and records the reports in order, returning each trend.
    @discardableResult
    func recording(_ reports: [ScoredReport]) throws -> (HistoryStore, [Trend]) {
        let store = try open()
        let trends = try reports.map { report in
            try store.recordTrend(ReportSnapshot(report)) { $0 }
        }
        return (store, trends)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension HistoryStore {
    /// The trend ending at a period as the pipeline computes it: the periods the store returns,
    /// read by `TrendAnalysis`.
    func trend(endingAt period: String, limit: Int = 12, slaPolicy: SLAPolicy = .standard) throws -> Trend {
        let analysis = TrendAnalysis(slaPolicy: slaPolicy, limit: limit)
        return analysis.trend(endingAt: period, from: try snapshots(endingAt: period, count: analysis.periodsRead))
    }

    /// Records a snapshot as the pipeline does, handing `body` the trend including it.
    func recordTrend<T>(_ snapshot: ReportSnapshot, _ body: (Trend) throws -> T) throws -> T {
        let analysis = TrendAnalysis()
        return try record(snapshot, reading: analysis.periodsRead) { stored in
            try body(analysis.trend(endingAt: snapshot.period, from: stored))
        }
    }
}

extension ReportSnapshot {
    /// A period holding only these findings (no scores, layers, environments, controls or acceptances).
    static func findingsOnly(_ findings: [FindingSnapshot], asOf: ReportDate) -> ReportSnapshot {
        ReportSnapshot(
            asOf: asOf,
            inputCount: 1,
            overall: ControlCounts(),
            layers: [],
            environments: [],
            controls: [],
            acceptances: [],
            findings: findings
        )
    }
}
