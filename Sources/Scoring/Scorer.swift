public import ReportModel

/// Scores one period: places findings in layers, applies acceptances, derives control statuses
/// exactly as Security Hub does, and accounts for every record.
public struct Scorer: Sendable {
    /// The configuration.
    public let configuration: ScoringConfiguration

    /// Creates a scorer.
    /// - Parameter configuration: rules, catalogue, acceptances and environments.
    public init(configuration: ScoringConfiguration) {
        self.configuration = configuration
    }

    /// Scores imported data as of a date.
    /// - Parameters:
    ///   - data: the imported findings and ledger.
    ///   - asOf: the as-of date; acceptances are valid or expired relative to it.
    /// - Returns: the scored report.
    public func score(_ data: ImportedData, asOf: ReportDate) -> ScoredReport {
        let identified = identifyControls(data.findings)
        var placement = placeFindings(identified.findings, asOf: asOf)
        var findings = placement.findings
        placement.findings = []
        let identityOrder = Self.sortIntoReportOrder(&findings)
        // What reads the placed findings alone (the reconciliation of the input's counts, the other tools' checks)
        // is made on another thread while this one observes the control findings.
        let byFindings = OtherThread { [self, findings] in
            (reconciled: reconciliation(data, findings: findings), otherChecks: otherCheckScores(findings))
        }
        var observations: [ControlObservation] = []
        observations.reserveCapacity(findings.count)
        var numbering = ControlNumbering(catalogue: configuration.catalogue)
        for index in findings.indices {
            if let observation = numbering.observe(findings[index], index: index) { observations.append(observation) }
        }
        // What follows reads the placed findings and the observations only: the per-standard scores and the layers are
        // made on another thread while this one makes the controls, acceptances and environments (about as long: with
        // the environments on the other thread too, this one waited for them).
        let other = OtherThread { [self, observations, findings, numbering] in
            (
                byStandard: standardScores(observations, findings: findings, numbering: numbering),
                layers: layerAssessments(findings, observations: observations)
            )
        }
        let controls = controlResults(observations, findings: findings)
        let acceptances = acceptanceResults(placement.matches, findings: findings, asOf: asOf)

        var overall = ControlCounts()
        for control in controls { overall.add(control.state) }
        let environments = environmentAssessments(
            findings,
            observations: observations,
            evidenceAccounts: Self.evidenceAccounts(data.frontDoor)
        )
        let (reconciled, otherChecks) = byFindings.result()
        let (standards, layers) = other.result()

        let report = ScoredReport(
            asOf: asOf,
            overall: overall,
            layers: layers,
            environments: environments,
            controls: controls,
            findings: findings,
            acceptances: acceptances,
            reconciliation: reconciled,
            inputs: data.inputs,
            diagnostics: [],
            layerRules: placement.ruleUsage,
            frontDoor: data.frontDoor
        )
        var scored = report
        scored.byStandard = standards
        scored.otherChecks = otherChecks
        scored.identityOrder = IdentityOrder(identityOrder)
        scored.diagnostics = Diagnostic.ordered(data.diagnostics + identified.diagnostics + diagnostics(for: report))
        return scored
    }

    private func layerAssessments(
        _ findings: [ScoredFinding],
        observations: [ControlObservation]
    ) -> [LayerAssessment] {
        let tallies = Tally.by(findings) { $0.layer }
        var byLayer: [LayerKey: ControlTallies] = [:]
        for observation in observations { byLayer[observation.layer, default: ControlTallies()].add(observation) }
        return LayerKey.all.map { layer in
            LayerAssessment(
                layer: layer,
                controls: byLayer[layer]?.counts ?? ControlCounts(),
                openFindings: tallies[layer]?.open ?? SeverityCounts(),
                acceptedFindings: tallies[layer]?.accepted ?? 0
            )
        }
    }

    /// Accounts named only by evidence: ECR images' registries, web ACL and logged web ACL ARNs.
    static func evidenceAccounts(_ evidence: FrontDoorEvidence) -> Set<String> {
        var accounts = Set(evidence.images.map(\.registryId))
        for arn in evidence.webACLs.map(\.arn) + evidence.traffic.map(\.webACL) {
            let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count > 4, parts[0] == "arn" { accounts.insert(String(parts[4])) }
        }
        return accounts.filter { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    private func environmentAssessments(
        _ findings: [ScoredFinding],
        observations: [ControlObservation],
        evidenceAccounts: Set<String> = []
    ) -> [EnvironmentAssessment] {
        let tallies = Tally.by(findings) { $0.finding.accountId ?? "unknown" }
        var byAccount: [String: ControlTallies] = [:]
        for observation in observations { byAccount[observation.account, default: ControlTallies()].add(observation) }
        let mappings = Dictionary(configuration.environments.map { ($0.accountId, $0) }) { first, _ in first }
        var accounts = Set(tallies.keys)
        accounts.formUnion(mappings.keys)
        accounts.formUnion(evidenceAccounts)
        return accounts.map { account in
            let mapping = mappings[account]
            return EnvironmentAssessment(
                accountId: account,
                name: mapping?.name ?? account,
                environment: mapping?.environment ?? "unmapped",
                mapped: mapping != nil,
                controls: byAccount[account]?.counts ?? ControlCounts(),
                openFindings: tallies[account]?.open ?? SeverityCounts(),
                acceptedFindings: tallies[account]?.accepted ?? 0
            )
        }
        .sorted {
            (EnvironmentMapping.rank(of: $0.environment), $0.name, $0.accountId)
                < (EnvironmentMapping.rank(of: $1.environment), $1.name, $1.accountId)
        }
    }

    private func reconciliation(_ data: ImportedData, findings: [ScoredFinding]) -> Reconciliation {
        var buckets: [FindingBucket: Int] = [:]
        for bucket in FindingBucket.allCases { buckets[bucket] = 0 }
        // Through the buffer: `for finding in findings` copied each finding, retaining what it shares with the
        // findings the other threads read.
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices { buckets[findings[index].bucket, default: 0] += 1 }
        }
        var reconciliation = Reconciliation(
            records: data.records,
            duplicates: data.duplicates,
            skipped: data.skipped.count { !$0.unreadable },
            evidence: data.inputs.reduce(0) { $0 + $1.evidenceRecords },
            buckets: buckets
        )
        reconciliation.unreadable = data.skipped.count(where: \.unreadable)
        reconciliation.unreadableFiles = data.inputs.count { $0.unreadableReason != nil }
        return reconciliation
    }

    /// Sorts into report order: severity (worst first), layer, environment (prod first), product,
    /// identity. Sorts positions by precomputed keys, then moves the findings in place, by swaps along the
    /// permutation's cycles, so no second array of 100k findings is made.
    /// - Returns: when the findings came in identity order, the report position of each, in that order (what
    ///   history's rows are written in: `FindingRows`); else nil.
    @discardableResult
    static func sortIntoReportOrder(_ findings: inout [ScoredFinding]) -> [Int32]? {
        // Findings that come in identity order (as the import hands them over) break ties by position,
        // which orders them exactly as their identities do, for an integer comparison.
        // Read through the buffer: a copy of the array held by the other thread's closure could outlive the check
        // and make the swaps below copy every finding.
        let inIdentityOrder = findings.withUnsafeBufferPointer { buffer in
            let read = InHalves.Shared(buffer)
            return InHalves.allSatisfy(1..<max(1, buffer.count)) {
                read.value[$0 - 1].finding.identityKey < read.value[$0].finding.identityKey
            }
        }
        let order: [Int]
        if inIdentityOrder, let packed = packedReportOrder(findings) {
            order = packed
        } else {
            let keys = findings.indices.map { index in
                let scored = findings[index]
                return SortKey(
                    severity: -scored.finding.severity.rank,
                    layer: LayerKey.all.firstIndex(of: scored.layer) ?? 0,
                    environment: EnvironmentMapping.rank(of: scored.environment),
                    product: scored.finding.productName,
                    identity: inIdentityOrder ? nil : scored.finding.identityKey,
                    position: index
                )
            }
            order = findings.indices.sorted { keys[$0] < keys[$1] }
        }
        // Each cycle of the permutation rotated by swaps inside the buffer: a buffer's swap moves two findings as
        // they are, where an assignment, or the array's swap, copies one (retaining each of its texts) and releases.
        var placed = [Bool](repeating: false, count: findings.count)
        findings.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                var position = start
                while true {
                    placed[position] = true
                    let source = order[position]
                    if source == start { break }
                    buffer.swapAt(position, source)
                    position = source
                }
            }
        }
        guard inIdentityOrder else { return nil }
        var byIdentity = [Int32](repeating: 0, count: findings.count)
        for (position, source) in order.enumerated() { byIdentity[source] = Int32(truncatingIfNeeded: position) }
        return byIdentity
    }

    /// The report order of findings that came in identity order, as `SortKey` orders them, from one integer a
    /// finding: severity, layer and environment in four bits each, the product's rank among the distinct product
    /// names (ordered as `String` orders them, so equal names share a rank) in twenty, the position in thirty-two.
    /// - Returns: the positions in report order; nil when a part does not fit its bits.
    static func packedReportOrder(_ findings: [ScoredFinding]) -> [Int]? {
        guard findings.count <= Int(UInt32.max) else { return nil }
        // Each distinct product name once (neighbours mostly share one: compared before it is hashed).
        var products: [String: Int] = [:]
        var names: [String] = []
        var productOf = [Int](repeating: 0, count: findings.count)
        var previous: (name: String, number: Int)?
        for index in findings.indices {
            let name = findings[index].finding.productName
            if let previous, previous.name == name {
                productOf[index] = previous.number
                continue
            }
            let number: Int
            if let known = products[name] {
                number = known
            } else {
                number = names.count
                names.append(name)
                products[name] = number
            }
            productOf[index] = number
            previous = (name, number)
        }
        guard names.count < 1 << 20 else { return nil }
        var rankOf = [UInt64](repeating: 0, count: names.count)
        for (rank, number) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() {
            rankOf[number] = UInt64(rank)
        }
        var keys: [UInt64] = []
        keys.reserveCapacity(findings.count)
        // The few environments' ranks, each worked out once (`rank(of:)` lowercases the name); neighbours mostly
        // share one, compared before it is hashed.
        var environments: [String: Int] = [:]
        var lastEnvironment: (name: String, rank: Int)?
        for index in findings.indices {
            // Read in place: a copy of the scored finding would retain and release each of its texts.
            let severity = 4 - findings[index].finding.severity.rank
            let layer = LayerKey.all.firstIndex(of: findings[index].layer) ?? 0
            let environment: Int
            if let last = lastEnvironment, last.name == findings[index].environment {
                environment = last.rank
            } else if let known = environments[findings[index].environment] {
                environment = known
                lastEnvironment = (findings[index].environment, known)
            } else {
                environment = EnvironmentMapping.rank(of: findings[index].environment)
                environments[findings[index].environment] = environment
                lastEnvironment = (findings[index].environment, environment)
            }
            guard (0..<16).contains(severity), (0..<16).contains(layer), (0..<16).contains(environment) else {
                return nil
            }
            let leading = UInt64(severity) << 60 | UInt64(layer) << 56 | UInt64(environment) << 52
            keys.append(leading | rankOf[productOf[index]] << 32 | UInt64(index))
        }
        keys.sort()
        return keys.map { Int($0 & 0xFFFF_FFFF) }
    }

    private struct SortKey: Comparable {
        var severity: Int
        var layer: Int
        var environment: Int
        var product: String
        /// `nil` when the positions are in identity order.
        var identity: FindingIdentity?
        var position: Int

        /// The tuple order of (severity, layer, environment, product, identity), member by member without
        /// building the tuples (which copies every string, 1.7M times for 100k findings); positions stand
        /// for identities that are in order.
        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            if lhs.layer != rhs.layer { return lhs.layer < rhs.layer }
            if lhs.environment != rhs.environment { return lhs.environment < rhs.environment }
            if lhs.product != rhs.product { return lhs.product < rhs.product }
            if let left = lhs.identity, let right = rhs.identity, left != right { return left < right }
            return lhs.position < rhs.position
        }
    }

    /// Open findings by severity and accepted findings, counted per group in one pass.
    struct Tally {
        var open = SeverityCounts()
        var accepted = 0

        static func by<Key: Hashable>(_ findings: [ScoredFinding], _ key: (ScoredFinding) -> Key) -> [Key: Tally] {
            var tallies: [Key: Tally] = [:]
            // Each finding lent where the array holds it (`for finding in findings` copied each, retaining its
            // storage, texts and decisions).
            findings.withUnsafeBufferPointer { findings in
                for index in findings.indices where findings[index].bucket != .sample {
                    let tallied = key(findings[index])
                    switch findings[index].bucket {
                    case .open: tallies[tallied, default: Tally()].open.add(findings[index].finding.severity)
                    case .accepted: tallies[tallied, default: Tally()].accepted += 1
                    default: tallies[tallied] = tallies[tallied] ?? Tally()
                    }
                }
            }
            return tallies
        }
    }
}
