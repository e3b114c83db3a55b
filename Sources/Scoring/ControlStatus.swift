import ReportModel

/// What control status needs of one control finding: a small value, cheap to group and filter.
struct ControlObservation {
    /// The control id, spelled as the catalogue spells it when known.
    var control: String
    var layer: LayerKey
    var account: String
    var bucket: FindingBucket
    var compliance: ComplianceStatus
    /// The finding's position in the scored findings.
    var index: Int

    init?(_ scored: ScoredFinding, index: Int, catalogue: ControlCatalogue) {
        guard let id = scored.finding.controlId, let compliance = scored.finding.compliance else { return nil }
        control = catalogue.entry(for: id)?.id ?? id
        layer = scored.layer
        account = scored.finding.accountId ?? "unknown"
        bucket = scored.bucket
        self.compliance = compliance
        self.index = index
    }
}

/// Security Hub's rule for a control's status, applied to the findings of one control.
///
/// Per control: drop ARCHIVED and SUPPRESSED findings; any FAILED → failed; else any WARNING or
/// NOT_AVAILABLE → unknown; else passed; nothing left → no data. A failed control whose failing
/// findings are all covered by valid acceptances is `accepted` (still failed for the AWS score).
enum ControlStatus {
    static func state(of observations: [ControlObservation]) -> ControlState {
        state(of: observations.map { ($0.bucket, $0.compliance) })
    }

    /// The rule over (bucket, compliance) pairs of one control's (or one check's) findings.
    static func state(of findings: [(bucket: FindingBucket, compliance: ComplianceStatus)]) -> ControlState {
        let remaining = findings.filter { ![.sample, .archived, .suppressed].contains($0.bucket) }
        if remaining.isEmpty { return .noData }
        let failing = remaining.filter { $0.compliance == .failed }
        if !failing.isEmpty {
            guard failing.allSatisfy({ $0.bucket == .accepted }) else { return .failed }
            // Accepted failures with a WARNING or NOT_AVAILABLE finding beside them are at most unknown.
            return remaining.contains { $0.compliance != .passed && $0.compliance != .failed } ? .unknown : .accepted
        }
        if remaining.contains(where: { $0.compliance != .passed }) { return .unknown }
        return .passed
    }

    /// Counts control states over observations of many controls (each control once).
    static func counts(_ observations: [ControlObservation]) -> ControlCounts {
        var counts = ControlCounts()
        for group in Dictionary(grouping: observations, by: \.control).values { counts.add(state(of: group)) }
        return counts
    }
}
