import ArgumentParser
import Foundation
import History
import Importers
import ReportModel
import ReportPipeline

/// `posture history`: the monthly snapshots behind the trends.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List, show, delete or backfill the monthly snapshots behind the trends.",
        discussion: """
            Examples:
              posture history list
              posture history show 2026-10
              posture history backfill exports/2026-09 exports/2026-10 --acceptances risk-acceptances.yml
              posture history delete 2026-10 --history reports/posture-history.sqlite
            """,
        subcommands: [List.self, Show.self, Delete.self, Backfill.self]
    )

    /// The `--history FILE` option shared by the subcommands.
    struct StoreOption: ParsableArguments {
        @Option(help: ArgumentHelp("The history database.", valueName: "file"))
        var history: String = HistoryLocation.defaultPath

        func open(create: Bool = false) throws -> HistoryStore {
            if !create, !FileManager.default.fileExists(atPath: history) {
                throw CLIError.failed(
                    "\(history): no history database (run `posture report` or `posture history backfill` first)"
                )
            }
            do {
                if create {
                    try FileManager.default.createDirectory(
                        at: URL(fileURLWithPath: history).deletingLastPathComponent(),
                        withIntermediateDirectories: true
                    )
                }
                return try HistoryStore(path: history)
            } catch let error as HistoryError {
                throw CLIError.failed("history: \(error)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored periods with their scores.")
        @OptionGroup var store: StoreOption

        func run() throws {
            let periods = try wrap { try store.open().periods() }
            print("period\tas of\tsecurity hub\twith acceptances\topen critical/high\taccepted\tinputs")
            for summary in periods {
                printVisible(
                    [
                        summary.period, "\(summary.asOf)", percent(summary.overall.securityHubScore),
                        percent(summary.overall.withAcceptancesScore), "\(summary.openFindings.criticalAndHigh)",
                        "\(summary.acceptedFindings)", "\(summary.inputCount)",
                    ].joined(separator: "\t")
                )
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one stored period as JSON.")
        @OptionGroup var store: StoreOption
        @Argument(help: "The period, YYYY-MM.") var period: String

        func validate() throws { try validatePeriod(period) }

        func run() throws {
            guard let snapshot = try wrap({ try store.open().snapshot(for: period) }) else {
                throw CLIError.failed("\(store.history): no period \(period)")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(VisibleText.escapedJSON(String(decoding: try encoder.encode(snapshot), as: UTF8.self)))
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete one stored period.")
        @OptionGroup var store: StoreOption
        @Argument(help: "The period, YYYY-MM.") var period: String

        func validate() throws { try validatePeriod(period) }

        func run() throws {
            guard try wrap({ try store.open().delete(period: period) }) else {
                throw CLIError.failed("\(store.history): no period \(period)")
            }
            print("deleted \(period)")
        }
    }

    struct Backfill: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import one folder of old exports per month (named YYYY-MM), oldest first, into the history."
        )
        @OptionGroup var store: StoreOption
        @OptionGroup var config: ConfigurationOptions
        @Flag(help: "Skip records that are not findings of a known format.") var skipInvalid = false
        @Argument(help: "Folders named after their month, e.g. exports/2026-08.") var folders: [String]

        func validate() throws {
            if config.asOf != nil {
                throw ValidationError("--as-of: backfill takes each month's date from its folder name")
            }
        }

        func run() throws {
            var months: [(period: String, sources: [InputSource])] = []
            for folder in folders {
                let period = URL(fileURLWithPath: folder).lastPathComponent
                guard ReportDate.lastDay(of: period) != nil else {
                    throw CLIError.failed("\(folder): folder name must be the month, YYYY-MM")
                }
                months.append((period, try InputOptions.sources(for: [folder])))
            }
            let pipeline = try config.pipeline(skipInvalid: skipInvalid)
            let history = try store.open(create: true)
            let reports: [ScoredReport]
            do throws(PipelineError) {
                reports = try pipeline.backfill(months, into: history)
            } catch {
                throw CLIError(error)
            }
            for report in reports {
                let count = report.findings.count
                printVisible(
                    "\(report.period)\tas of \(report.asOf)\t\(count) finding\(count == 1 ? "" : "s")\tsecurity hub \(percent(report.overall.securityHubScore))"
                )
            }
        }
    }
}

private func percent(_ score: Score?) -> String {
    score.map { "\($0.wholePercent)%" } ?? "n/a"
}

private func wrap<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as HistoryError {
        throw CLIError.failed("history: \(error)")
    }
}

/// A period argument that is not a month (`2026-13`) is a usage error (exit 2), as a bad `--as-of` is.
/// - Parameter period: the argument.
/// - Throws: `ValidationError` naming it.
private func validatePeriod(_ period: String) throws {
    guard ReportDate.lastDay(of: period) != nil else {
        let shown = VisibleText.escaped(period, newlines: true)
        throw ValidationError("period: expected a month as YYYY-MM, got \"\(shown)\"")
    }
}
