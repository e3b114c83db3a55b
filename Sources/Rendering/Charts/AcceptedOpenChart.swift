import ReportModel

/// Open against accepted findings per period: two bars side by side, each with its number.
struct AcceptedOpenChart {
    /// The drawn chart.
    let chart: Chart

    /// Draws the chart.
    /// - Parameters:
    ///   - data: the periods.
    ///   - strings: the report language's string table, for the title and labels.
    /// - Throws: `RenderError.missingString`.
    init(data: ChartData, strings: StringTable) throws(RenderError) {
        let title = try strings.text("chartAcceptedTitle")
        let openLabel = try strings.text("chartOpen")
        let acceptedLabel = try strings.text("chartAccepted")
        let periods = data.periods
        let maximum = ChartData.niceMaximum(periods.map { max($0.openFindings.total, $0.acceptedFindings) }.max() ?? 0)
        let summary = periods.map {
            "\($0.period): \(openLabel) \($0.openFindings.total), \(acceptedLabel) \($0.acceptedFindings)"
        }
        .joined(separator: "; ")
        let frame = BarFrame(count: periods.count, maximum: maximum)
        var svg = SVGWriter(width: 760, height: 250, title: title, desc: summary)
        frame.drawAxes(into: &svg, periods: periods.map(\.period))
        let half = frame.barWidth / 2
        for (index, period) in periods.enumerated() {
            let x = frame.x(index)
            let bars: [(Int, String, Double)] = [
                (period.openFindings.total, SVGWriter.Palette.vermillion, x - 1),
                (period.acceptedFindings, SVGWriter.Palette.blue, x + half + 1),
            ]
            for (value, colour, left) in bars {
                let height = frame.height(value)
                if height > 0 { svg.rect(x: left, y: frame.bottom - height, width: half, height: height, fill: colour) }
                svg.text(
                    String(value),
                    x: left + half / 2,
                    y: frame.bottom - height - 4,
                    anchor: "middle",
                    fill: SVGWriter.Palette.ink
                )
            }
        }
        let legend: [(String, String, Int)] = [
            (openLabel, SVGWriter.Palette.vermillion, periods.last?.openFindings.total ?? 0),
            (acceptedLabel, SVGWriter.Palette.blue, periods.last?.acceptedFindings ?? 0),
        ]
        for (index, item) in legend.enumerated() {
            let y = frame.top + 4 + Double(index) * 16
            svg.rect(x: frame.right + 12, y: y - 9, width: 10, height: 10, fill: item.1)
            svg.text("\(item.0) \(item.2)", x: frame.right + 28, y: y)
        }
        chart = Chart(name: "accepted-open", title: title, desc: svg.desc, svg: svg.finished())
    }
}
