import ReportModel

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
    ///   - format: the wording in the report's language and the escaping of free text.
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
                    what: format.escape(what.joined(separator: try strings.text("clauseSeparator"))),
                    why: format.escape.whole(result.acceptance.reason),
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
