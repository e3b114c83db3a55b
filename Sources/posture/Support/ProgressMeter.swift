import Foundation
import Importers
import ReportModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Progress on standard error while a long run works: the input being read (records, MB, MB/s),
/// then the stage. Shown only when standard error is a terminal, not under `--quiet`, and only
/// once the run has taken more than a second; one line, redrawn in place at most five times a
/// second and cleared when the run ends, so nothing of it stays in a terminal or reaches a log.
///
/// The stages only count; this is the one place that reads a clock (monotonic) to time them.
final class ProgressMeter: Sendable {
    private struct State {
        var shown = false
        var lastDraw: ContinuousClock.Instant?
        var files: [String] = []
        var bytesBefore = 0
        var bytes = 0
    }

    private let enabled: Bool
    private let start = ContinuousClock.now
    private let state = Mutex(State())

    /// A meter that shows progress when `quiet` is false and standard error is a terminal.
    /// - Parameter quiet: `--quiet`.
    init(quiet: Bool) {
        enabled = !quiet && isatty(STDERR_FILENO) == 1
    }

    /// Import options that report to this meter.
    /// - Returns: the options with the progress callback set (unchanged when the meter is off).
    func reporting(into options: ImportOptions) -> ImportOptions {
        guard enabled else { return options }
        var options = options
        options.progress = { [self] progress in self.imported(progress) }
        return options
    }

    private func imported(_ progress: ImportProgress) {
        switch progress.stage {
        case .reading:
            let line: String? = state.withLock { state in
                if state.files.last != progress.path {
                    state.bytesBefore = state.bytes
                    state.files.append(progress.path)
                }
                state.bytes = state.bytesBefore + progress.bytes
                let seconds = elapsed()
                let megabytes = Double(state.bytes) / 1_048_576
                let rate = seconds > 0 ? megabytes / seconds : 0
                let name = (progress.path as NSString).lastPathComponent
                return String(
                    format: "reading %@ (file %d): %d records, %.0f MB, %.0f MB/s",
                    name,
                    state.files.count,
                    progress.records,
                    megabytes,
                    rate
                )
            }
            if let line { draw(line, force: false) }
        case .imported:
            draw("scoring and rendering", force: true)
        }
    }

    /// Shows a stage (`writing`).
    /// - Parameter stage: the words.
    func stage(_ stage: String) {
        draw(stage, force: true)
    }

    /// Clears the line, if one was drawn; call before anything else goes to the terminal.
    func finish() {
        guard enabled else { return }
        let shown = state.withLock { state in
            defer { state.shown = false }
            return state.shown
        }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func elapsed() -> Double {
        let duration = ContinuousClock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Redraws the line after the first second, at most every 0.2 s unless `force`.
    private func draw(_ text: String, force: Bool) {
        guard enabled, elapsed() > 1 else { return }
        let now = ContinuousClock.now
        let due = state.withLock { state in
            if !force, let last = state.lastDraw, now - last < .milliseconds(200) { return false }
            state.lastDraw = now
            state.shown = true
            return true
        }
        guard due else { return }
        let line = VisibleText.escaped(text, newlines: true)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + "posture: " + line).utf8))
    }
}
