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
        abstract: "Render the monthly posture report (HTML, Markdown, JSON, PDF) into --out."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var config: ConfigurationOptions

    @Option(help: "The output folder.")
    var out: String

    @Option(help: "Comma-separated formats: html, md, json, pdf (pdf needs headless Chromium on PATH).")
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

    func validate() throws {
        for name in format.split(separator: ",") where OutputFormat(rawValue: String(name)) == nil {
            throw ValidationError("--format: unknown format \"\(name)\" (expected html, md, json, pdf)")
        }
        guard ["en", "ja"].contains(lang) else { throw ValidationError("--lang: expected en or ja") }
        if let failOn, Severity(rawValue: failOn.uppercased()) == nil {
            throw ValidationError("--fail-on: unknown severity \"\(failOn)\"")
        }
    }

    func run() throws {
        let formats = Set(format.split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) })
        // Find Chromium before anything runs, so a missing printer never half-writes a report.
        let printer = formats.contains(.pdf) ? try PDFPrinter.locate() : nil
        let asOf = try config.date()
        let pipeline = try config.pipeline(skipInvalid: input.skipInvalid)
        let renderer = ReportRenderer(templates: try ResourceFolders.templates(option: templates))
        let sources = try input.sources()
        let outFolder = URL(fileURLWithPath: out, isDirectory: true)
        let context = ReportContext(
            organization: organization,
            toolVersion: Posture.version,
            edition: redact ? .external : .internal,
            language: lang
        )

        var written: [String] = []
        let document: ReportDocument
        do throws(PipelineError) {
            document = try pipeline.run(
                sources,
                asOf: asOf,
                context: context,
                formats: printer == nil ? formats : formats.union([.html]),
                history: historyOpener(outFolder),
                renderer: renderer,
                strict: strict
            ) { files in
                let writer = OutputWriter(folder: outFolder)
                guard let printer else {
                    written = try writer.write(files)
                    return
                }
                let pdf = try printer.print(html: try Self.html(in: files), asOf: asOf)
                written = try writer.write(formats.contains(.html) ? files : files.filter { $0.path != "report.html" })
                written.append(try writer.write(pdf, to: "report.pdf"))
            }
        } catch {
            throw CLIError(error)
        }
        for path in written { print(path) }
        for diagnostic in document.report.diagnostics where diagnostic.level == .warning {
            printError("warning: \(diagnostic)")
        }
        try gate(document.report)
    }

    /// Opens the history store when the pipeline asks for it (after import and scoring succeeded).
    private func historyOpener(_ outFolder: URL) -> (() throws -> HistoryStore)? {
        if noHistory { return nil }
        let path = history ?? outFolder.appendingPathComponent("history.sqlite").path
        return { () throws -> HistoryStore in
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return try HistoryStore(path: path, slaPolicy: sla?.policy ?? .standard)
        }
    }

    /// report.html's text among the rendered files: what `--format pdf` prints.
    private static func html(in files: [RenderedFile]) throws -> String {
        guard let html = files.first(where: { $0.path == "report.html" }) else {
            throw CLIError.failed("--format pdf: report.html was not rendered")
        }
        return html.contents
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
