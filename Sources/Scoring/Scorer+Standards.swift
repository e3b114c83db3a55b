import ReportModel

extension Scorer {
    /// One score per Security Hub standard named by the findings, as the console computes it: the same status
    /// rule as the summary score, over the findings associated with that standard only.
    func standardScores(_ observations: [ControlObservation], findings: [ScoredFinding]) -> [StandardScore] {
        var byStandard: [String: StandardFold] = [:]
        for observation in observations {
            let finding = findings[observation.index].finding
            for standard in Self.standards(of: finding) {
                byStandard[standard, default: StandardFold()].add(observation, severity: finding.severity)
            }
        }
        return byStandard.map { standardsId, fold in
            StandardScore(
                standardsId: standardsId,
                name: SecurityHubStandard.name(of: standardsId),
                controls: fold.controls.counts,
                layers: LayerKey.all.map {
                    StandardScore.LayerCounts(layer: $0, controls: fold.byLayer[$0]?.counts ?? ControlCounts())
                },
                accounts: fold.byAccount.keys.sorted().map {
                    StandardScore.AccountCounts(
                        accountId: $0,
                        controls: fold.byAccount[$0]?.counts ?? ControlCounts()
                    )
                },
                failedControls: leftToFull(fold)
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
    private func leftToFull(_ fold: StandardFold) -> [String] {
        let catalogue = configuration.catalogue
        typealias Left = (control: String, accepted: Int, accounts: Int, severity: Int)
        return fold.controls.byControl.compactMap { control, tally -> Left? in
            let state = tally.state
            guard state == .failed || state == .accepted else { return nil }
            let failing = fold.failingAccounts[control]?.count ?? 0
            let severity = catalogue.entry(for: control)?.severity ?? fold.severity[control] ?? .informational
            return (control, state == .accepted ? 1 : 0, failing, -severity.rank)
        }
        .sorted {
            ($0.accepted, $0.accounts, $0.severity, $0.control) < ($1.accepted, $1.accounts, $1.severity, $1.control)
        }
        .map(\.control)
    }
}

/// What one standard's score needs of its control findings, gathered one finding at a time: each control's
/// tally over all accounts, per layer and per account, the accounts where it fails and its worst severity.
struct StandardFold {
    private(set) var controls = ControlTallies()
    private(set) var byLayer: [LayerKey: ControlTallies] = [:]
    private(set) var byAccount: [String: ControlTallies] = [:]
    /// Per control, the accounts with a FAILED finding (whatever its bucket).
    private(set) var failingAccounts: [String: Set<String>] = [:]
    /// Per control, the worst severity of its findings.
    private(set) var severity: [String: Severity] = [:]

    /// Adds one control finding of the standard.
    mutating func add(_ observation: ControlObservation, severity findingSeverity: Severity) {
        controls.add(observation)
        byLayer[observation.layer, default: ControlTallies()].add(observation)
        byAccount[observation.account, default: ControlTallies()].add(observation)
        if observation.compliance == .failed {
            failingAccounts[observation.control, default: []].insert(observation.account)
        }
        severity[observation.control] = max(severity[observation.control] ?? findingSeverity, findingSeverity)
    }
}
