import ReportModel

extension Scorer {
    /// One result per control over all accounts (failed in any account = failed), worst first.
    func controlResults(_ observations: [ControlObservation], findings: [ScoredFinding]) -> [ControlResult] {
        let catalogue = configuration.catalogue
        return Dictionary(grouping: observations, by: \.control).map { id, observed in
            let entry = catalogue.entry(for: id)
            let group = observed.map { findings[$0.index] }
            let failing = group.filter {
                $0.finding.compliance == .failed && ($0.bucket == .open || $0.bucket == .accepted)
            }
            let layers = Dictionary(grouping: group, by: \.layer).mapValues(\.count)
            let layer = layers.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .unclassified
            var result = ControlResult(
                controlId: id,
                title: entry?.title ?? group.first?.finding.title ?? id,
                severity: entry?.severity ?? group.map(\.finding.severity).max() ?? .informational,
                layer: layer,
                state: ControlStatus.state(of: observed),
                failingAccounts: Set(failing.compactMap(\.finding.accountId)).sorted(),
                failingResources: Set(failing.flatMap { $0.finding.resources.map(\.id) }).sorted(),
                findings: group.count,
                acceptanceIds: Set(failing.compactMap(\.acceptanceId)).sorted(),
                remediationURL: group.compactMap(\.finding.remediationURL).min()
            )
            result.expiredAcceptanceIds = Set(failing.compactMap(\.expiredAcceptanceId)).sorted()
            return result
        }
        .sorted {
            ($0.state, -$0.severity.rank, $0.layer, $0.controlId) < (
                $1.state, -$1.severity.rank, $1.layer, $1.controlId
            )
        }
    }
}
