import ReportModel

/// What the reader must know about the edition in hand, printed under the header and in the footer
/// of every page: its name and, for the masked editions, what is masked and how.
struct EditionView {
    /// `Internal` / `Redacted` / `Summary`.
    let name: String
    /// `internal`, `redacted` or `summary`, for CSS.
    let key: String
    /// Whether identifiers are masked.
    let isMasked: Bool
    /// Whether this is the summary edition.
    let isSummary: Bool
    /// What is masked (masked editions only).
    let notice: String

    /// Builds the edition note.
    /// - Parameters:
    ///   - context: the document's context.
    ///   - format: the formatter.
    /// - Throws: `RenderError.missingString`.
    init(context: ReportContext, format: ReportFormatter) throws(RenderError) {
        name = try format.strings.text("edition_\(context.edition.rawValue)")
        key = context.edition.rawValue
        isMasked = context.edition.isMasked
        isSummary = context.edition == .summary
        notice = isMasked ? try format.strings.text("editionNotice_\(context.edition.rawValue)") : ""
    }
}

/// An accepted risk in plain words, for the summary edition: what, why, until when, approved by.
struct AcceptedRiskView {
    let id: String
    let what: String
    let why: String
    let until: String
    let approvedBy: String
    let status: String
    let state: String

    /// The register's rows in plain words, most urgent first (expired, expiring, stale, active).
    /// - Parameters:
    ///   - report: the (masked) report.
    ///   - format: the formatter.
    /// - Returns: one row per acceptance.
    /// - Throws: `RenderError.missingString`.
    static func rows(report: ScoredReport, format: ReportFormatter) throws(RenderError) -> [AcceptedRiskView] {
        let order: [AcceptanceStatus] = [.expired, .expiring, .stale, .active]
        let sorted = report.acceptances.sorted {
            (order.firstIndex(of: $0.status) ?? 0, $0.acceptance.id) < (
                order.firstIndex(of: $1.status) ?? 0, $1.acceptance.id
            )
        }
        let strings = format.strings
        let separator = try strings.text("listSeparator")
        var rows: [AcceptedRiskView] = []
        for result in sorted {
            let match = result.acceptance.match
            var what: [String] = []
            let controls = Array(Set(match.controls + result.controls)).sorted()
            if !controls.isEmpty {
                what.append("\(try strings.text("matchControls")) \(controls.joined(separator: separator))")
            }
            if !result.layers.isEmpty {
                let layers = try result.layers.map { layer throws(RenderError) in
                    try strings.text("layer_\(layer.description)")
                }
                what.append("\(try strings.text("colLayer")) \(layers.joined(separator: separator))")
            }
            let environments = Array(Set(match.environments + result.environments)).sorted()
            if !environments.isEmpty {
                what.append("\(try strings.text("matchEnvironments")) \(environments.joined(separator: separator))")
            }
            if !match.severities.isEmpty {
                what.append(
                    "\(try strings.text("matchSeverities")) \(match.severities.map(\.rawValue).joined(separator: separator))"
                )
            }
            if !match.products.isEmpty {
                what.append("\(try strings.text("matchProducts")) \(match.products.joined(separator: separator))")
            }
            what.append(try strings.plural("findingsMatched", result.matched))
            rows.append(
                AcceptedRiskView(
                    id: format.escape(result.acceptance.id),
                    what: format.escape(what.joined(separator: "; ")),
                    why: format.escape(result.acceptance.reason),
                    until: result.acceptance.expiresOn.description,
                    approvedBy: format.escape(result.acceptance.approvedBy),
                    status: try strings.text("acceptance_\(result.status.rawValue)"),
                    state: result.status.rawValue
                )
            )
        }
        return rows
    }
}

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
    /// - Parameters:
    ///   - report: the report.
    ///   - format: the formatter.
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
