import ReportModel

extension Scorer {
    /// One score per Security Hub standard named by the findings, as the console computes it: the same status
    /// rule as the summary score, over the findings associated with that standard only.
    func standardScores(_ observations: [ControlObservation], findings: [ScoredFinding]) -> [StandardScore] {
        var byStandard: [String: [ControlObservation]] = [:]
        for observation in observations {
            for standard in Self.standards(of: findings[observation.index].finding) {
                byStandard[standard, default: []].append(observation)
            }
        }
        return byStandard.map { standardsId, observed in
            let byLayer = Dictionary(grouping: observed, by: \.layer)
            let byAccount = Dictionary(grouping: observed, by: \.account)
            return StandardScore(
                standardsId: standardsId,
                name: SecurityHubStandard.name(of: standardsId),
                controls: ControlStatus.counts(observed),
                layers: LayerKey.all.map {
                    StandardScore.LayerCounts(layer: $0, controls: ControlStatus.counts(byLayer[$0] ?? []))
                },
                accounts: byAccount.keys.sorted().map {
                    StandardScore.AccountCounts(accountId: $0, controls: ControlStatus.counts(byAccount[$0] ?? []))
                },
                failedControls: leftToFull(observed, findings: findings)
            )
        }
        .sorted { ($0.name, $0.standardsId) < ($1.name, $1.standardsId) }
    }

    /// The standards a control finding belongs to: `AssociatedStandards` when the export names them, else the
    /// standard of its standard-specific control id (consolidated findings off, older exports).
    static func standards(of finding: Finding) -> [String] {
        if !finding.standards.isEmpty { return finding.standards }
        guard let reference = finding.standardControl else { return [] }
        return [SecurityHubStandard.standardsId(segment: reference.standard, version: reference.version)]
    }

    /// The failed (or accepted) controls of one standard: each is one point of the standard's score however many
    /// accounts fail it. Open failures first (no decision recorded), then accepted ones; within each, the least work
    /// first (fewest failing accounts), then severity, then id.
    private func leftToFull(_ observed: [ControlObservation], findings: [ScoredFinding]) -> [String] {
        let catalogue = configuration.catalogue
        typealias Left = (control: String, accepted: Int, accounts: Int, severity: Int)
        return Dictionary(grouping: observed, by: \.control).compactMap { control, group -> Left? in
            let state = ControlStatus.state(of: group)
            guard state == .failed || state == .accepted else { return nil }
            let failing = Set(group.filter { $0.compliance == .failed }.map(\.account)).count
            let severity =
                catalogue.entry(for: control)?.severity ?? group.map { findings[$0.index].finding.severity }
                .max() ?? .informational
            return (control, state == .accepted ? 1 : 0, failing, -severity.rank)
        }
        .sorted {
            ($0.accepted, $0.accounts, $0.severity, $0.control) < ($1.accepted, $1.accounts, $1.severity, $1.control)
        }
        .map(\.control)
    }
}
