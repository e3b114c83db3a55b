import ReportModel

/// Trend charts, each followed by the numbers it draws.
struct TrendView {
    /// The charts.
    let charts: [ChartView]
    /// One row per period, oldest first.
    let rows: [TrendRowView]
    /// A note when only this period is known.
    let note: String?
    /// The Security Hub score per layer and period, oldest first.
    let layerRows: [LayerTrendRowView]
    /// Month over month: what changed since the previous period; `nil` without history.
    let changes: PeriodChangesView?

    /// Builds the section.
    /// - Parameters:
    ///   - document: the document: its trend up to the current period (the report's own numbers when history lacks
    ///     it), the last 12 periods, make the rows.
    ///   - format: the wording in the report's language and the escaping of free text.
    ///   - charts: the charts, drawn from the same `ChartData`.
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, format: ReportFormatter, charts: [Chart]) throws(RenderError) {
        self.charts = charts.map { ChartView($0, format: format) }
        let data = ChartData(document: document)
        var rows: [TrendRowView] = []
        for period in data.periods {
            rows.append(
                TrendRowView(
                    period: period.period,
                    score: try format.percent(period.overall.securityHubScore),
                    scoreWithAcceptances: try format.percent(period.overall.withAcceptancesScore),
                    critical: String(period.openFindings[.critical]),
                    high: String(period.openFindings[.high]),
                    medium: String(period.openFindings[.medium]),
                    low: String(period.openFindings[.low]),
                    informational: String(period.openFindings[.informational]),
                    open: String(period.openFindings.total),
                    accepted: String(period.acceptedFindings)
                )
            )
        }
        self.rows = rows
        note = data.periods.count < 2 ? try format.strings.text("trendFirstPeriod") : nil
        layerRows = try LayerTrendRowView.rows(data.periods, format: format)
        changes = try PeriodChangesView.make(
            document.trend.changes,
            findings: document.report.findings,
            identityOrder: document.report.identityOrder,
            format: format
        )
    }
}

/// A chart for a template: inline SVG (HTML) or a relative link (Markdown).
struct ChartView {
    let name: String
    let title: String
    /// Built by our own code; the only text a template may insert unescaped.
    let svg: String
    /// `charts/score.svg`.
    let path: String
    /// The chart's numbers in words (its SVG `<desc>`), escaped: the caption in Markdown.
    let caption: String

    /// Prepares a drawn chart for a template, its caption escaped by `format`.
    init(_ chart: Chart, format: ReportFormatter) {
        name = chart.name
        title = chart.title
        svg = chart.svg
        path = chart.path
        caption = format.escape(chart.desc)
    }
}

/// One period's numbers.
struct TrendRowView {
    let period: String
    let score: String
    let scoreWithAcceptances: String
    let critical: String
    let high: String
    let medium: String
    let low: String
    let informational: String
    let open: String
    let accepted: String
}
