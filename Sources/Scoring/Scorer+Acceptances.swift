import ReportModel

extension Scorer {
    /// The acceptance register: each entry's state on the as-of date, what it covers, and warnings.
    func acceptanceResults(
        _ matches: [String: [String]],
        findings: [ScoredFinding],
        asOf: ReportDate
    ) -> [AcceptanceResult] {
        // Only the findings some acceptance matched: a table of every finding would copy them all.
        let wanted = Set(matches.values.joined())
        var byIdentity: [String: ScoredFinding] = [:]
        for scored in findings
        where wanted.contains(scored.finding.identity) && byIdentity[scored.finding.identity] == nil {
            byIdentity[scored.finding.identity] = scored
        }
        let failing = findings.count { $0.bucket == .open || $0.bucket == .accepted }
        return configuration.acceptances.map { acceptance in
            let matched = (matches[acceptance.id] ?? []).compactMap { byIdentity[$0] }
            let daysToExpiry = asOf.days(until: acceptance.expiresOn)
            let status: AcceptanceStatus =
                if asOf > acceptance.expiresOn {
                    .expired
                } else if acceptance.acceptedOn > asOf {
                    .notYetInForce
                } else if matched.isEmpty {
                    .stale
                } else if daysToExpiry <= configuration.expiringWithinDays {
                    .expiring
                } else {
                    .active
                }
            let coveredControls = Set(
                matched.filter { $0.finding.compliance == .failed }.compactMap(\.finding.controlId)
                    .map { configuration.catalogue.entry(for: $0)?.id ?? $0 }
            )
            return AcceptanceResult(
                acceptance: acceptance,
                status: status,
                matched: matched.count,
                controls: coveredControls.sorted(),
                layers: Set(matched.map(\.layer)).sorted(),
                environments: Set(matched.map(\.environment)).sorted {
                    (EnvironmentMapping.rank(of: $0), $0) < (EnvironmentMapping.rank(of: $1), $1)
                },
                daysToExpiry: daysToExpiry,
                warnings: warnings(for: acceptance, matched: matched, asOf: asOf)
                    + catchAllWarnings(for: acceptance, matched: matched, failing: failing)
            )
        }
    }

    /// The fewest covered findings that can make an entry "more than a quarter" of the failing ones.
    static let broadAcceptanceFloor = 10

    /// Warnings for an entry that covers too much: more than a quarter of all failing findings (in
    /// every environment, mapped or not; from ten findings up, so a small account's one-control decision is not
    /// flagged), or every severity of what it names.
    private func catchAllWarnings(for acceptance: RiskAcceptance, matched: [ScoredFinding], failing: Int) -> [String] {
        var warnings: [String] = []
        let covered = matched.count { $0.bucket == .open || $0.bucket == .accepted }
        if failing > 0, covered >= Self.broadAcceptanceFloor, covered * 4 > failing {
            warnings.append(
                "matches \(covered) of \(failing) failing findings, more than a quarter: check it is as narrow as "
                    + "the decision behind it"
            )
        }
        let match = acceptance.match
        let narrowed =
            !match.controls.isEmpty || !match.findingIds.isEmpty || !match.resources.isEmpty || !match.cves.isEmpty
        let everySeverity = match.severities.isEmpty || Set(match.severities) == Set(Severity.allCases)
        if !narrowed && everySeverity {
            warnings.append("matches every severity: name controls, findings, resources or CVEs, or fewer severities")
        }
        return warnings
    }

    private func warnings(for acceptance: RiskAcceptance, matched: [ScoredFinding], asOf: ReportDate) -> [String] {
        var warnings: [String] = []
        let term = acceptance.acceptedOn.days(until: acceptance.expiresOn)
        if term > 366 {
            warnings.append("term of \(term) days is longer than a year: review at least yearly")
        }
        if acceptance.acceptedOn > asOf {
            warnings.append(
                "accepted on \(acceptance.acceptedOn), after the report date: not in force yet, its findings count as open"
            )
        }
        let criticalInProd = matched.count {
            $0.finding.severity == .critical && EnvironmentMapping.rank(of: $0.environment) == 0
        }
        if criticalInProd > 0 {
            warnings.append("covers \(criticalInProd) CRITICAL finding\(criticalInProd == 1 ? "" : "s") in prod")
        }
        let resources = Set(matched.flatMap { $0.finding.resources.map(\.id) }).count
        if resources > configuration.broadAcceptanceResources {
            warnings.append("covers \(resources) resources: consider narrowing the match")
        }
        if asOf > acceptance.expiresOn, !matched.isEmpty {
            warnings.append(
                "expired on \(acceptance.expiresOn): \(matched.count) \(matched.count == 1 ? "finding counts" : "findings count") as open again since \(acceptance.expiresOn.adding(days: 1))"
            )
        }
        return warnings
    }
}
