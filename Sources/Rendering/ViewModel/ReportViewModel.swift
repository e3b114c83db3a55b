import ReportModel

/// Everything the HTML and Markdown templates show, formatted and escaped, in report order.
///
/// Templates only place these strings; they compute nothing. Built once per output format,
/// because free text is escaped differently for HTML and Markdown.
struct ReportViewModel {
    /// How many rows a long table shows before "and N more in report.json".
    static let listLimit = 50
    /// How many rows the reference tables show, the accounts and the framework requirements (an organisation has
    /// up to a few hundred of each; read row by row by an auditor), before the count of the rest: the page stays
    /// small however many distinct accounts and requirements an export names (REPORT.md: long lists are capped in
    /// HTML, complete in JSON).
    static let tableLimit = 200

    /// Labels of the selected language, for `{{t.key}}`.
    let t: [String: String]
    /// The language code, for `lang`.
    let lang: String
    /// The header.
    let header: HeaderView
    /// The summary: scores, layer cards, sentences.
    let summary: SummaryView
    /// The console's per-standard scores and what is left to 100 % in each.
    let standards: StandardsView
    /// What needs attention.
    let attention: AttentionView
    /// One section per layer.
    let layers: [LayerSectionView]
    /// The acceptance register.
    let acceptances: AcceptanceRegisterView
    /// Trend charts and tables.
    let trends: TrendView
    /// Per account.
    let environments: EnvironmentsView
    /// WAF and ECR evidence, when such inputs were given.
    let frontDoor: FrontDoorView
    /// Method, inputs, reconciliation.
    let provenance: ProvenanceView
    /// The edition and, for masked editions, what is masked.
    let edition: EditionView
    /// Controls by framework requirement and the questionnaire answers.
    let frameworks: FrameworkEvidenceView
    /// The acceptances in plain words (summary edition).
    let acceptedRisks: [AcceptedRiskView]
    /// Open findings by layer and severity, counts only (summary edition).
    let openCounts: [OpenCountRowView]
    /// The printed page's running header.
    let page: PageView

    /// Builds the view model.
    /// - Parameters:
    ///   - document: the report, its trend and context.
    ///   - strings: the selected language's string table.
    ///   - escape: the output format's escaping.
    ///   - charts: the trend charts, already drawn.
    ///   - frontDoorCharts: the front door charts, already drawn.
    ///   - chosen: what the lists choose from (`PageFindings(document.report.findings)`, chosen once for both pages).
    /// - Throws: `RenderError.missingString` for a label the table lacks.
    init(
        document: ReportDocument,
        strings: StringTable,
        escape: TextEscaper,
        charts: [Chart],
        frontDoorCharts: [Chart] = [],
        chosen: PageFindings
    ) throws(RenderError) {
        let format = ReportFormatter(strings: strings, escape: escape)
        t = strings.entries
        lang = strings.language
        header = try HeaderView(document: document, format: format)
        summary = try SummaryView(document: document, format: format, chosen: chosen)
        standards = try StandardsView(document: document, format: format)
        attention = try AttentionView(
            report: document.report,
            changes: document.trend.changes,
            format: format,
            chosen: chosen
        )
        layers = try LayerSectionView.sections(report: document.report, format: format, chosen: chosen)
        acceptances = try AcceptanceRegisterView(report: document.report, format: format, chosen: chosen)
        trends = try TrendView(document: document, format: format, charts: charts)
        environments = try EnvironmentsView(report: document.report, format: format)
        frontDoor = try FrontDoorView(report: document.report, format: format, charts: frontDoorCharts)
        provenance = try ProvenanceView(document: document, format: format)
        edition = try EditionView(context: document.context, format: format)
        frameworks = try FrameworkEvidenceView(report: document.report, format: format)
        acceptedRisks = try AcceptedRiskView.rows(report: document.report, format: format)
        openCounts = try OpenCountRowView.rows(report: document.report, format: format)
        page = try PageView(document: document, strings: strings)
    }
}

/// The report header.
struct HeaderView {
    /// The organisation, escaped.
    let organization: String
    /// `November 2026`.
    let period: String
    /// `2026-11-30`.
    let asOf: String
    /// `Internal` / `Redacted` / `Summary`.
    let edition: String
    /// The tool version, escaped.
    let toolVersion: String

    /// Builds the header.
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, format: ReportFormatter) throws(RenderError) {
        organization = format.escape(document.context.organization)
        period = try format.periodLabel(document.report.period)
        asOf = document.report.asOf.description
        edition = try format.strings.text("edition_\(document.context.edition.rawValue)")
        toolVersion = format.escape(document.context.toolVersion)
    }
}

/// A "and N more in report.json" line for a capped list.
struct MoreLine {
    /// The text.
    let text: String

    /// The line for a list, or `nil` when nothing was left out.
    /// - Parameters:
    ///   - total: the list's full length.
    ///   - limit: how many of it the page shows.
    ///   - key: the line's wording in the string tables, with `{count}` (`moreInJSON`: "and N more in report.json").
    ///   - format: words the line in the report's language.
    /// - Returns: the line.
    /// - Throws: `RenderError.missingString`.
    static func make(
        total: Int,
        limit: Int = ReportViewModel.listLimit,
        key: String = "moreInJSON",
        format: ReportFormatter
    ) throws(RenderError) -> MoreLine? {
        guard total > limit else { return nil }
        return MoreLine(text: try format.strings.format(key, ["count": String(total - limit)]))
    }
}
