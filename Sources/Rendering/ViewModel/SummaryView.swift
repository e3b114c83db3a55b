import ReportModel

/// The first screen: two scores, four layer cards, a few generated sentences.
struct SummaryView {
    /// Security Hub score and score with acceptances, side by side.
    let scores: [ScoreCardView]
    /// Account, Network, Web application, Data store (and Unclassified when it has findings).
    let cards: [LayerCardView]
    /// Three to five plain sentences from the data.
    let sentences: [String]
    /// One labelled line per other tool's compliance checks (never in the Security Hub score).
    let otherChecks: [String]

    /// Builds the summary.
    /// - Parameters:
    ///   - document: the report, its trend and context.
    ///   - format: the language's wording and the output format's escaping.
    ///   - chosen: the findings the pages list (whether one is in no layer).
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, format: ReportFormatter, chosen: PageFindings) throws(RenderError) {
        let report = document.report
        let previous = document.trend.previous(before: report.period)
        let strings = format.strings
        scores = [
            ScoreCardView(
                label: try strings.text("scoreSecurityHub"),
                note: try strings.text("scoreSecurityHubNote"),
                value: try format.percent(report.overall.securityHubScore),
                detail: try format.scoreDetail(report.overall.securityHubScore),
                delta: try format.delta(
                    report.overall.securityHubScore,
                    previous?.overall.securityHubScore,
                    hasPrevious: previous != nil
                )
            ),
            ScoreCardView(
                label: try strings.text("scoreWithAcceptances"),
                note: try strings.text("scoreWithAcceptancesNote"),
                value: try format.percent(report.overall.withAcceptancesScore),
                detail: try format.scoreDetail(report.overall.withAcceptancesScore),
                delta: try format.delta(
                    report.overall.withAcceptancesScore,
                    previous?.overall.withAcceptancesScore,
                    hasPrevious: previous != nil
                )
            ),
        ]
        var cards: [LayerCardView] = []
        for layer in report.layers.sorted(by: { $0.layer < $1.layer })
        where LayerSectionView.isShown(layer, chosen: chosen) {
            cards.append(try LayerCardView(layer: layer, format: format))
        }
        self.cards = cards
        sentences = try SummarySentences(document: document, format: format).sentences
        var otherChecks: [String] = []
        for tool in report.otherChecks {
            let score = tool.checks.securityHubScore
            otherChecks.append(
                try strings.format(
                    "otherChecksLine",
                    [
                        "product": format.escape(tool.product),
                        "score": try format.percent(score),
                        "detail": score.map { score throws(RenderError) in
                            try strings.format(
                                "checksDetail",
                                ["numerator": String(score.numerator), "denominator": String(score.denominator)]
                            )
                        } ?? "",
                    ]
                )
            )
        }
        self.otherChecks = otherChecks
    }
}

/// One of the two headline scores.
struct ScoreCardView {
    /// `Security Hub score`.
    let label: String
    /// What it means, in a few words.
    let note: String
    /// `80%`.
    let value: String
    /// `(8 of 10 controls)`.
    let detail: String
    /// `▲ 3 pts`.
    let delta: String
}

/// One layer's card in the summary.
struct LayerCardView {
    /// The anchor of the layer's section, e.g. `layer-account`.
    let anchor: String
    /// `Account (IAM)`.
    let name: String
    /// `80%`.
    let score: String
    /// `(8 of 10 controls)`.
    let detail: String
    /// The score with acceptances.
    let scoreWithAcceptances: String
    /// Failed controls, not accepted.
    let failed: String
    /// Open critical and high findings.
    let openCriticalHigh: String
    /// Accepted findings.
    let accepted: String
    /// One line: what state the layer is in.
    let verdict: String
    /// `failed`, `unknown`, `accepted`, `passed` or `nodata`: the CSS class and icon choice.
    let state: String
    /// The icon for the state.
    let icon: String

    /// Builds the card of one layer's assessment, its name, scores and counts worded by `format` in the report's
    /// language.
    /// - Throws: `RenderError.missingString`.
    init(layer: LayerAssessment, format: ReportFormatter) throws(RenderError) {
        let strings = format.strings
        let controls = layer.controls
        let openCriticalHigh = layer.openFindings.criticalAndHigh
        anchor = "layer-\(layer.layer.description)"
        name = try format.layerName(layer.layer)
        score = try format.percent(controls.securityHubScore)
        detail = try format.scoreDetail(controls.securityHubScore)
        scoreWithAcceptances = try format.percent(controls.withAcceptancesScore)
        failed = String(controls.failed)
        self.openCriticalHigh = String(openCriticalHigh)
        accepted = String(layer.acceptedFindings)
        let state: ControlState
        if controls.failed > 0 || openCriticalHigh > 0 {
            state = .failed
            var parts: [String] = []
            if controls.failed > 0 { parts.append(try strings.plural("failedControls", controls.failed)) }
            if openCriticalHigh > 0 { parts.append(try strings.plural("openCriticalHigh", openCriticalHigh)) }
            verdict = try strings.format(
                "verdictAttention",
                ["items": parts.joined(separator: try strings.text("listSeparator"))]
            )
        } else if controls.unknown > 0 {
            state = .unknown
            let accepted = controls.accepted + layer.acceptedFindings
            verdict =
                accepted > 0
                ? try strings.plural(
                    "verdictUnknownAccepted",
                    controls.unknown,
                    ["accepted": try strings.plural("findingsCount", layer.acceptedFindings)]
                )
                : try strings.plural("verdictUnknown", controls.unknown)
        } else if controls.accepted > 0 || layer.acceptedFindings > 0 {
            state = .accepted
            verdict = try strings.plural("verdictAccepted", controls.accepted + layer.acceptedFindings)
        } else if controls.scored > 0 {
            state = .passed
            verdict = try strings.plural("verdictPassing", controls.scored)
        } else {
            state = .noData
            verdict = try strings.plural("verdictNoData", layer.openFindings.total)
        }
        self.state = state == .noData ? "nodata" : state.rawValue
        icon = ReportFormatter.icon(state)
    }
}
