import ReportModel

extension Scorer {
    /// One result per control over all accounts (failed in any account = failed), worst first.
    func controlResults(_ observations: [ControlObservation], findings: [ScoredFinding]) -> [ControlResult] {
        let catalogue = configuration.catalogue
        var byControl: [String: ControlFold] = [:]
        // Each finding read where the array holds it (a copy retained its storage, texts and decisions).
        findings.withUnsafeBufferPointer { findings in
            guard let base = findings.baseAddress else { return }
            for observation in observations {
                byControl[observation.control, default: ControlFold()].add(base + observation.index, observation)
            }
        }
        return byControl.map { id, fold in
            let entry = catalogue.entry(for: id)
            let layer = fold.layers.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .unclassified
            var result = ControlResult(
                controlId: id,
                title: entry?.title ?? fold.title ?? id,
                severity: entry?.severity ?? fold.severity ?? .informational,
                layer: layer,
                state: fold.tally.state,
                failingAccounts: fold.failingAccounts.sorted(),
                failingResources: fold.failingResources.sorted(),
                findings: fold.findings,
                acceptanceIds: fold.acceptanceIds.sorted(),
                remediationURL: fold.remediationURL
            )
            result.expiredAcceptanceIds = fold.expiredAcceptanceIds.sorted()
            return result
        }
        .sorted {
            ($0.state, -$0.severity.rank, $0.layer, $0.controlId) < (
                $1.state, -$1.severity.rank, $1.layer, $1.controlId
            )
        }
    }
}

/// What a control's result needs of its findings, gathered one finding at a time in report order.
struct ControlFold {
    private(set) var tally = ControlTally()
    private(set) var findings = 0
    /// The title of the control's first finding.
    private(set) var title: String?
    /// The worst severity of its findings.
    private(set) var severity: Severity?
    /// How many of its findings each layer holds.
    private(set) var layers: [LayerKey: Int] = [:]
    /// Of its FAILED findings that are open or accepted: accounts, resources and acceptances.
    private(set) var failingAccounts: Set<String> = []
    private(set) var failingResources: Set<String> = []
    private(set) var acceptanceIds: Set<String> = []
    private(set) var expiredAcceptanceIds: Set<String> = []
    /// The first remediation link in sort order.
    private(set) var remediationURL: String?

    /// Adds one finding of the control, read where it is held (through `pointee`, never copied whole).
    mutating func add(_ scored: UnsafePointer<ScoredFinding>, _ observation: ControlObservation) {
        tally.add(observation.bucket, observation.compliance)
        findings += 1
        if title == nil { title = scored.pointee.finding.title }
        let severity = scored.pointee.finding.severity
        self.severity = max(self.severity ?? severity, severity)
        layers[scored.pointee.layer, default: 0] += 1
        if let url = scored.pointee.finding.remediationURL, remediationURL.map({ url < $0 }) ?? true {
            remediationURL = url
        }
        let bucket = scored.pointee.bucket
        guard scored.pointee.finding.compliance == .failed, bucket == .open || bucket == .accepted else { return }
        if let account = scored.pointee.finding.accountId { failingAccounts.insert(account) }
        for index in scored.pointee.finding.resources.indices {
            failingResources.insert(scored.pointee.finding.resources[index].id)
        }
        if let id = scored.pointee.acceptanceId { acceptanceIds.insert(id) }
        if let id = scored.pointee.expiredAcceptanceId { expiredAcceptanceIds.insert(id) }
    }
}
