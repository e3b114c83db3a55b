import ReportModel

/// Score over the last periods: the Security Hub score (solid) and the score with acceptances
/// (dashed), 0–100 %, each labelled directly at its last point.
struct ScoreLineChart {
    /// The drawn chart.
    let chart: Chart

    private static let left = 48.0
    private static let right = 520.0
    private static let top = 20.0
    private static let bottom = 210.0

    /// Draws the chart.
    /// - Parameters:
    ///   - data: the periods.
    ///   - strings: the report language's string table, for the title and labels.
    /// - Throws: `RenderError.missingString`.
    init(data: ChartData, strings: StringTable) throws(RenderError) {
        let title = try strings.text("chartScoreTitle")
        let hubLabel = try strings.text("scoreSecurityHub")
        let acceptedLabel = try strings.text("scoreWithAcceptances")
        let periods = data.periods
        let summary = periods.map { period -> String in
            "\(period.period) \(Self.percentText(period.overall.securityHubScore)) / \(Self.percentText(period.overall.withAcceptancesScore))"
        }.joined(separator: ", ")
        var svg = SVGWriter(width: 760, height: 250, title: title, desc: "\(hubLabel) / \(acceptedLabel): \(summary)")
        for tick in [0, 25, 50, 75, 100] {
            let y = Self.y(Double(tick))
            svg.line(
                x1: Self.left,
                y1: y,
                x2: Self.right,
                y2: y,
                stroke: SVGWriter.Palette.rule,
                width: tick == 0 ? 1 : 0.6
            )
            svg.text("\(tick)%", x: Self.left - 6, y: y + 4, anchor: "end", fill: SVGWriter.Palette.muted)
        }
        let names = periods.map(\.period)
        for index in periods.indices {
            let x = Self.x(index, count: periods.count)
            svg.text(
                ChartData.axisLabel(names, index),
                x: x,
                y: Self.bottom + 18,
                anchor: "middle",
                fill: SVGWriter.Palette.muted
            )
            if let year = ChartData.axisYear(names, index) {
                svg.text(year, x: x, y: Self.bottom + 33, anchor: "middle", fill: SVGWriter.Palette.muted)
            }
        }
        let series: [(label: String, colour: String, dash: String?, score: (TrendPeriod) -> Score?)] = [
            (acceptedLabel, SVGWriter.Palette.green, "6 4", { $0.overall.withAcceptancesScore }),
            (hubLabel, SVGWriter.Palette.blue, nil, { $0.overall.securityHubScore }),
        ]
        var labelYs: [Double] = []
        for line in series {
            let points = periods.enumerated().compactMap { index, period in
                line.score(period).map { (Self.x(index, count: periods.count), Self.y($0.percent)) }
            }
            if points.count > 1 { svg.polyline(points, stroke: line.colour, width: 2.2, dash: line.dash) }
            for point in points { svg.circle(x: point.0, y: point.1, radius: 3.5, fill: line.colour) }
            if let last = periods.last, let score = line.score(last), let point = points.last {
                var labelY = point.1 + 4
                for other in labelYs where abs(other - labelY) < 13 { labelY = other + (labelY <= other ? -13 : 13) }
                labelY = min(max(labelY, Self.top), Self.bottom + 4)
                labelYs.append(labelY)
                svg.text(
                    "\(line.label) \(score.wholePercent)%",
                    x: Self.right + 12,
                    y: labelY,
                    fill: line.colour == SVGWriter.Palette.green ? SVGWriter.Palette.greenText : line.colour,
                    weight: "600"
                )
            }
        }
        chart = Chart(name: "score", title: title, desc: svg.desc, svg: svg.finished())
    }

    private static func percentText(_ score: Score?) -> String {
        score.map { "\($0.wholePercent)%" } ?? "—"
    }

    private static func x(_ index: Int, count: Int) -> Double {
        guard count > 1 else { return (left + right) / 2 }
        return left + 20 + (right - left - 40) * Double(index) / Double(count - 1)
    }

    private static func y(_ percent: Double) -> Double {
        bottom - (bottom - top) * percent / 100
    }
}
