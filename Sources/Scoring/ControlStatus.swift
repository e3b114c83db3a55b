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
    /// The rule over (bucket, compliance) pairs of one control's (or one check's) findings.
    static func state(of findings: [(bucket: FindingBucket, compliance: ComplianceStatus)]) -> ControlState {
        var tally = ControlTally()
        for finding in findings { tally.add(finding.bucket, finding.compliance) }
        return tally.state
    }
}

/// The rule of `ControlStatus` taken one finding at a time: what the findings of one control seen so far
/// decide, in four facts, so a control's status is counted without keeping its findings.
struct ControlTally: Sendable, Equatable {
    /// A finding that counts (not sample, archived or suppressed) was seen.
    private var remaining = false
    /// A counting finding is FAILED.
    private var failed = false
    /// A counting FAILED finding is not covered by an acceptance.
    private var failedUnaccepted = false
    /// A counting finding is neither PASSED nor FAILED (WARNING, NOT_AVAILABLE, unrecognised).
    private var neither = false

    /// Adds one finding of the control.
    mutating func add(_ bucket: FindingBucket, _ compliance: ComplianceStatus) {
        guard bucket != .sample, bucket != .archived, bucket != .suppressed else { return }
        remaining = true
        if compliance == .failed {
            failed = true
            if bucket != .accepted { failedUnaccepted = true }
        } else if compliance != .passed {
            neither = true
        }
    }

    /// The control's status: no counting finding → no data; a FAILED one → failed, or accepted when every
    /// FAILED one is accepted (unknown when a WARNING or NOT_AVAILABLE finding is beside them); else any
    /// finding not PASSED → unknown; else passed.
    var state: ControlState {
        if !remaining { return .noData }
        if failed { return failedUnaccepted ? .failed : (neither ? .unknown : .accepted) }
        return neither ? .unknown : .passed
    }
}

/// One tally per control, for counting the states of many controls.
struct ControlTallies: Sendable {
    private(set) var byControl: [String: ControlTally] = [:]

    /// Adds one control finding.
    mutating func add(_ observation: ControlObservation) {
        add(control: observation.control, observation.bucket, observation.compliance)
    }

    /// Adds one finding of a control.
    mutating func add(control: String, _ bucket: FindingBucket, _ compliance: ComplianceStatus) {
        byControl[control, default: ControlTally()].add(bucket, compliance)
    }

    /// Each control's state counted once.
    var counts: ControlCounts {
        var counts = ControlCounts()
        for tally in byControl.values { counts.add(tally.state) }
        return counts
    }
}
