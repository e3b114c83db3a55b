import ArgumentParser
import Foundation
import History
import Rendering
import ReportModel
import ReportPipeline

/// `posture report`: renders the month's report into the output folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the monthly posture report (HTML, Markdown, JSON) into --out."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var config: ConfigurationOptions

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "Comma-separated formats: html, md, json.")
    var format: String = "html,md,json"

    @Option(help: "The history database (default: OUT/history.sqlite).")
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
        let historyPath = noHistory ? nil : (history ?? outFolder.appendingPathComponent("history.sqlite").path)
        var writer = OutputWriter(folder: outFolder, force: force)
        writer.killAfterStep = ProcessInfo.processInfo.environment["POSTURE_TEST_KILL_AFTER_STEP"].flatMap { Int($0) }
        writer.history = historyPath
        try writer.preflight()
        let historyExisted = historyPath.map { FileManager.default.fileExists(atPath: $0) } ?? true
        let outExisted = FileManager.default.fileExists(atPath: outFolder.path)

        var delivery: StagedDelivery?
        let document: ReportDocument
        do throws(PipelineError) {
            document = try pipeline.run(
                sources,
                asOf: asOf,
                context: context,
                formats: formats,
                history: historyOpener(historyPath),
                renderer: renderer,
                strict: strict
            ) { files in
                delivery = try writer.deliver(files)
            }
        } catch {
            delivery?.rollBack()
            if !historyExisted, let historyPath { Self.removeHistory(historyPath) }
            if !outExisted { rmdir(outFolder.path) }
            throw CLIError(error)
        }
        delivery?.finish()
        for path in delivery?.written ?? [] { print(path) }
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
    private func historyOpener(_ path: String?) -> (() throws -> HistoryStore)? {
        guard let path else { return nil }
        return { () throws -> HistoryStore in
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try HistoryStore(path: path, slaPolicy: sla?.policy ?? .standard)
        }
    }

    private func gate(_ report: ScoredReport) throws {
        guard let failOn, let threshold = Severity(rawValue: failOn.uppercased()) else { return }
        let open = report.findings.filter { $0.bucket == .open && $0.finding.severity >= threshold }
        if !open.isEmpty {
            throw CLIError.gate(
                "\(open.count) open finding\(open.count == 1 ? "" : "s") at or above \(threshold.rawValue) (--fail-on)"
            )
        }
    }
}
