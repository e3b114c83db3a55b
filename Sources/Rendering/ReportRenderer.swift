import Foundation
public import ReportModel
import Synchronization

/// Renders a report document into report.html, report.md (with `charts/*.svg`), report.json and
/// evidence.csv, in the document's edition.
///
/// Rendering is pure: the same document and templates give byte-identical files. Nothing is
/// written to disk here; the command line writes what this returns.
public struct ReportRenderer: Sendable {
    /// The templates and string tables.
    public let templates: TemplateSet

    /// Creates a renderer.
    /// - Parameter templates: the parsed templates and string tables.
    public init(templates: TemplateSet) {
        self.templates = templates
    }

    /// Renders the requested formats (and evidence.csv). The redacted and summary editions are
    /// rendered from a masked copy of the document, one pseudonym per identifier across every file,
    /// and every file is checked for identifiers that survived before any is returned.
    /// - Parameters:
    ///   - document: the scored period, its trend and context.
    ///   - formats: which files to produce.
    /// - Returns: the files, sorted by path.
    /// - Throws: `RenderError` naming the template and line: a missing template or string key,
    ///   HTML that is not well-formed, a JSON encoding failure, or an identifier left unmasked.
    public func render(_ document: ReportDocument, formats: Set<OutputFormat>) throws(RenderError) -> [RenderedFile] {
        let edition = document.context.edition
        let redactor = edition.isMasked ? Redactor(for: document) : nil
        var document = redactor?.redact(document) ?? document
        if edition == .summary {
            // The summary shows no traffic, image or web ACL detail, not even in its sentences.
            document.report.frontDoor = FrontDoorEvidence()
        }
        let template = edition == .summary ? "summary" : "report"
        var files: [RenderedFile] = []
        if formats.contains(.html) || formats.contains(.md) {
            let strings = try templates.table(for: document.context.language)
            let charts = try ChartData(document: document).charts(strings: strings)
            let frontDoorCharts =
                try WAFBlockedChart.charts(evidence: document.report.frontDoor, strings: strings)
                + ImageVulnerabilityChart.charts(evidence: document.report.frontDoor, strings: strings)
            let escapes = [TextEscaper.html, .markdown].filter { formats.contains($0 == .html ? .html : .md) }
            // The HTML and the Markdown report are made at once, each from its own view model, and
            // kept in this order (an error is the first one in this order, as one after the other).
            let made = Mutex([Result<[RenderedFile], RenderError>?](repeating: nil, count: escapes.count))
            let templates = templates
            let rendered = document
            DispatchQueue.concurrentPerform(iterations: escapes.count) { index in
                let result = Result { () throws(RenderError) -> [RenderedFile] in
                    let model = try ReportViewModel(
                        document: rendered,
                        strings: strings,
                        escape: escapes[index],
                        charts: charts,
                        frontDoorCharts: frontDoorCharts
                    )
                    switch escapes[index] {
                    case .html:
                        return [try HTMLReportWriter(library: templates.html).render(model, template: template)]
                    case .markdown:
                        return try MarkdownReportWriter(library: templates.markdown).render(
                            model,
                            charts: charts + frontDoorCharts,
                            template: template
                        )
                    }
                }
                made.withLock { $0[index] = result }
            }
            for result in made.withLock({ $0 }) {
                if let result { files += try result.get() }
            }
        }
        if formats.contains(.json) {
            let shown = edition == .summary ? SummaryEdition.reduced(document) : document
            files.append(try JSONReportWriter(english: templates.table(for: "en").phrasebook).render(shown))
        }
        files.append(EvidenceCSVWriter().render(document.report))
        try redactor?.checkForLeaks(in: files)
        return files.sorted { $0.path < $1.path }
    }
}
