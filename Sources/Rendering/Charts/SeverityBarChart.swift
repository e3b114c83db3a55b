import ReportModel

/// Open findings by severity per period, stacked critical at the bottom, with the total above each
/// bar and the severities labelled at the right.
struct SeverityBarChart {
    /// The drawn chart.
    let chart: Chart

    /// The fill of each severity (Okabe–Ito), worst first.
    static let colours: [Severity: String] = [
        .critical: SVGWriter.Palette.vermillion,
        .high: SVGWriter.Palette.orange,
        .medium: SVGWriter.Palette.yellow,
        .low: SVGWriter.Palette.sky,
        .informational: SVGWriter.Palette.grey,
    ]

    /// Draws the chart.
    /// - Parameters:
    ///   - data: the periods.
    ///   - strings: the report language's string table, for the title and labels.
    /// - Throws: `RenderError.missingString`.
    init(data: ChartData, strings: StringTable) throws(RenderError) {
        let title = try strings.text("chartSeverityTitle")
        let periods = data.periods
        let maximum = ChartData.niceMaximum(periods.map(\.openFindings.total).max() ?? 0)
        var names: [Severity: String] = [:]
        for severity in Severity.worstFirst {
            names[severity] = try strings.text("severity_\(severity.rawValue.lowercased())")
        }
        let summary = periods.map { period in
            "\(period.period): "
                + Severity.worstFirst.map { "\(names[$0] ?? $0.rawValue) \(period.openFindings[$0])" }
                .joined(separator: ", ")
        }.joined(separator: "; ")
        let frame = BarFrame(count: periods.count, maximum: maximum)
        var svg = SVGWriter(width: 760, height: 250, title: title, desc: summary)
        frame.drawAxes(into: &svg, periods: periods.map(\.period))
        for (index, period) in periods.enumerated() {
            var base = frame.bottom
            let x = frame.x(index)
            for severity in Severity.worstFirst {
                let height = frame.height(period.openFindings[severity])
                guard height > 0 else { continue }
                svg.rect(
                    x: x,
                    y: base - height,
                    width: frame.barWidth,
                    height: height,
                    fill: Self.colours[severity] ?? "#000000",
                    stroke: "#FFFFFF"
                )
                base -= height
            }
            svg.text(
                String(period.openFindings.total),
                x: x + frame.barWidth / 2,
                y: base - 4,
                anchor: "middle",
                weight: "600"
            )
        }
        var legendY = frame.top + 4
        for severity in Severity.worstFirst.reversed() {
            svg.rect(
                x: frame.right + 12,
                y: legendY - 9,
                width: 10,
                height: 10,
                fill: Self.colours[severity] ?? "#000000"
            )
            let count = periods.last?.openFindings[severity] ?? 0
            svg.text(
                "\(try strings.text("severity_\(severity.rawValue.lowercased())")) \(count)",
                x: frame.right + 28,
                y: legendY
            )
            legendY += 16
        }
        chart = Chart(name: "open-findings", title: title, desc: svg.desc, svg: svg.finished())
    }
}

/// The shared geometry of the bar charts.
struct BarFrame {
    let left = 48.0
    let right = 560.0
    let top = 20.0
    let bottom = 210.0
    let count: Int
    let maximum: Int

    /// The slot width per period.
    var slot: Double { (right - left) / Double(max(count, 1)) }
    /// A bar's width.
    var barWidth: Double { min(slot * 0.6, 44) }

    /// The left edge of a period's bar, centred in its slot.
    func x(_ index: Int) -> Double { left + slot * Double(index) + (slot - barWidth) / 2 }

    /// The height of a value.
    func height(_ value: Int) -> Double { (bottom - top) * Double(value) / Double(max(maximum, 1)) }

    /// Draws the baseline, the gridlines with their values, and the period labels.
    func drawAxes(into svg: inout SVGWriter, periods: [String]) {
        for step in 0...2 {
            let value = maximum * step / 2
            let y = bottom - height(value)
            svg.line(x1: left, y1: y, x2: right, y2: y, stroke: SVGWriter.Palette.rule, width: step == 0 ? 1 : 0.6)
            svg.text(String(value), x: left - 6, y: y + 4, anchor: "end", fill: SVGWriter.Palette.muted)
        }
        for index in periods.indices {
            let x = left + slot * (Double(index) + 0.5)
            svg.text(
                ChartData.axisLabel(periods, index),
                x: x,
                y: bottom + 18,
                anchor: "middle",
                fill: SVGWriter.Palette.muted
            )
            if let year = ChartData.axisYear(periods, index) {
                svg.text(year, x: x, y: bottom + 33, anchor: "middle", fill: SVGWriter.Palette.muted)
            }
        }
    }
}
