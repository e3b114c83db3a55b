import ReportModel

extension Scorer {
    /// One score per Security Hub standard named by the findings, as the console computes it: the same status
    /// rule as the summary score, over the findings associated with that standard only.
    func standardScores(
        _ observations: [ControlObservation],
        findings: [ScoredFinding],
        numbering: ControlNumbering
    ) -> [StandardScore] {
        var folds: [StandardFold] = []
        var foldOf: [String: Int] = [:]
        // Neighbours mostly list the same standards (one shared list): theirs are looked up once.
        var last: (standards: [String], folds: [Int])?
        // Each finding read where the array holds it: a copy of it retained every part it shares with the findings
        // the other threads read at the same time.
        findings.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for position in observations.indices {
                let observation = observations[position]
                let scored = base + observation.index
                let numbers: [Int]
                if let last, last.standards == Self.standards(of: scored) {
                    numbers = last.folds
                } else {
                    let standards = Self.standards(of: scored)
                    numbers = standards.map { standard in
                        if let known = foldOf[standard] { return known }
                        foldOf[standard] = folds.count
                        folds.append(StandardFold(numbering: numbering))
                        return folds.count - 1
                    }
                    last = (standards, numbers)
                }
                let severity = scored.pointee.finding.severity
                for number in numbers { folds[number].add(observation, severity: severity) }
            }
        }
        return foldOf.map { standardsId, number in
            let fold = folds[number]
            return StandardScore(
                standardsId: standardsId,
                name: SecurityHubStandard.name(of: standardsId),
                controls: fold.counts(),
                layers: LayerKey.all.indices.map {
                    StandardScore.LayerCounts(layer: LayerKey.all[$0], controls: fold.counts(layer: $0))
                },
                accounts: fold.accountCounts().map {
                    StandardScore.AccountCounts(accountId: $0.account, controls: $0.counts)
                },
                failedControls: leftToFull(fold)
            )
        }
        .sorted { ($0.name, $0.standardsId) < ($1.name, $1.standardsId) }
    }

    /// The standards a control finding belongs to: `AssociatedStandards` when the export names them, else the
    /// standard of its standard-specific control id (consolidated findings off, older exports).
    /// - Parameter scored: the finding, read where the report's array holds it.
    /// - Returns: the standards ids.
    private static func standards(of scored: UnsafePointer<ScoredFinding>) -> [String] {
        if !scored.pointee.finding.standards.isEmpty { return scored.pointee.finding.standards }
        guard let reference = scored.pointee.finding.standardControl else { return [] }
        return [SecurityHubStandard.standardsId(segment: reference.standard, version: reference.version)]
    }

    /// The failed (or accepted) controls of one standard: each is one point of the standard's score however many
    /// accounts fail it. Open failures first (no decision recorded), then accepted ones; within each, the least work
    /// first (fewest failing accounts), then severity, then id.
    private func leftToFull(_ fold: StandardFold) -> [String] {
        let catalogue = configuration.catalogue
        typealias Left = (control: String, accepted: Int, accounts: Int, severity: Int)
        return fold.controlsSeen.indices.compactMap { place -> Left? in
            let state = fold.tallies[place].state
            guard state == .failed || state == .accepted else { return nil }
            let control = fold.numbering.controls[fold.controlsSeen[place]]
            let severity = catalogue.entry(for: control)?.severity ?? fold.severity[place] ?? .informational
            return (control, state == .accepted ? 1 : 0, fold.failingAccounts[place], -severity.rank)
        }
        .sorted {
            ($0.accepted, $0.accounts, $0.severity, $0.control) < ($1.accepted, $1.accounts, $1.severity, $1.control)
        }
        .map(\.control)
    }
}

/// What one standard's score needs of its control findings, gathered one finding at a time: each control's
/// tally over all accounts, per layer and per account, the number of accounts where it fails and its worst
/// severity; controls and accounts by their numbers (`ControlNumbering`), in arrays and one integer-keyed table.
/// A standard's arrays hold the controls seen in it only, by the place each was first seen: a report's findings
/// may name many standards (a tool's own, one a finding), and arrays over every control the report numbers, one set
/// a standard, grew with the standards times the controls (gigabytes for 20k findings that each name their own).
struct StandardFold {
    let numbering: ControlNumbering
    /// The control numbers seen, in the order first seen: the arrays below are by place in this list.
    private(set) var controlsSeen: [Int] = []
    /// Per control number seen, its place in `controlsSeen`.
    private var placeOf: [Int: Int] = [:]
    /// Per place: the control's tally over all accounts.
    private(set) var tallies: [ControlTally] = []
    /// Per layer (`LayerKey.all`'s order), per place: the control's tally in that layer, if seen there.
    private var byLayer: [[ControlTally?]] = Array(repeating: [], count: LayerKey.all.count)
    /// Per (account, control) pair, as `account * controls + control`: its tally there and whether a FAILED
    /// finding of it (whatever its bucket) is in that account.
    private var byAccount: [Int: (tally: ControlTally, failing: Bool)] = [:]
    /// Per place: in how many accounts the control has a FAILED finding (whatever its bucket).
    private(set) var failingAccounts: [Int] = []
    /// Per place: the worst severity of the control's findings.
    private(set) var severity: [Severity?] = []

    init(numbering: ControlNumbering) {
        self.numbering = numbering
    }

    /// Adds one control finding of the standard.
    mutating func add(_ observation: ControlObservation, severity findingSeverity: Severity) {
        let control = observation.controlNumber
        let place: Int
        if let known = placeOf[control] {
            place = known
        } else {
            place = controlsSeen.count
            placeOf[control] = place
            controlsSeen.append(control)
            tallies.append(ControlTally())
            for layer in byLayer.indices { byLayer[layer].append(nil) }
            failingAccounts.append(0)
            severity.append(nil)
        }
        tallies[place].add(observation.bucket, observation.compliance)
        let layer = LayerKey.all.firstIndex(of: observation.layer) ?? LayerKey.all.count - 1
        var inLayer = byLayer[layer][place] ?? ControlTally()
        inLayer.add(observation.bucket, observation.compliance)
        byLayer[layer][place] = inLayer
        let pair = observation.accountNumber * numbering.controls.count + control
        var entry = byAccount[pair] ?? (ControlTally(), false)
        entry.tally.add(observation.bucket, observation.compliance)
        if observation.compliance == .failed, !entry.failing {
            entry.failing = true
            failingAccounts[place] += 1
        }
        byAccount[pair] = entry
        severity[place] = max(severity[place] ?? findingSeverity, findingSeverity)
    }

    /// Each control's state counted once.
    func counts() -> ControlCounts {
        var counts = ControlCounts()
        for tally in tallies { counts.add(tally.state) }
        return counts
    }

    /// Each control's state in one layer (`LayerKey.all[layer]`), counted once.
    func counts(layer: Int) -> ControlCounts {
        var counts = ControlCounts()
        for tally in byLayer[layer] { if let tally { counts.add(tally.state) } }
        return counts
    }

    /// Per account the standard's findings are in, sorted by account id: each control's state there counted once.
    func accountCounts() -> [(account: String, counts: ControlCounts)] {
        let controls = numbering.controls.count
        var byNumber: [Int: ControlCounts] = [:]
        for (pair, entry) in byAccount { byNumber[pair / controls, default: ControlCounts()].add(entry.tally.state) }
        return byNumber.map { (account: numbering.accounts[$0.key], counts: $0.value) }.sorted {
            $0.account < $1.account
        }
    }
}
