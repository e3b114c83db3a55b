import ArgumentParser
import Foundation
import History
import Importers
import Rendering
import ReportModel
import ReportPipeline
import Scoring

/// A failure the command reports on one stderr line, with its exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Input, configuration, history or render failure: exit 3.
    case failed(String)
    /// A gate (`--fail-on`, `check`) failed: exit 1.
    case gate(String)
    /// A usage error found after parsing (a bad date, a bad option value): exit 2.
    case usage(String)

    static let gateExitCode: Int32 = 1
    static let usageExitCode: Int32 = 2
    static let inputExitCode: Int32 = 3

    init(_ error: PipelineError) {
        self = .failed(error.text(in: ResourceFolders.english()))
    }

    /// The error as the user reads it, or `nil` for argument-parser's own errors (help, version, usage), which
    /// argument-parser prints itself. No Foundation or library error reaches the terminal as a type dump.
    init?(describing error: any Error) {
        switch error {
        case let error as CLIError: self = error
        case let error as PipelineError: self = .failed(error.text(in: ResourceFolders.english()))
        case let error as ImportError: self = .failed(error.text(in: ResourceFolders.english()))
        case let error as ScoringError: self = .failed(error.text(in: ResourceFolders.english()))
        case let error as HistoryError: self = .failed("history: \(error.description)")
        case let error as RenderError: self = .failed("render: \(error.description)")
        case is ValidationError, is CleanExit, is ExitCode: return nil
        default:
            if Posture.exitCode(for: error) != .failure { return nil }
            self = .failed(FileProblem.describe(error, path: nil))
        }
    }

    var exitCode: Int32 {
        switch self {
        case .failed: Self.inputExitCode
        case .gate: Self.gateExitCode
        case .usage: Self.usageExitCode
        }
    }

    var description: String {
        switch self {
        case .failed(let message), .gate(let message), .usage(let message): message
        }
    }
}

/// Writes one line to standard error, with control, invisible and newline characters from the
/// data shown as escapes (an input cannot retitle the terminal or forge a `warning:` line).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((VisibleText.escaped(text, newlines: true) + "\n").utf8))
}

/// Writes one line to standard output, escaped as ``printError(_:)`` does.
func printVisible(_ text: String) {
    print(VisibleText.escaped(text, newlines: true))
}
