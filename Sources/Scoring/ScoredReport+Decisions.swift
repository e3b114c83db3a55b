public import ReportModel

extension ScoredReport {
    /// The findings that fail a `--fail-on` gate: open (not accepted, not suppressed, not resolved) and at least
    /// as severe as the threshold.
    /// - Parameter threshold: the least severity that fails the gate.
    /// - Returns: the failing findings, in report order.
    public func gateFailures(atLeast threshold: Severity) -> [ScoredFinding] {
        findings.filter { $0.bucket == .open && $0.finding.severity >= threshold }
    }
}

extension ScoringConfiguration {
    /// Whether an acceptance needs a review decision soon: in force and expiring within the window, or stale
    /// (matching nothing) with its review date inside the window. `posture check` lists these.
    /// - Parameter result: the acceptance's result on the as-of date.
    /// - Returns: whether it is due for review within `expiringWithinDays`.
    public func isDueForReview(_ result: AcceptanceResult) -> Bool {
        switch result.status {
        case .expiring: true
        case .stale: result.daysToExpiry <= expiringWithinDays
        default: false
        }
    }
}

extension ScoredReport {
    /// Tag conditions of acceptances that no resource in the inputs satisfies on its own: a typo in a tag key or
    /// a value pattern, or resources that lost their tags. `posture check` lists them.
    /// - Returns: each acceptance id with the conditions that match no resource, in register order.
    public func tagConditionsMatchingNothing() -> [(acceptanceId: String, conditions: [TagCondition])] {
        let tags = findings.flatMap { $0.finding.resources.flatMap(\.tags) }
        return acceptances.compactMap { result in
            let unmatched = result.acceptance.match.tags.filter { condition in
                let glob = Glob(condition.value)
                return !tags.contains { $0.key == condition.key && glob.matches($0.value) }
            }
            return unmatched.isEmpty ? nil : (result.acceptance.id, unmatched)
        }
    }
}

extension ScoringConfiguration {
    /// The user's layer rules that placed no finding in a report: a typo, or resources that are
    /// gone. `posture check` lists them.
    /// - Parameter report: the report scored with this configuration.
    /// - Returns: the rules, in file order.
    public func layerRulesPlacingNothing(in report: ScoredReport) -> [LayerRule] {
        let used = Set(report.layerRules.map(\.source))
        return rules.userRules.filter { !used.contains($0.source) }
    }
}
