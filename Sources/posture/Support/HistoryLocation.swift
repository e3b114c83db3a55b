import Foundation

/// Where the history lives when `--history` is not given: one file that stays put from month to month, in the
/// folder the team runs posture from (beside its risk-acceptances.yml), never inside a per-month `--out`.
enum HistoryLocation {
    /// `posture-history.sqlite`, relative to the current folder.
    static let defaultPath = "posture-history.sqlite"

    /// `OUT/history.sqlite`, the default of posture 0.1, when it exists and the current default does not.
    /// - Parameters:
    ///   - outFolder: this run's `--out`, as given.
    ///   - current: the history path this run uses.
    /// - Returns: the old file's path, to warn that the trend would otherwise start anew.
    static func formerDefault(in outFolder: String, current: String) -> String? {
        let old = (outFolder as NSString).appendingPathComponent("history.sqlite")
        let manager = FileManager.default
        guard manager.fileExists(atPath: old), !manager.fileExists(atPath: current) else { return nil }
        return old
    }
}
