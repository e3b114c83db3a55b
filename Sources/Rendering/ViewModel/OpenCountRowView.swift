import ReportModel

/// Open findings of one layer by severity: counts only, for the summary edition.
struct OpenCountRowView {
    let layer: String
    let critical: String
    let high: String
    let medium: String
    let low: String
    let informational: String
    let total: String

    /// One row per layer in report order, then the total.
    /// - Returns: the rows.
    /// - Throws: `RenderError.missingString`.
    static func rows(report: ScoredReport, format: ReportFormatter) throws(RenderError) -> [OpenCountRowView] {
        var rows: [OpenCountRowView] = []
        var total = SeverityCounts()
        for layer in report.layers.sorted(by: { $0.layer < $1.layer }) {
            for severity in Severity.allCases { total[severity] += layer.openFindings[severity] }
            rows.append(try row(try format.strings.text("layer_\(layer.layer.description)"), layer.openFindings))
        }
        rows.append(try row(try format.strings.text("openCountsTotal"), total))
        return rows
    }

    private static func row(_ label: String, _ counts: SeverityCounts) throws(RenderError) -> OpenCountRowView {
        OpenCountRowView(
            layer: label,
            critical: String(counts[.critical]),
            high: String(counts[.high]),
            medium: String(counts[.medium]),
            low: String(counts[.low]),
            informational: String(counts[.informational]),
            total: String(counts.total)
        )
    }
}
