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
    /// The control's number and the account's (`ControlNumbering`): folds over many findings count in arrays by
    /// number, not in dictionaries hashing the texts.
    var controlNumber: Int
    var accountNumber: Int
}

/// Numbers the controls and accounts of control findings as they are observed, each distinct control (as the
/// catalogue spells it) and account once, from 0. Neighbouring findings mostly share both, so the ids just seen
/// are compared before the catalogue and the tables are asked.
struct ControlNumbering {
    let catalogue: ControlCatalogue
    /// The controls and accounts by number.
    private(set) var controls: [String] = []
    private(set) var accounts: [String] = []
    private var controlNumbers: [String: Int] = [:]
    private var accountNumbers: [String: Int] = [:]
    private var lastControl: (raw: String, number: Int)?
    private var lastAccount: (account: String, number: Int)?

    init(catalogue: ControlCatalogue) {
        self.catalogue = catalogue
    }

    /// The observation of a control finding, numbered; nil for a finding that is not one.
    mutating func observe(_ scored: ScoredFinding, index: Int) -> ControlObservation? {
        guard let id = scored.finding.controlId, let compliance = scored.finding.compliance else { return nil }
        let control = number(control: id)
        let account = scored.finding.accountId ?? "unknown"
        let accountNumber: Int
        if let lastAccount, lastAccount.account == account {
            accountNumber = lastAccount.number
        } else {
            accountNumber = Self.number(account, in: &accountNumbers, list: &accounts)
            lastAccount = (account, accountNumber)
        }
        return ControlObservation(
            control: controls[control],
            layer: scored.layer,
            account: account,
            bucket: scored.bucket,
            compliance: compliance,
            index: index,
            controlNumber: control,
            accountNumber: accountNumber
        )
    }

    /// The number of the control a finding names by `id` (as exported): the catalogue's spelling's number.
    mutating func number(control id: String) -> Int {
        if let lastControl, lastControl.raw == id { return lastControl.number }
        let number = Self.number(catalogue.entry(for: id)?.id ?? id, in: &controlNumbers, list: &controls)
        lastControl = (id, number)
        return number
    }

    private static func number(_ text: String, in numbers: inout [String: Int], list: inout [String]) -> Int {
        if let known = numbers[text] { return known }
        numbers[text] = list.count
        list.append(text)
        return list.count - 1
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
