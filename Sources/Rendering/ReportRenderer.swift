public import ReportModel

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
        // report.json's skeleton and its findings' placement texts are made on another thread while the pages are
        // made (its findings are written in batches later, as the file is delivered); its error, if any, comes
        // after theirs, as one after the other.
        let (tables, delivered) = (templates, document)
        let json =
            formats.contains(.json)
            ? OtherThread {
                Result { () throws(RenderError) -> RenderedFile in
                    let shown = edition == .summary ? SummaryEdition.reduced(delivered) : delivered
                    return try JSONReportWriter(english: tables.table(for: "en").phrasebook).render(shown)
                }
            }
            : nil
        if formats.contains(.html) || formats.contains(.md) {
            let strings = try templates.table(for: document.context.language)
            let charts = try ChartData(document: document).charts(strings: strings)
            let frontDoorCharts =
                try WAFBlockedChart.charts(evidence: document.report.frontDoor, strings: strings)
                + ImageVulnerabilityChart.charts(evidence: document.report.frontDoor, strings: strings)
            let libraries = try templates.libraries(for: document.context.language)
            let rendered = document
            let chosen = PageFindings(document.report.findings)
            let model: @Sendable (TextEscaper) throws(RenderError) -> ReportViewModel = { escape throws(RenderError) in
                try ReportViewModel(
                    document: rendered,
                    strings: strings,
                    escape: escape,
                    charts: charts,
                    frontDoorCharts: frontDoorCharts,
                    chosen: chosen
                )
            }
            // The Markdown report is made on another thread while the HTML one is made here, each from its
            // own view model; an error is the first in this order, as one after the other.
            let markdown =
                formats.contains(.md)
                ? OtherThread {
                    Result { () throws(RenderError) -> [RenderedFile] in
                        try MarkdownReportWriter(library: libraries.markdown).render(
                            try model(.markdown),
                            charts: charts + frontDoorCharts,
                            template: template
                        )
                    }
                }
                : nil
            if formats.contains(.html) {
                files.append(try HTMLReportWriter(library: libraries.html).render(try model(.html), template: template))
            }
            if let markdown { files += try markdown.result().get() }
        }
        if let json { files.append(try json.result().get()) }
        files.append(EvidenceCSVWriter().render(document.report))
        try redactor?.checkForLeaks(in: files)
        return files.sorted { $0.path < $1.path }
    }
}
