import ReportModel

/// A drawn chart: inlined in HTML, written as `charts/<name>.svg` beside the Markdown.
struct Chart: Sendable, Equatable {
    /// The file name without extension, e.g. `score`.
    let name: String
    /// The title, as in the SVG `<title>`.
    let title: String
    /// What the chart shows, with its numbers, as in the SVG `<desc>`.
    let desc: String
    /// The SVG markup, built by our own code with every text escaped.
    let svg: String

    /// The path beside the Markdown report.
    var path: String { "charts/\(name).svg" }
}

/// The numbers the charts draw: up to the last 12 periods, the current one last.
struct ChartData: Sendable {
    /// Periods oldest first.
    let periods: [TrendPeriod]

    /// Takes the trend's last 12 periods, adding the current period from the report when history lacks it.
    init(document: ReportDocument) {
        periods = Array(Self.allPeriods(document: document).suffix(12))
    }

    /// Every period of the trend up to the current one, adding the current period from the report
    /// when history lacks it.
    /// - Returns: the periods, oldest first.
    static func allPeriods(document: ReportDocument) -> [TrendPeriod] {
        let report = document.report
        var periods = document.trend.periods.filter { $0.period < report.period }
        if let current = document.trend.periods.last(where: { $0.period == report.period }) {
            periods.append(current)
        } else {
            var open = SeverityCounts()
            var accepted = 0
            var layers: [String: ControlCounts] = [:]
            for layer in report.layers {
                for severity in Severity.allCases { open[severity] += layer.openFindings[severity] }
                accepted += layer.acceptedFindings
                layers[layer.layer.description] = layer.controls
            }
            var current = TrendPeriod(
                period: report.period,
                asOf: report.asOf,
                overall: report.overall,
                layers: layers,
                openFindings: open,
                acceptedFindings: accepted
            )
            current.standards = Dictionary(report.byStandard.map { ($0.standardsId, $0.controls) }) { a, _ in a }
            periods.append(current)
        }
        return periods
    }

    /// Draws every chart.
    /// - Returns: score, severity, accepted-vs-open, in that order.
    /// - Throws: `RenderError.missingString`.
    func charts(strings: StringTable) throws(RenderError) -> [Chart] {
        [
            try ScoreLineChart(data: self, strings: strings).chart,
            try SeverityBarChart(data: self, strings: strings).chart,
            try AcceptedOpenChart(data: self, strings: strings).chart,
        ]
    }

    /// An axis label for a period: the full `YYYY-MM` when there are six periods or fewer, else the
    /// month `MM`, with the year on a second line (`axisYear`), so twelve labels never overlap.
    /// - Parameters:
    ///   - periods: every period, oldest first.
    ///   - index: the period's position.
    /// - Returns: the label.
    static func axisLabel(_ periods: [String], _ index: Int) -> String {
        let period = periods[index]
        guard periods.count > 6 else { return period }
        return String(period.suffix(2))
    }

    /// The year line under a month label: for the first period and each January, when months are
    /// shown alone.
    /// - Parameters:
    ///   - periods: every period, oldest first.
    ///   - index: the period's position.
    /// - Returns: the year, or `nil`.
    static func axisYear(_ periods: [String], _ index: Int) -> String? {
        let period = periods[index]
        guard periods.count > 6, index == 0 || period.hasSuffix("-01") else { return nil }
        return String(period.prefix(4))
    }

    /// A readable bar-chart maximum at or above the largest value: 1, 2, 5, 10, 20, 50 …
    /// - Parameter value: the largest value.
    /// - Returns: the axis maximum.
    static func niceMaximum(_ value: Int) -> Int {
        var step = 1
        while true {
            for factor in [1, 2, 5] where step * factor >= max(value, 1) { return step * factor }
            step *= 10
        }
    }
}
