import ArgumentParser
import Foundation
import History
import Rendering
import ReportModel
import ReportPipeline
import Scoring

/// `posture report`: renders the month's report into the output folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the monthly posture report (HTML, Markdown, JSON) into --out.",
        discussion: """
            Examples:
              posture report exports/2026-11 --out reports/2026-11 \\
                --as-of 2026-11-30 --organization "Example Shop" \\
                --acceptances risk-acceptances.yml \\
                --environments environments.yml
              gunzip -c findings.json.gz | posture report - --out tmp-report

            The trend comes from the history file (--history, default posture-history.sqlite in the current \
            folder), which each run reads and then extends with this period. How to export the inputs: \
            docs/exporting.md.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var config: ConfigurationOptions

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "Comma-separated formats: html, md, json.")
    var format: String = "html,md,json"

    @Option(
        help: ArgumentHelp(
            "The history database, kept from month to month (default: \(HistoryLocation.defaultPath) in the current folder).",
            valueName: "file"
        )
    )
    var history: String?

    @Flag(help: "Do not read or write history (no trend).")
    var noHistory = false

    @Option(
        help: ArgumentHelp(
            "Days an open finding may stay open, per severity, e.g. critical=7,high=30 (others keep the default).",
            valueName: "severity=days,..."
        )
    )
    var sla: SLAOption?

    @Flag(help: "Render the external edition: account ids, ARNs, IP addresses and resource ids masked.")
    var redact = false

    @Option(help: "Label language: en or ja.")
    var lang: String = "en"

    @Option(help: "The organisation named in the header.")
    var organization: String = "AWS organization"

    @Option(help: "Fail (exit 1) when an open finding is at least this severe: CRITICAL, HIGH, MEDIUM, LOW.")
    var failOn: String?

    @Flag(help: "Treat warnings (skipped records, expired or stale acceptances, unmapped accounts…) as errors.")
    var strict = false

    @Option(help: ArgumentHelp("Folder of the templates.", visibility: .hidden))
    var templates: String?

    @Flag(help: "Deliver into --out even when it holds files the previous report did not write (they are kept).")
    var force = false

    func validate() throws {
        guard !out.isEmpty else { throw ValidationError("--out: expected a folder, got an empty path") }
        guard !format.split(separator: ",").isEmpty else {
            throw ValidationError("--format: expected at least one format")
        }
        for name in format.split(separator: ",") where OutputFormat(rawValue: String(name)) == nil {
            throw ValidationError("--format: unknown format \"\(name)\" (expected html, md, json)")
        }
        guard ["en", "ja"].contains(lang) else { throw ValidationError("--lang: expected en or ja") }
        if let failOn, Severity(rawValue: failOn.uppercased()) == nil {
            throw ValidationError("--fail-on: unknown severity \"\(failOn)\"")
        }
    }

    func run() throws {
        let formats = Set(format.split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) })
        let asOf = try config.date()
        let pipeline = try config.pipeline(options: try input.importOptions())
        let renderer = ReportRenderer(templates: try ResourceFolders.templates(option: templates))
        let sources = try input.sources()
        let outFolder = URL(fileURLWithPath: out, isDirectory: true)
        let context = ReportContext(
            organization: organization,
            toolVersion: Posture.version,
            edition: redact ? .external : .internal,
            language: lang
        )
        let historyFile = noHistory ? nil : historyPath
        var writer = OutputWriter(folder: outFolder, force: force)
        writer.killAfterStep = ProcessInfo.processInfo.environment["POSTURE_TEST_KILL_AFTER_STEP"].flatMap { Int($0) }
        writer.history = historyFile
        try writer.preflight()
        let historyExisted = historyFile.map { FileManager.default.fileExists(atPath: $0) } ?? true
        let outExisted = FileManager.default.fileExists(atPath: outFolder.path)

        var delivery: StagedDelivery?
        let document: ReportDocument
        do throws(PipelineError) {
            document = try pipeline.run(
                sources,
                asOf: asOf,
                context: context,
                formats: formats,
                history: historyOpener(outFolder),
                renderer: renderer,
                strict: strict
            ) { files in
                do {
                    delivery = try writer.deliver(files)
                } catch let error as CLIError {
                    throw error
                } catch {
                    throw CLIError.failed(FileProblem.describe(error, path: out, action: "write the report into"))
                }
            }
        } catch {
            delivery?.rollBack()
            if !historyExisted, let historyFile { Self.removeHistory(historyFile) }
            if !outExisted { rmdir(outFolder.path) }
            throw CLIError(error)
        }
        delivery?.finish()
        for path in delivery?.written ?? [] { print(path) }
        if !noHistory {
            let periods = document.trend.periods.count
            printError(
                "history: \(historyPath) holds \(periods) period\(periods == 1 ? "" : "s"), \(asOf.period) recorded"
            )
        }
        for diagnostic in document.report.diagnostics where diagnostic.level == .warning {
            printError("warning: \(diagnostic)")
        }
        try gate(document.report)
    }

    /// Removes a history file this failed run created (and SQLite's side files).
    private static func removeHistory(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Opens the history store when the pipeline asks for it (after import and scoring succeeded).
    private func historyOpener(_ outFolder: URL) -> (() throws -> HistoryStore)? {
        if noHistory { return nil }
        let path = historyPath
        if history == nil, let old = HistoryLocation.formerDefault(in: out, current: path) {
            printError(
                "warning: \(old) is history kept where posture 0.1 put it by default; this run reads and writes "
                    + "\(path) instead: move the file there (or pass --history \(old)) to keep the trend"
            )
        }
        return { () throws -> HistoryStore in
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try HistoryStore(path: path, slaPolicy: sla?.policy ?? .standard)
        }
    }

    /// The history file this run reads and writes.
    private var historyPath: String { history ?? HistoryLocation.defaultPath }

    private func gate(_ report: ScoredReport) throws {
        guard let failOn, let threshold = Severity(rawValue: failOn.uppercased()) else { return }
        let open = report.gateFailures(atLeast: threshold)
        if !open.isEmpty {
            throw CLIError.gate(
                "\(open.count) open finding\(open.count == 1 ? "" : "s") at or above \(threshold.rawValue) (--fail-on)"
            )
        }
    }
}
