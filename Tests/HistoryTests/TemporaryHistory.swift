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
    func open(slaPolicy: SLAPolicy = .standard) throws -> HistoryStore {
        try HistoryStore(path: path, slaPolicy: slaPolicy)
    }

    /// Opens the store and records the reports in order, returning each trend.
    @discardableResult
    func recording(_ reports: [ScoredReport]) throws -> (HistoryStore, [Trend]) {
        let store = try open()
        let trends = try reports.map { report in
            try store.record(ReportSnapshot(report), whileRendering: { $0 })
        }
        return (store, trends)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
