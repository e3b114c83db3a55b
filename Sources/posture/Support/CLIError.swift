import Foundation
import ReportModel
import ReportPipeline

/// A failure the command reports on one stderr line, with its exit code.
enum CLIError: Error, CustomStringConvertible {
    /// Input, configuration, history or render failure: exit 3.
    case failed(String)
    /// A gate (`--fail-on`, `check`) failed: exit 1.
    case gate(String)

    static let gateExitCode: Int32 = 1
    static let usageExitCode: Int32 = 2
    static let inputExitCode: Int32 = 3

    init(_ error: PipelineError) {
        self = .failed(error.description)
    }

    var exitCode: Int32 {
        switch self {
        case .failed: Self.inputExitCode
        case .gate: Self.gateExitCode
        }
    }

    var description: String {
        switch self {
        case .failed(let message), .gate(let message): message
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
