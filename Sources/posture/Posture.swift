import ArgumentParser
import Foundation
import ReportModel

/// `posture`: monthly AWS security posture reports from the exports a team already has.
///
/// Exit codes (a contract): 0 ok, 1 a gate failed (`--fail-on`, `check`), 2 usage, 3 input or config error.
@main
struct Posture: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "posture",
        abstract: "Monthly AWS security posture reports from Security Hub, ECR and WAF exports.",
        version: version,
        subcommands: [ReportCommand.self, InspectCommand.self, CheckCommand.self, HistoryCommand.self]
    )

    static func main() {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            if exitCode(for: error) == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(CLIError.usageExitCode)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch let error as CLIError {
            // Messages may span lines (the --strict list); each value in them was escaped where it was built.
            FileHandle.standardError.write(Data(("posture: " + VisibleText.escaped(error.description) + "\n").utf8))
            Foundation.exit(error.exitCode)
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            FileHandle.standardError.write(Data(("posture: " + VisibleText.escaped("\(error)") + "\n").utf8))
            Foundation.exit(CLIError.inputExitCode)
        }
    }
}
