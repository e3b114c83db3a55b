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
        // Findings read by position (a for-in loop copies each one), each identity's text made once, and none
        // when no acceptance matched anything.
        var byIdentity: [String: ScoredFinding] = [:]
        if !wanted.isEmpty {
            for index in findings.indices {
                let identity = findings[index].finding.identity
                if wanted.contains(identity) && byIdentity[identity] == nil { byIdentity[identity] = findings[index] }
            }
        }
        var failing = 0
        for index in findings.indices where findings[index].bucket == .open || findings[index].bucket == .accepted {
            failing += 1
        }
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
    private func catchAllWarnings(for acceptance: RiskAcceptance, matched: [ScoredFinding], failing: Int) -> [Message] {
        var warnings: [Message] = []
        let covered = matched.count { $0.bucket == .open || $0.bucket == .accepted }
        if failing > 0, covered >= Self.broadAcceptanceFloor, covered * 4 > failing {
            warnings.append(Message(.acceptanceBroad, ["count": .number(covered), "failing": .number(failing)]))
        }
        let match = acceptance.match
        let narrowed =
            !match.controls.isEmpty || !match.findingIds.isEmpty || !match.resources.isEmpty || !match.cves.isEmpty
        let everySeverity = match.severities.isEmpty || Set(match.severities) == Set(Severity.allCases)
        if !narrowed && everySeverity {
            warnings.append(Message(.acceptanceEverySeverity))
        }
        return warnings
    }

    private func warnings(for acceptance: RiskAcceptance, matched: [ScoredFinding], asOf: ReportDate) -> [Message] {
        var warnings: [Message] = []
        let term = acceptance.acceptedOn.days(until: acceptance.expiresOn)
        if term > 366 {
            warnings.append(Message(.acceptanceLongTerm, ["days": .number(term)]))
        }
        if acceptance.acceptedOn > asOf {
            warnings.append(Message(.acceptanceAcceptedLater, ["date": .text("\(acceptance.acceptedOn)")]))
        }
        let criticalInProd = matched.count {
            $0.finding.severity == .critical && EnvironmentMapping.rank(of: $0.environment) == 0
        }
        if criticalInProd > 0 {
            warnings.append(Message(.acceptanceCoversCritical, ["count": .number(criticalInProd)]))
        }
        let resources = Set(matched.flatMap { $0.finding.resources.map(\.id) }).count
        if resources > configuration.broadAcceptanceResources {
            warnings.append(Message(.acceptanceCoversResources, ["count": .number(resources)]))
        }
        if asOf > acceptance.expiresOn, !matched.isEmpty {
            warnings.append(
                Message(
                    .acceptanceExpiredOpen,
                    [
                        "date": .text("\(acceptance.expiresOn)"), "count": .number(matched.count),
                        "since": .text("\(acceptance.expiresOn.adding(days: 1))"),
                    ]
                )
            )
        }
        return warnings
    }
}
