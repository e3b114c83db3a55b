public import ReportModel

/// Renders a report document into report.html, report.md (with `charts/*.svg`) and report.json.
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

    /// Renders the requested formats. The external edition (`context.edition == .external`) is
    /// rendered from a redacted copy of the document: account ids, ARNs, IP addresses and resource
    /// ids are masked the same way in every file.
    /// - Parameters:
    ///   - document: the scored period, its trend and context.
    ///   - formats: which files to produce.
    /// - Returns: the files, sorted by path.
    /// - Throws: `RenderError` naming the template and line: a missing template or string key,
    ///   HTML that is not well-formed, or a JSON encoding failure.
    public func render(_ document: ReportDocument, formats: Set<OutputFormat>) throws(RenderError) -> [RenderedFile] {
        let document = document.context.edition == .external ? Redactor(for: document).redact(document) : document
        var files: [RenderedFile] = []
        if formats.contains(.html) || formats.contains(.md) {
            let strings = try templates.table(for: document.context.language)
            let charts = try ChartData(document: document).charts(strings: strings)
            let frontDoorCharts =
                try WAFBlockedChart.charts(evidence: document.report.evidence, strings: strings)
                + ImageVulnerabilityChart.charts(evidence: document.report.evidence, strings: strings)
            for escape in [TextEscaper.html, .markdown] where formats.contains(escape == .html ? .html : .md) {
                let model = try ReportViewModel(
                    document: document,
                    strings: strings,
                    escape: escape,
                    charts: charts,
                    frontDoorCharts: frontDoorCharts
                )
                switch escape {
                case .html:
                    files.append(try HTMLReportWriter(library: templates.html).render(model))
                case .markdown:
                    files += try MarkdownReportWriter(library: templates.markdown).render(
                        model,
                        charts: charts + frontDoorCharts
                    )
                }
            }
        }
        if formats.contains(.json) {
            files.append(try JSONReportWriter().render(document))
        }
        return files.sorted { $0.path < $1.path }
    }
}
