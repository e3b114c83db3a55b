import ReportModel

/// Fixed formats for every number, date and label the report shows, in the selected language.
///
/// All formatting happens here and in the view model, never in templates, so HTML and Markdown
/// show the same text.
struct ReportFormatter: Sendable {
    /// The string table of the selected language.
    let strings: StringTable
    /// The escaping for free text from the data.
    let escape: TextEscaper

    /// A message worded in the report's language, then escaped as a whole (the parameters with it), as every
    /// other text is; the one-pass wording never fills a placeholder inside a parameter's value.
    /// - Returns: the text.
    func words(_ message: Message) -> String {
        escape(strings.phrasebook.text(message))
    }

    /// A diagnostic as one line in the report's language: `file: location: message`, escaped.
    /// - Returns: the text.
    func words(_ diagnostic: Diagnostic) -> String {
        escape(diagnostic.text(in: strings.phrasebook))
    }

    /// A web ACL check's title from the string table (`wafCheckTitle_<id>`), or its id for a check the table lacks.
    /// - Returns: the title, not escaped.
    func checkTitle(_ check: WebACLCheck) -> String {
        strings.entries["wafCheckTitle_\(check.id)"] ?? check.id
    }

    /// A score as the console shows it: `80%`, or the no-data label.
    /// - Parameter score: the score, `nil` without control data.
    /// - Returns: the text.
    /// - Throws: `RenderError.missingString`.
    func percent(_ score: Score?) throws(RenderError) -> String {
        guard let score else { return try strings.text("noScore") }
        return "\(score.wholePercent)%"
    }

    /// The count behind a score: `(8 of 10 controls)`.
    /// - Returns: the text, or an empty string without data.
    /// - Throws: `RenderError.missingString`.
    func scoreDetail(_ score: Score?) throws(RenderError) -> String {
        guard let score else { return "" }
        return try strings.format(
            "scoreDetail",
            ["numerator": String(score.numerator), "denominator": String(score.denominator)]
        )
    }

    /// The change between two scores in whole points: `▲ 3 pts`, `▼ 2 pts`, `no change`, `first period`.
    /// - Parameters:
    ///   - current: this period's score.
    ///   - previous: the previous period's score; `hasPrevious` false when history has none.
    ///   - hasPrevious: whether a previous period exists.
    /// - Returns: the text.
    /// - Throws: `RenderError.missingString`.
    func delta(_ current: Score?, _ previous: Score?, hasPrevious: Bool) throws(RenderError) -> String {
        guard hasPrevious else { return try strings.text("deltaFirstPeriod") }
        guard let current, let previous else { return try strings.text("deltaNotComparable") }
        let points = current.wholePercent - previous.wholePercent
        if points > 0 { return try strings.format("deltaUp", ["points": String(points)]) }
        if points < 0 { return try strings.format("deltaDown", ["points": String(-points)]) }
        return try strings.text("deltaNone")
    }

    /// A period as words: `November 2026` / `2026年11月`.
    /// - Parameter period: `YYYY-MM`.
    /// - Returns: the text; the input itself when it is not a period.
    /// - Throws: `RenderError.missingString`.
    func periodLabel(_ period: String) throws(RenderError) -> String {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return period }
        return try strings.format(
            "periodFormat",
            ["month": try strings.text("month\(month)"), "year": String(parts[0])]
        )
    }

    /// A layer's display name.
    /// - Returns: e.g. `Account (IAM)`.
    /// - Throws: `RenderError.missingString`.
    func layerName(_ layer: LayerKey) throws(RenderError) -> String {
        try strings.text("layer.\(layer.description)".replacingDot)
    }

    /// A control state's label with its icon: `✗ Failed`.
    /// - Returns: the icon and the word.
    /// - Throws: `RenderError.missingString`.
    func stateLabel(_ state: ControlState) throws(RenderError) -> String {
        "\(Self.icon(state)) \(try strings.text("state_\(state.rawValue)"))"
    }

    /// The icon that carries a state without colour.
    /// - Returns: ✓ ✗ ! ○ ◐.
    static func icon(_ state: ControlState) -> String {
        switch state {
        case .passed: "✓"
        case .failed: "✗"
        case .unknown: "!"
        case .noData: "○"
        case .accepted: "◐"
        }
    }

    /// A severity's label.
    /// - Returns: e.g. `Critical`.
    /// - Throws: `RenderError.missingString`.
    func severityLabel(_ severity: Severity) throws(RenderError) -> String {
        try strings.text("severity_\(severity.rawValue.lowercased())")
    }

    /// An age in days: `12 days`, or `—` when unknown.
    /// - Returns: the text.
    /// - Throws: `RenderError.missingString`.
    func age(_ days: Int?) throws(RenderError) -> String {
        guard let days else { return "—" }
        return try strings.plural("days", days)
    }

    /// A list of free-text items, escaped and joined, with `and N more` past `limit`.
    /// - Parameters:
    ///   - items: free text from the data, escaped here.
    ///   - limit: how many to show.
    /// - Returns: the joined text, or `—` when empty.
    /// - Throws: `RenderError.missingString`.
    func list(_ items: [String], limit: Int = 3) throws(RenderError) -> String {
        guard !items.isEmpty else { return "—" }
        let shown = items.prefix(limit).map { escape($0) }.joined(separator: ", ")
        guard items.count > limit else { return shown }
        return shown + " " + (try strings.format("andMore", ["count": String(items.count - limit)]))
    }
}

extension String {
    fileprivate var replacingDot: String {
        String(map { $0 == "." ? "_" : $0 })
    }
}
