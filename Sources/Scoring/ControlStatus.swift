import ReportModel

/// Security Hub's rule for a control's status, applied to a set of findings of one control.
///
/// Per control: drop ARCHIVED and SUPPRESSED findings; any FAILED → failed; else any WARNING or
/// NOT_AVAILABLE → unknown; else passed; nothing left → no data. A failed control whose failing
/// findings are all covered by valid acceptances is `accepted` (still failed for the AWS score).
enum ControlStatus {
    static func state(of findings: [ScoredFinding]) -> ControlState {
        let remaining = findings.filter { ![.sample, .archived, .suppressed].contains($0.bucket) }
        if remaining.isEmpty { return .noData }
        let failing = remaining.filter { $0.finding.compliance == .failed }
        if !failing.isEmpty {
            return failing.allSatisfy { $0.bucket == .accepted } ? .accepted : .failed
        }
        if remaining.contains(where: { $0.finding.compliance != .passed }) { return .unknown }
        return .passed
    }

    /// Counts control states over findings of many controls (each control once).
    static func counts(_ findings: [ScoredFinding], catalogue: ControlCatalogue) -> ControlCounts {
        var counts = ControlCounts()
        for group in grouped(findings, catalogue: catalogue).values { counts.add(state(of: group)) }
        return counts
    }

    /// Findings of control checks grouped by control id (the catalogue's spelling when known).
    static func grouped(_ findings: [ScoredFinding], catalogue: ControlCatalogue) -> [String: [ScoredFinding]] {
        var groups: [String: [ScoredFinding]] = [:]
        for finding in findings {
            guard let id = finding.finding.controlId, finding.finding.compliance != nil else { continue }
            groups[catalogue.entry(for: id)?.id ?? id, default: []].append(finding)
        }
        return groups
    }
}
