import ReportModel

/// WAF requests by attack category, one group of horizontal bars per web ACL and source: blocked
/// requests as a solid bar, count-mode matches (would have been blocked) as a thinner bar below it.
struct WAFBlockedChart {
    /// The drawn chart.
    let chart: Chart

    private static let labelWidth = 170.0
    private static let barLeft = 180.0
    private static let barRight = 620.0
    private static let rowHeight = 20.0
    private static let groupGap = 26.0

    /// The front door charts of a report: the WAF chart when traffic was read, else none.
    /// - Returns: zero or one chart.
    /// - Throws: `RenderError.missingString`.
    static func charts(evidence: FrontDoorEvidence, strings: StringTable) throws(RenderError) -> [Chart] {
        guard !evidence.traffic.isEmpty else { return [] }
        // The blocks the page lists, not one bar group for each of thousands.
        return [try WAFBlockedChart(traffic: Array(FrontDoorView.listedTraffic(evidence)), strings: strings).chart]
    }

    /// Draws the chart.
    /// - Parameters:
    ///   - traffic: the traffic, in report order.
    ///   - strings: the report language's string table, for the title and labels.
    /// - Throws: `RenderError.missingString`.
    init(traffic: [WAFTrafficEvidence], strings: StringTable) throws(RenderError) {
        let title = try strings.text("chartWAFTitle")
        let blockedLabel = try strings.text("chartWAFBlocked")
        let countedLabel = try strings.text("chartWAFCounted")
        var labels: [WAFTrafficCategory: String] = [:]
        for category in WAFTrafficCategory.allCases {
            labels[category] = try strings.text("wafCategory_\(category.rawValue)")
        }
        let unnamed = try strings.text("wafUnnamed")
        var groups: [(String, WAFTrafficEvidence)] = []
        for entry in traffic {
            // Cut as the pages cut a text from the data (`TextEscaper.shown`).
            let name = TextEscaper.shown(entry.webACLName ?? (entry.webACL.isEmpty ? unnamed : entry.webACL))
            groups.append(("\(name) · \(try strings.text("wafSource_\(entry.source.rawValue)"))", entry))
        }
        let maximum = ChartData.niceMaximum(
            traffic.flatMap { Array($0.blockedByCategory.values) + Array($0.countMatchesByCategory.values) }.max() ?? 0
        )
        let summary = groups.map { name, entry in
            "\(name): "
                + WAFTrafficCategory.allCases.map {
                    "\(labels[$0] ?? "") \(entry.blockedByCategory[$0] ?? 0)/\(entry.countMatchesByCategory[$0] ?? 0)"
                }.joined(separator: ", ")
        }.joined(separator: "; ")
        let rows = Double(WAFTrafficCategory.allCases.count)
        let height = 34 + Double(groups.count) * (Self.groupGap + rows * Self.rowHeight) + 8
        var svg = SVGWriter(
            width: 760,
            height: height,
            title: title,
            desc: "\(blockedLabel)/\(countedLabel): \(summary)"
        )
        svg.rect(x: Self.barLeft, y: 8, width: 10, height: 10, fill: SVGWriter.Palette.vermillion)
        svg.text(blockedLabel, x: Self.barLeft + 16, y: 17)
        svg.rect(x: Self.barLeft + 200, y: 10, width: 10, height: 6, fill: SVGWriter.Palette.orange)
        svg.text(countedLabel, x: Self.barLeft + 216, y: 17)
        var y = 34.0
        for (name, entry) in groups {
            svg.text(name, x: 8, y: y + 14, weight: "600")
            y += Self.groupGap
            svg.line(
                x1: Self.barLeft,
                y1: y - 4,
                x2: Self.barLeft,
                y2: y + rows * Self.rowHeight - 4,
                stroke: SVGWriter.Palette.rule
            )
            for category in WAFTrafficCategory.allCases {
                let blocked = entry.blockedByCategory[category] ?? 0
                let counted = entry.countMatchesByCategory[category] ?? 0
                svg.text(
                    labels[category] ?? "",
                    x: Self.labelWidth,
                    y: y + 10,
                    anchor: "end",
                    fill: SVGWriter.Palette.muted
                )
                let blockedWidth = Self.width(blocked, maximum)
                let countedWidth = Self.width(counted, maximum)
                if blockedWidth > 0 {
                    svg.rect(x: Self.barLeft, y: y, width: blockedWidth, height: 9, fill: SVGWriter.Palette.vermillion)
                }
                if countedWidth > 0 {
                    svg.rect(x: Self.barLeft, y: y + 10, width: countedWidth, height: 5, fill: SVGWriter.Palette.orange)
                }
                let text = counted > 0 ? "\(blocked) · \(countedLabel) \(counted)" : String(blocked)
                svg.text(text, x: Self.barLeft + max(blockedWidth, countedWidth) + 6, y: y + 10)
                y += Self.rowHeight
            }
        }
        chart = Chart(name: "waf-blocked", title: title, desc: svg.desc, svg: svg.finished())
    }

    private static func width(_ value: Int, _ maximum: Int) -> Double {
        (barRight - barLeft) * Double(value) / Double(max(maximum, 1))
    }
}
