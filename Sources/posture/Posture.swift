import ArgumentParser
import Foundation

/// `posture`: monthly AWS security posture reports from the exports a team already has.
///
/// Exit codes (a contract): 0 ok, 1 a gate failed (`--fail-on`, `check`), 2 usage, 3 input or config error.
@main
struct Posture: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "posture",
        abstract: "Monthly AWS security posture reports from Security Hub, ECR and WAF exports.",
        discussion: """
            Reads the exports a team already has (Security Hub findings as ASFF or OCSF, Inspector, ECR image \
            scans, WAF configuration and traffic) and writes the month's report: report.html, report.md with \
            charts/, report.json. Every imported finding is accounted for in the report.

            Examples:
              posture report exports/2026-11 --out reports/2026-11 --as-of 2026-11-30
              posture inspect exports/2026-11
              posture check exports/2026-11 --acceptances risk-acceptances.yml
              posture history list

            How to export the inputs from AWS: docs/exporting.md. Exit codes: 0 ok, 1 a gate failed \
            (--fail-on, check), 2 usage, 3 input or configuration error.
            """,
        version: version,
        subcommands: [ReportCommand.self, InspectCommand.self, CheckCommand.self, HistoryCommand.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let failure = CLIError(describing: error)
            switch failure {
            case .some(let failure):
                printError("posture: " + failure.description)
                Foundation.exit(failure.exitCode)
            case .none:
                // Help and version (exit 0), ExitCode, and usage errors, which argument-parser words with the
                // usage line; usage errors exit 2 as documented, not argument-parser's 64.
                let code = exitCode(for: error)
                if code == .success || error is ExitCode { exit(withError: error) }
                printError(fullMessage(for: error))
                Foundation.exit(CLIError.usageExitCode)
            }
        }
    }
}
