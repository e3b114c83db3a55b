public import ReportModel

extension ScoredReport {
    /// A plain-text dump of every number and decision in the report, for golden files
    /// (`scored.txt`), so a scoring change shows up as a text diff.
    /// - Returns: the dump, LF-terminated.
    public func dump() -> String {
        var lines: [String] = []
        func counts(_ c: ControlCounts) -> String {
            let scores = [c.securityHubScore, c.withAcceptancesScore].map { score in
                score.map { "\($0.numerator)/\($0.denominator)=\($0.percentOneDecimal)%" } ?? "n/a"
            }
            return "passed \(c.passed) failed \(c.failed) unknown \(c.unknown) noData \(c.noData) "
                + "accepted \(c.accepted) | securityHub \(scores[0]) withAcceptances \(scores[1])"
        }
        func severities(_ s: SeverityCounts) -> String {
            Severity.worstFirst.map { "\($0.rawValue.prefix(4).lowercased()) \(s[$0])" }.joined(separator: " ")
        }
        lines.append("asOf \(asOf) period \(period)")
        lines.append("overall: \(counts(overall))")
        for tool in otherChecks { lines.append("other checks: \(tool.product): \(counts(tool.checks))") }
        lines.append("")
        lines.append("layers:")
        for layer in layers {
            lines.append("  \(layer.layer): \(counts(layer.controls))")
            lines.append("    open: \(severities(layer.openFindings)) accepted \(layer.acceptedFindings)")
        }
        lines.append("environments:")
        for environment in environments {
            lines.append(
                "  \(environment.name) [\(environment.environment)] \(environment.accountId): \(counts(environment.controls))"
            )
            lines.append("    open: \(severities(environment.openFindings)) accepted \(environment.acceptedFindings)")
        }
        lines.append("controls:")
        for control in controls {
            var line = "  \(control.controlId) \(control.state.rawValue) \(control.severity.rawValue) \(control.layer)"
            line += " findings \(control.findings)"
            if !control.failingAccounts.isEmpty {
                line += " failing in \(control.failingAccounts.joined(separator: ","))"
            }
            if !control.acceptanceIds.isEmpty { line += " accepted by \(control.acceptanceIds.joined(separator: ","))" }
            lines.append(line)
        }
        lines.append("findings:")
        for scored in findings {
            let finding = scored.finding
            var line = "  \(scored.bucket.rawValue) \(finding.severity.rawValue) \(scored.layer) \(scored.environment)"
            line +=
                " \(finding.productName) \(finding.controlId ?? finding.checkId.map { "check " + $0 } ?? "-") \(finding.resources.first?.id ?? "-")"
            if let id = scored.acceptanceId { line += " accepted:\(id)" }
            if let id = scored.expiredAcceptanceId { line += " expired:\(id)" }
            line += " (\(scored.placedBy.english))"
            lines.append(line)
        }
        lines.append("acceptances:")
        for result in acceptances {
            lines.append(
                "  \(result.acceptance.id) \(result.status.rawValue) matched \(result.matched) days \(result.daysToExpiry)"
                    + (result.warnings.isEmpty
                        ? "" : " warnings: " + result.warnings.map(\.english).joined(separator: "; "))
            )
        }
        let r = reconciliation
        let buckets = FindingBucket.allCases.map { "\($0.rawValue) \(r.buckets[$0] ?? 0)" }.joined(separator: " ")
        lines.append(
            "reconciliation: records \(r.records) = duplicates \(r.duplicates) skipped \(r.skipped) "
                + (r.unreadable + r.unreadableFiles > 0
                    ? "unreadable \(r.unreadable) (files \(r.unreadableFiles)) " : "")
                + "evidence \(r.evidence) \(buckets) (\(r.balances ? "balances" : "DOES NOT BALANCE"))"
        )
        lines.append("inputs:")
        for input in inputs {
            lines.append(
                "  \(input.path) \(input.format?.rawValue ?? "-") records \(input.records) skipped \(input.skipped) sha256 \(input.sha256)"
            )
        }
        lines.append("diagnostics:")
        for diagnostic in diagnostics {
            lines.append("  \(diagnostic.level.rawValue): \(diagnostic.text(in: English.phrasebook))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
