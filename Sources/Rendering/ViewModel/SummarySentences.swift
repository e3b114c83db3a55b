import ReportModel

/// The summary's plain sentences, generated from the data: what changed, what needs attention,
/// what is accepted and until when, and what an auditor would question.
struct SummarySentences {
    /// At most five sentences, most important first.
    let sentences: [String]

    /// Writes the sentences.
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, format: ReportFormatter) throws(RenderError) {
        let report = document.report
        let strings = format.strings
        var result: [String] = []
        // Records and files that could not be read come first: every number below is without them.
        let reconciliation = report.reconciliation
        if reconciliation.unreadable > 0 {
            result.append(try strings.plural("sentenceUnreadable", reconciliation.unreadable))
        }
        if reconciliation.unreadableFiles > 0 {
            result.append(try strings.plural("sentenceUnreadableFiles", reconciliation.unreadableFiles))
        }
        let readSomething = !report.findings.isEmpty || reconciliation.evidence > 0 || reconciliation.skipped > 0
        if !result.isEmpty && !readSomething {
            sentences = result + [try strings.text("sentenceNothingRead")]
            return
        }
        if !report.reconciliation.balances {
            result.append(
                try strings.format(
                    "sentenceUnbalanced",
                    [
                        "records": String(report.reconciliation.records),
                        "accounted": String(report.reconciliation.accountedFor),
                    ]
                )
            )
        }
        // Five at most, in this order: the score (and what regressed), what needs attention, the
        // front door, what is accepted and until when, and what an auditor would question.
        result.append(try Self.scoreSentence(document: document, format: format))
        result.append(try Self.attentionSentence(report: report, format: format))
        result += try Self.frontDoorSentences(report.frontDoor, format: format).prefix(1)
        result.append(try Self.acceptedSentence(report: report, format: format))
        if let review = try Self.reviewSentence(report: report, format: format) {
            result.append(review)
        }
        if document.trend.changes?.regressedControls.isEmpty ?? true,
            let regression = try Self.regressionSentence(document.trend.changes, format: format)
        {
            result.append(regression)
        }
        let unreadableCount = (reconciliation.unreadable > 0 ? 1 : 0) + (reconciliation.unreadableFiles > 0 ? 1 : 0)
        sentences = Array(result.prefix(5 + unreadableCount))
    }

    private static func scoreSentence(document: ReportDocument, format: ReportFormatter) throws(RenderError) -> String {
        let report = document.report
        let strings = format.strings
        guard let score = report.overall.securityHubScore else { return try strings.text("sentenceNoControls") }
        var values = [
            "score": "\(score.wholePercent)%",
            "detail": try format.scoreDetail(score),
            "withAcceptances": try format.percent(report.overall.withAcceptancesScore),
        ]
        guard let previous = document.trend.previous(before: report.period) else {
            return try strings.format("sentenceScoreFirst", values)
        }
        values["previous"] = try format.periodLabel(previous.period)
        guard let before = previous.overall.securityHubScore else {
            return try strings.format("sentenceScoreNoPrevious", values)
        }
        let points = score.wholePercent - before.wholePercent
        let regressed = document.trend.changes?.regressedControls ?? []
        if points > 0 {
            values["change"] = try strings.plural("changeUp", points)
        } else if points < 0 {
            values["change"] = try strings.plural("changeDown", -points)
        } else {
            values["change"] = try strings.text("changeNone")
        }
        guard !regressed.isEmpty else { return try strings.format("sentenceScoreChanged", values) }
        values["ids"] = try format.list(regressed, limit: 3)
        return try strings.format("sentenceScoreChangedRegressed", values)
    }

    /// What an auditor would question, in one sentence: expired and stale acceptances,
    /// suppressions without a recorded decision, partial exports.
    private static func reviewSentence(report: ScoredReport, format: ReportFormatter) throws(RenderError) -> String? {
        let strings = format.strings
        var items: [String] = []
        for result in report.acceptances where result.status == .expired {
            items.append(
                try strings.format(
                    "reviewExpired",
                    ["id": format.escape(result.acceptance.id), "date": result.acceptance.expiresOn.description]
                )
            )
        }
        for result in report.acceptances where result.status == .stale {
            items.append(try strings.format("reviewStale", ["id": format.escape(result.acceptance.id)]))
        }
        let findings = report.findings
        let suppressed = findings.indices.filter {
            findings[$0].bucket == .suppressed && findings[$0].acceptanceId == nil
        }.map { findings[$0] }
        if !suppressed.isEmpty {
            let sources = SuppressionSource.names(suppressed).map { format.escape($0) }
            items.append(
                try strings.plural(
                    "reviewSuppressed",
                    suppressed.count,
                    ["sources": sources.joined(separator: try strings.text("listSeparator"))]
                )
            )
        }
        for input in report.inputs where input.partial {
            items.append(try strings.format("reviewPartial", ["file": format.escape(input.path)]))
        }
        guard !items.isEmpty else { return nil }
        return try strings.format(
            "sentenceReview",
            ["items": items.joined(separator: try strings.text("reviewSeparator"))]
        )
    }

    private static func attentionSentence(report: ScoredReport, format: ReportFormatter) throws(RenderError) -> String {
        let strings = format.strings
        let failed = report.overall.failed
        // Counted by position: a filter would copy each finding it keeps (and hand every one to its predicate).
        let findings = report.findings
        var open = 0
        for index in findings.indices
        where findings[index].bucket == .open && findings[index].acceptanceId == nil
            && findings[index].finding.severity >= .high && findings[index].finding.controlId == nil
        {
            open += 1
        }
        guard failed > 0 || open > 0 else { return try strings.text("sentenceNoAttention") }
        var values = [
            "failed": try strings.plural("failedControls", failed),
            "open": try strings.plural("openCriticalHighFindings", open),
        ]
        let weakest = report.layers
            .compactMap { layer in layer.controls.securityHubScore.map { (layer, $0) } }
            .min { ($0.1.percent, $0.0.layer) < ($1.1.percent, $1.0.layer) }
        guard let weakest, weakest.1.numerator < weakest.1.denominator else {
            return try strings.format("sentenceAttention", values)
        }
        values["layer"] = try format.layerName(weakest.0.layer)
        values["layerScore"] = "\(weakest.1.wholePercent)%"
        return try strings.format("sentenceAttentionWeakest", values)
    }

    private static func acceptedSentence(report: ScoredReport, format: ReportFormatter) throws(RenderError) -> String {
        let strings = format.strings
        let inForce = report.acceptances.filter { $0.status == .active || $0.status == .expiring }
        guard !inForce.isEmpty else { return try strings.text("sentenceNoneAccepted") }
        // The one definition: findings whose bucket is accepted (each counted once, open ones only).
        let findings = report.reconciliation.buckets[.accepted] ?? 0
        let next = inForce.min {
            ($0.acceptance.expiresOn, $0.acceptance.id) < ($1.acceptance.expiresOn, $1.acceptance.id)
        }
        return try strings.format(
            "sentenceAccepted",
            [
                "acceptances": try strings.plural("acceptancesInForce", inForce.count),
                "findings": try strings.plural("findingsCount", findings),
                "id": format.escape(next?.acceptance.id ?? ""),
                "date": next?.acceptance.expiresOn.description ?? "",
                "days": try strings.plural("days", next?.daysToExpiry ?? 0),
            ]
        )
    }
}
