import ReportModel

extension SummarySentences {
    /// One sentence per web ACL with a failing check: the managed rule sets it does not enforce
    /// (with the mode they run in), else the failing checks' titles.
    /// - Returns: the sentences, web ACLs by ARN.
    /// - Throws: `RenderError.missingString`.
    static func frontDoorSentences(
        _ evidence: FrontDoorEvidence,
        format: ReportFormatter
    ) throws(RenderError) -> [String] {
        let strings = format.strings
        var result: [String] = []
        for webACL in evidence.webACLs where !webACL.failures.isEmpty {
            let name = format.escape(webACL.name)
            var notEnforced: [String] = []
            var other: [String] = []
            for check in webACL.failures {
                let rule = webACL.rules.first { rule in
                    guard let group = rule.managedGroupName, !rule.enforcing else { return false }
                    return check.reason.parameters["group"] == .text(group)
                }
                if let rule, let group = rule.managedGroupName {
                    let mode = rule.overrideAction ?? rule.action ?? "Count"
                    let text = try strings.format(
                        "sentenceWAFMode",
                        ["group": format.escape(group), "mode": format.escape(mode)]
                    )
                    if !notEnforced.contains(text) { notEnforced.append(text) }
                } else {
                    other.append(format.escape(format.checkTitle(check)))
                }
            }
            let separator = try strings.text("listSeparator")
            if !notEnforced.isEmpty {
                var values = ["name": name, "groups": notEnforced.joined(separator: separator)]
                if other.isEmpty {
                    result.append(try strings.format("sentenceWAFNotEnforced", values))
                } else {
                    values["checks"] = other.joined(separator: separator)
                    result.append(try strings.format("sentenceWAFNotEnforcedAndFails", values))
                }
            } else {
                result.append(
                    try strings.plural(
                        "sentenceWAFFails",
                        other.count,
                        ["name": name, "checks": other.joined(separator: separator)]
                    )
                )
            }
        }
        return result
    }

    /// Controls that went from passed to failed since the previous period, if any.
    /// - Parameters:
    ///   - changes: the period's changes from history, `nil` without history.
    ///   - format: words the sentence in the report's language and escapes the control ids.
    /// - Returns: the sentence, or `nil` without regressions or history.
    /// - Throws: `RenderError.missingString`.
    static func regressionSentence(_ changes: PeriodChanges?, format: ReportFormatter) throws(RenderError) -> String? {
        guard let changes, let previous = changes.previousPeriod else { return nil }
        let controls = changes.regressedControls
        let findings = changes.regressedFindings.count
        guard !controls.isEmpty || findings > 0 else { return nil }
        let strings = format.strings
        let since = try format.periodLabel(previous)
        if controls.isEmpty {
            return try strings.plural("sentenceRegressedFindings", findings, ["previous": since])
        }
        var values = ["ids": try format.list(controls, limit: 3), "previous": since]
        guard findings > 0 else {
            return try strings.plural("sentenceRegressedControls", controls.count, values)
        }
        values["findings"] = try strings.plural("reopenedFindings", findings)
        return try strings.plural("sentenceRegressedControlsAndFindings", controls.count, values)
    }
}
