import ArgumentParser
import Foundation
import History
import Rendering
import ReportModel
import ReportPipeline
import Scoring
import Synchronization

/// `posture report`: renders the month's report into the output folder.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the monthly posture report (HTML, Markdown, JSON, PDF) into --out.",
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

    @Option(
        help: ArgumentHelp(
            "Comma-separated formats: html, md, json, pdf (pdf needs headless Chromium on PATH; "
                + "evidence.csv is always written)."
        )
    )
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

    @Flag(
        help: "No progress line on standard error (shown only when it is a terminal and the run takes over a second)."
    )
    var quiet = false

    @Option(
        help: ArgumentHelp(
            "Days an open finding may stay open, per severity, e.g. critical=7,high=30 (others keep the default).",
            valueName: "severity=days,..."
        )
    )
    var sla: SLAOption?

    @Flag(help: "Render the redacted edition (the same as --edition redacted).")
    var redact = false

    @Option(
        help: ArgumentHelp(
            "internal (everything), redacted (every identifier masked) or summary (counts for questionnaires, masked).",
            valueName: "edition"
        )
    )
    var edition: String?

    @Option(
        help: ArgumentHelp(
            "A secret file that keys the pseudonyms of the masked editions, so they stay the same every month.",
            valueName: "file"
        )
    )
    var redactionKey: String?

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
        ResourceFolders.wordErrors(withTemplates: templates)
        guard !out.isEmpty else { throw ValidationError("--out: expected a folder, got an empty path") }
        guard !format.split(separator: ",").isEmpty else {
            throw ValidationError("--format: expected at least one format")
        }
        for name in format.split(separator: ",") where OutputFormat(rawValue: String(name)) == nil {
            throw ValidationError("--format: unknown format \"\(name)\" (expected html, md, json, pdf)")
        }
        guard ["en", "ja"].contains(lang) else { throw ValidationError("--lang: expected en or ja") }
        if let failOn, Severity(rawValue: failOn.uppercased()) == nil {
            throw ValidationError("--fail-on: unknown severity \"\(failOn)\"")
        }
        if let edition, ReportContext.Edition(rawValue: edition) == nil {
            throw ValidationError("--edition: expected internal, redacted or summary")
        }
        if redact, let edition, edition != "redacted" {
            throw ValidationError("--redact means --edition redacted; it cannot be combined with --edition \(edition)")
        }
        let chosen = selectedEdition
        if chosen.isMasked, !noHistory {
            let out = URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL.path
            let history = URL(fileURLWithPath: historyPath).standardizedFileURL.path
            if history.hasPrefix(out.hasSuffix("/") ? out : out + "/") {
                throw ValidationError(
                    "--edition \(chosen.rawValue): the history would be kept inside --out (\(history)), beside a report "
                        + "meant to leave the team; pass --history FILE outside --out, or --no-history"
                )
            }
        }
    }

    /// The edition chosen by `--edition` or `--redact`; internal by default.
    var selectedEdition: ReportContext.Edition {
        if let edition, let chosen = ReportContext.Edition(rawValue: edition) { return chosen }
        return redact ? .redacted : .internal
    }

    /// The redaction key's bytes, read from `--redaction-key`.
    private func readRedactionKey() throws -> [UInt8]? {
        guard let redactionKey else { return nil }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: redactionKey)))
        } catch {
            throw CLIError.failed(
                FileProblem.describe(error, path: redactionKey, action: "read the redaction key")
            )
        }
        guard bytes.count >= 16 else {
            throw CLIError.failed("\(redactionKey): the redaction key is shorter than 16 bytes")
        }
        return bytes
    }

    func run() throws {
        let formats = Set(format.split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) })
        // Find Chromium before anything runs, so a missing printer never half-writes a report.
        let printer = formats.contains(.pdf) ? try PDFPrinter.locate() : nil
        let asOf = try config.date()
        let meter = ProgressMeter(quiet: quiet)
        // The templates are parsed on another thread while the scoring tables are read here and the input is imported
        // and scored; they are waited for only before the report is rendered. A problem with the tables ends the run
        // before anything is read, one with the templates is the run's error whatever else went wrong after the
        // tables were read (as when the run waited for them before reading its input), and neither leaves anything
        // written.
        let (templatesOption, language) = (templates, lang)
        let parsing = OtherThread {
            Result { try ResourceFolders.templates(option: templatesOption, language: language) }
        }
        var pipeline = try config.pipeline(options: meter.reporting(into: try input.importOptions()))
        pipeline.trendAnalysis = TrendAnalysis(slaPolicy: sla?.policy ?? .standard)
        pipeline.english = ResourceFolders.english(templatesOption: templates)
        let document: ReportDocument
        var delivery: StagedDelivery?
        do {
            (document, delivery) = try report(
                with: pipeline,
                asOf: asOf,
                formats: formats,
                printer: printer,
                meter: meter
            ) {
                try parsing.result().get()
            }
        } catch {
            if case .failure(let problem) = parsing.result() { throw problem }
            throw error
        }
        meter.finish()
        delivery?.finish()
        Interruption.createdHistory(nil)
        Interruption.createdOut(nil)
        Interruption.release(delivered: true)
        for path in delivery?.written ?? [] { print(path) }
        if !noHistory {
            let periods = document.trend.periods.count
            printError(
                "history: \(historyPath) holds \(periods) period\(periods == 1 ? "" : "s"), \(asOf.period) recorded"
            )
        }
        // The first warnings and how many more: an export of thousands of products and resource types of their own
        // printed a line for each, burying the lines above. report.json lists every one (the pages the first fifty).
        let warnings = document.report.diagnostics.filter { $0.level == .warning }
        for diagnostic in warnings.prefix(Self.warningsShown) {
            printError("warning: \(diagnostic.text(in: pipeline.english))")
        }
        if warnings.count > Self.warningsShown {
            // The summary edition leaves the diagnostics out of its files.
            let listing = selectedEdition == .summary ? "an internal edition's report.json" : "report.json"
            printError("warning: and \(warnings.count - Self.warningsShown) more warnings; \(listing) lists every one")
        }
        // The process ends with this command: its memory goes back to the system at once, instead of
        // every finding's strings being freed one by one (a tenth of a second or more per 100k findings).
        Self.keptUntilExit.withLock { $0 = document }
        try gate(document.report)
    }

    /// Imports, scores, renders and delivers: the part of `run` after the scoring tables were read.
    /// - Parameters:
    ///   - pipeline: the stages, with the tables read.
    ///   - asOf: the day acceptances are valid or expired on and findings are aged to.
    ///   - formats: the formats asked for.
    ///   - printer: Chromium, when a PDF is asked for.
    ///   - meter: the progress shown on a terminal.
    ///   - templates: the parsed templates, waited for once the input is imported and scored.
    /// - Returns: the rendered document and the delivery to finish.
    /// - Throws: the first problem, worded for the terminal.
    private func report(
        with pipeline: ReportPipeline,
        asOf: ReportDate,
        formats: Set<OutputFormat>,
        printer: PDFPrinter?,
        meter: ProgressMeter,
        templates: () throws -> TemplateSet
    ) throws -> (ReportDocument, StagedDelivery?) {
        let sources = try input.sources()
        let outFolder = URL(fileURLWithPath: out, isDirectory: true)
        let edition = selectedEdition
        let context = ReportContext(
            organization: organization,
            toolVersion: Posture.version,
            edition: edition,
            language: lang,
            redactionKey: edition.isMasked ? try readRedactionKey() : nil
        )
        if edition.isMasked, redactionKey == nil {
            // Said only when the run goes on: after a problem with the templates, that problem alone is shown.
            _ = try templates()
            printError(
                "note: no --redaction-key: the pseudonyms of this \(edition.rawValue) edition hold within this run only "
                    + "(docs/editions.md)"
            )
        }
        let historyFile = noHistory ? nil : historyPath
        var writer = OutputWriter(folder: outFolder, force: force)
        writer.killAfterStep = ProcessInfo.processInfo.environment["POSTURE_TEST_KILL_AFTER_STEP"].flatMap { Int($0) }
        writer.interruptAfterStep = ProcessInfo.processInfo.environment["POSTURE_TEST_INTERRUPT_AFTER_STEP"].flatMap {
            Int($0)
        }
        writer.history = historyFile
        try writer.preflight()
        let historyExisted = historyFile.map { FileManager.default.fileExists(atPath: $0) } ?? true
        let outExisted = FileManager.default.fileExists(atPath: outFolder.path)
        let opener = try historyOpener(outFolder, templates: templates)
        Interruption.install()
        if !historyExisted { Interruption.createdHistory(historyFile) }
        if !outExisted { Interruption.createdOut(outFolder.path) }

        var delivery: StagedDelivery?
        let document: ReportDocument
        do {
            let report = try pipeline.assess(sources, asOf: asOf, strict: strict)
            let renderer = ReportRenderer(templates: try templates())
            document = try pipeline.finish(
                report,
                context: context,
                formats: printer == nil ? formats : formats.union([.html]),
                history: opener,
                renderer: renderer,
                recordWhileDelivering: !writer.historyIsInside
            ) { files in
                meter.stage("writing")
                do {
                    var text = files
                    var binaries: [(path: String, bytes: [UInt8])] = []
                    if let printer {
                        // The PDF is report.html printed; it joins the set and its checksum like any other file.
                        let pdf = try printer.print(html: try Self.html(in: files), asOf: asOf)
                        if !formats.contains(.html) { text = files.filter { $0.path != "report.html" } }
                        binaries.append(("report.pdf", [UInt8](pdf)))
                    }
                    delivery = try writer.deliver(text, binaries: binaries)
                } catch let error as CLIError {
                    throw error
                } catch {
                    throw CLIError.failed(FileProblem.describe(error, path: out, action: "write the report into"))
                }
            }
        } catch {
            meter.finish()
            delivery?.rollBack()
            if !historyExisted, let historyFile { Self.removeHistory(historyFile) }
            if !outExisted { rmdir(outFolder.path) }
            Interruption.release(delivered: false)
            if let error = error as? PipelineError { throw CLIError(error) }
            throw error
        }
        return (document, delivery)
    }

    /// How many of a run's warnings are printed on standard error before "and N more".
    static let warningsShown = 50

    /// The last report made, held until the process exits (only the command line's own run sets it).
    private static let keptUntilExit = Mutex<ReportDocument?>(nil)

    /// Removes a history file this failed run created (and SQLite's side files).
    private static func removeHistory(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Opens the history store when the pipeline asks for it (after import and scoring succeeded).
    private func historyOpener(
        _ outFolder: URL,
        templates: () throws -> TemplateSet
    ) throws -> (() throws -> HistoryStore)? {
        if noHistory { return nil }
        let path = historyPath
        if history == nil, let old = HistoryLocation.formerDefault(in: out, current: path) {
            // Said only when the run goes on: after a problem with the templates, that problem alone is shown.
            _ = try templates()
            printError(
                "warning: \(old) is history kept where posture 0.1 put it by default; this run reads and writes "
                    + "\(path) instead: move the file there (or pass --history \(old)) to keep the trend"
            )
        }
        return { () throws -> HistoryStore in
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try HistoryStore(path: path)
        }
    }

    /// report.html's text among the rendered files: what `--format pdf` prints.
    private static func html(in files: [RenderedFile]) throws -> String {
        guard let html = files.first(where: { $0.path == "report.html" }) else {
            throw CLIError.failed("--format pdf: report.html was not rendered")
        }
        return html.contents
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
