import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an interrupt (Ctrl-C, `SIGTERM`, `SIGHUP`) leaves behind during `posture report`: nothing half-made.
///
/// Before the new set is swapped into `--out`, an interrupt removes the staging folder the set was being
/// written into (and a history file this run created) and ends the run by that signal: `--out` and the
/// history are as they were (an open history transaction is rolled back by SQLite when the file is next
/// opened). From the swap until the history is committed and the previous set removed (or the swap rolled
/// back), the interrupt is held and acted on once that step is over, so the run never stops between the
/// report and its history.
enum Interruption {
    private struct State {
        /// The staging folder to remove, while it holds only a partial set.
        var staging: String?
        /// A history file this run created, removed with its side files when the run is interrupted before
        /// its first commit.
        var createdHistory: String?
        /// An output folder this run created, removed when it is still empty.
        var createdOut: String?
        /// Whether interrupts are held.
        var holding = false
        /// The interrupt received while holding; 0 for none.
        var pending: Int32 = 0
        /// How the held step ended, once released: what an interrupt handled after the release reports (the
        /// signal reaches the handler on another thread, which may run only after the step it arrived in is over).
        var released: String?
    }

    private static let state = Mutex(State())
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    /// The signals handled: what a terminal, `kill` and a closed session send.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Starts handling the signals (once; a signal the process was started ignoring, as `nohup` does for
    /// `SIGHUP`, stays ignored).
    static func install() {
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in signals {
                // Asked before any handler is in place: was the signal ignored when the process started?
                let previous: sighandler_t? = signal(number, SIG_IGN)
                if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                    continue
                }
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { received(number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// The staging folder an interrupt removes, or `nil` once it no longer holds a partial set.
    /// - Parameter path: the folder.
    static func staging(_ path: String?) {
        state.withLock { $0.staging = path }
    }

    /// A history file this run created (`nil` once it holds a committed period).
    /// - Parameter path: the file.
    static func createdHistory(_ path: String?) {
        state.withLock { $0.createdHistory = path }
    }

    /// An output folder this run created (`nil` once a report is delivered into it); removed when empty.
    /// - Parameter path: the folder.
    static func createdOut(_ path: String?) {
        state.withLock { $0.createdOut = path }
    }

    /// Holds interrupts until ``release(delivered:)``: the swap into `--out` and the history commit are one step.
    static func hold() {
        state.withLock { $0.holding = true }
    }

    /// Whether interrupts are held.
    static var isHolding: Bool {
        state.withLock { $0.holding }
    }

    /// Stops holding interrupts; one received meanwhile now ends the run (the step it waited for is over).
    /// - Parameter delivered: whether the report was delivered and recorded (else it was rolled back).
    static func release(delivered: Bool) {
        let outcome =
            delivered
            ? "held until the report was delivered and its period recorded"
            : "the run had failed and was rolled back"
        let pending = state.withLock { state -> Int32 in
            let pending = state.pending
            state.holding = false
            state.pending = 0
            state.released = outcome
            return pending
        }
        guard pending != 0 else { return }
        stop(by: pending, outcome: outcome)
    }

    /// Whether an interrupt received while holding waits for the release (the fault hook of the tests waits for its own).
    static var hasPending: Bool {
        state.withLock { $0.pending != 0 }
    }

    private static func received(_ number: Int32) {
        let (held, released) = state.withLock { state -> (Bool, String?) in
            guard state.holding else { return (false, state.released) }
            if state.pending == 0 { state.pending = number }
            return (true, nil)
        }
        guard !held else { return }
        // An interrupt handled after the held step was over says how that step ended, not that nothing was done.
        stop(by: number, outcome: released ?? "nothing was delivered or recorded by this run")
    }

    /// Removes what a partial run made and ends the process by `number`, as if it had not been handled.
    private static func stop(by number: Int32, outcome: String) {
        let (staging, history, out) = state.withLock { ($0.staging, $0.createdHistory, $0.createdOut) }
        if let staging {
            // A file the writing thread creates while the tree is removed makes the last step fail; once the
            // folder itself is gone nothing can be created in it.
            for _ in 0..<5 where FileManager.default.fileExists(atPath: staging) {
                try? FileManager.default.removeItem(atPath: staging)
            }
        }
        if let history {
            for suffix in ["", "-journal", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: history + suffix)
            }
        }
        if let out { rmdir(out) }
        printError("interrupted (\(signalName(number))): \(outcome)")
        signal(number, SIG_DFL)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, number)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        raise(number)
        _exit(128 + number)
    }

    private static func signalName(_ number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(number)"
        }
    }
}
