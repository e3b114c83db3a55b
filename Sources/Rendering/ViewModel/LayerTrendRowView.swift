import ReportModel

/// One period's Security Hub score per layer, for the per-layer table under the trend charts.
struct LayerTrendRowView {
    /// The layers shown, in the talk's order of danger.
    static let layers: [SecurityLayer] = [.account, .network, .webapp, .datastore]

    /// `2026-11`.
    let period: String
    /// One score per layer (`80%` or the no-data label), in `layers` order.
    let scores: [String]

    /// The rows of every period, oldest first.
    /// - Returns: the rows.
    /// - Throws: `RenderError.missingString`.
    static func rows(_ periods: [TrendPeriod], format: ReportFormatter) throws(RenderError) -> [LayerTrendRowView] {
        var rows: [LayerTrendRowView] = []
        for period in periods {
            var scores: [String] = []
            for layer in layers {
                scores.append(try format.percent(period.layers[LayerKey.layer(layer).description]?.securityHubScore))
            }
            rows.append(LayerTrendRowView(period: period.period, scores: scores))
        }
        return rows
    }
}
