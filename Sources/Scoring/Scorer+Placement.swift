import ReportModel

extension Scorer {
    /// The findings placed and bucketed, which acceptances matched which finding, and rule usage.
    struct Placement {
        var findings: [ScoredFinding]
        /// Acceptance id → identities of the findings it matches (open or suppressed ones).
        var matches: [String: [String]]
        var ruleUsage: [RuleUsage]
    }

    /// From how many findings the two halves are placed at once, on two threads.
    static let placedInHalvesFrom = 20_000

    /// Places every finding in a layer, buckets it, and matches it against the acceptances.
    /// - Parameters:
    ///   - findings: the findings, in import order.
    ///   - asOf: the report date acceptances are in force on.
    ///   - inHalvesFrom: from how many findings the halves are placed on two threads (tests lower it).
    /// - Returns: the scored findings in the same order, the acceptances' matches and the rules' usage.
    func placeFindings(
        _ findings: [Finding],
        asOf: ReportDate,
        inHalvesFrom: Int = Scorer.placedInHalvesFrom
    ) -> Placement {
        let mappings = Dictionary(configuration.environments.map { ($0.accountId, $0) }) { first, _ in first }
        // Each finding is placed on its own: the second half is placed on another thread while this one places
        // the first, and the halves are put together in order (matches, findings and sources as one pass makes them).
        var parts: [PlacedPart]
        if findings.count >= max(2, inHalvesFrom) {
            let middle = findings.count / 2
            let second = OtherThread { [self] in place(findings[middle...], asOf: asOf, mappings: mappings) }
            parts = [place(findings[..<middle], asOf: asOf, mappings: mappings), second.result()]
        } else {
            parts = [place(findings[...], asOf: asOf, mappings: mappings)]
        }
        // The first part's findings and sources taken whole, the others appended (appending copies each
        // finding, retaining its texts, and the part's release gives them back).
        var scored: [ScoredFinding] = []
        var sources: [String] = []
        swap(&scored, &parts[0].scored)
        swap(&sources, &parts[0].sources)
        scored.reserveCapacity(findings.count)
        sources.reserveCapacity(findings.count)
        var matches: [String: [String]] = [:]
        var usage: [String: RuleUsage] = [:]
        for part in parts {
            scored.append(contentsOf: part.scored)
            sources.append(contentsOf: part.sources)
            for (acceptance, identities) in part.matches { matches[acceptance, default: []] += identities }
            for (wording, layer, count) in part.placements {
                let unused = RuleUsage(rule: wording.ruleName, layer: layer, source: wording.source, findings: 0)
                usage[wording.usageKey, default: unused].findings += count
            }
        }
        // Each rule's wording made once, not once per comparison (a message's text is rendered, not stored).
        let keyed = usage.values.map { usage in
            (usage: usage, key: (usage.layer, usage.source == "default" ? 1 : 0, usage.rule.description))
        }
        let rules = keyed.sorted { $0.key < $1.key }.map(\.usage)
        oneLayerPerControl(&scored, sources: sources)
        return Placement(findings: scored, matches: matches, ruleUsage: rules)
    }

    /// Places, buckets and matches a run of findings, in order.
    private func place(
        _ findings: ArraySlice<Finding>,
        asOf: ReportDate,
        mappings: [String: EnvironmentMapping]
    ) -> PlacedPart {
        let matcher = AcceptanceMatcher()
        var part = PlacedPart()
        // The few distinct rule messages, made once per rule and shared by every finding it places (a message
        // per finding cost as much memory as the findings' own strings), with how many findings each placed:
        // found by the rule's number (`LayerRuleSet.placement`), position 0 for no rule (a finding's rule usage
        // is counted by wording at the end).
        let rules = configuration.rules
        var wordingOf = [Int](repeating: -1, count: rules.numberedRules + 1)
        part.scored.reserveCapacity(findings.count)
        part.sources.reserveCapacity(findings.count)

        for finding in findings {
            let (layer, rule) = rules.placement(finding)
            let mapping = finding.accountId.flatMap { mappings[$0] }
            let environment = mapping?.environment ?? "unmapped"
            var bucket = Self.baseBucket(finding)
            var acceptanceId: String? = nil
            var expiredAcceptanceId: String? = nil

            if bucket == .open || bucket == .suppressed {
                let context = AcceptanceMatcher.Context(environment: environment, accountName: mapping?.name)
                for acceptance in configuration.acceptances
                where matcher.matches(acceptance, finding, context: context) {
                    part.matches[acceptance.id, default: []].append(finding.identity)
                    if acceptance.applies(on: asOf) {
                        if acceptanceId == nil { acceptanceId = acceptance.id }
                    } else if asOf > acceptance.expiresOn, expiredAcceptanceId == nil {
                        expiredAcceptanceId = acceptance.id
                    }
                }
                if bucket == .open, acceptanceId != nil { bucket = .accepted }
            }

            let slot = rule.map { $0 + 1 } ?? 0
            if wordingOf[slot] < 0 {
                wordingOf[slot] = part.placements.count
                part.placements.append((RuleWording(rule: rule.map(rules.rule(numbered:)), layer: layer), layer, 0))
            }
            let placement = wordingOf[slot]
            part.placements[placement].findings += 1
            let wording = part.placements[placement].wording
            part.sources.append(wording.source)

            part.scored.append(
                ScoredFinding(
                    finding: finding,
                    layer: layer,
                    placedBy: wording.placedBy,
                    environment: environment,
                    bucket: bucket,
                    acceptanceId: acceptanceId,
                    expiredAcceptanceId: acceptanceId == nil ? expiredAcceptanceId : nil,
                    ageDays: (finding.firstObservedAt ?? finding.createdAt).map { ReportDate($0).days(until: asOf) }
                )
            )
        }
        return part
    }

    /// Keeps every control in one layer: when rules split a control's findings over layers, the
    /// user's rule that placed one of them picks the layer of the whole control (the earliest rule in
    /// the layers file), else the layer most of its findings got (ties: report order of layers).
    /// Changed in place: a changed copy of the list would copy every finding (retaining its texts) to change a few.
    func oneLayerPerControl(_ findings: inout [ScoredFinding], sources: [String]) {
        // One pass numbers each control finding's control (`ControlNumbering`) and notes whether a control's
        // findings got more than one layer; only those controls are grouped and looked at again.
        var numbering = ControlNumbering(catalogue: configuration.catalogue)
        var firstLayer: [LayerKey] = []
        var mixed: [Bool] = []
        var numberOf = [Int](repeating: -1, count: findings.count)
        for index in findings.indices {
            guard let id = findings[index].finding.controlId, findings[index].finding.compliance != nil else {
                continue
            }
            let number = numbering.number(control: id)
            if number == firstLayer.count {
                firstLayer.append(findings[index].layer)
                mixed.append(false)
            }
            numberOf[index] = number
            if firstLayer[number] != findings[index].layer { mixed[number] = true }
        }
        guard mixed.contains(true) else { return }
        var groups: [Int: [Int]] = [:]
        for index in findings.indices where numberOf[index] >= 0 && mixed[numberOf[index]] {
            groups[numberOf[index], default: []].append(index)
        }
        for (number, indices) in groups {
            let control = numbering.controls[number]
            let byUserRule = indices.filter { sources[$0] != "default" && sources[$0] != "—" }
                .min {
                    Self.ruleOrder(sources[$0], findings[$0].layer) < Self.ruleOrder(sources[$1], findings[$1].layer)
                }
            let layer: LayerKey
            if let index = byUserRule {
                layer = findings[index].layer
            } else {
                let counts = Dictionary(grouping: indices, by: { findings[$0].layer }).mapValues(\.count)
                layer = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .unclassified
            }
            for index in indices where findings[index].layer != layer {
                findings[index].layer = layer
                let moved = Message(.controlOneLayer, ["control": .text(control), "layer": .text("\(layer)")])
                findings[index].placedBy = Message(
                    .clauses,
                    ["first": .message(findings[index].placedBy), "second": .message(moved)]
                )
            }
        }
    }

    /// Orders user rules by file and line (`layers.yml:12`), numerically.
    private static func ruleOrder(_ source: String, _ layer: LayerKey) -> (String, Int, LayerKey) {
        let parts = source.split(separator: ":")
        let line = parts.last.flatMap { Int($0) } ?? Int.max
        return (parts.dropLast().joined(separator: ":"), line, layer)
    }

    /// The bucket a finding falls in before acceptances are applied.
    static func baseBucket(_ finding: Finding) -> FindingBucket {
        if finding.isSample { return .sample }
        if finding.recordState == .archived { return .archived }
        if finding.workflow == .suppressed { return .suppressed }
        if let compliance = finding.compliance {
            switch compliance {
            case .passed: return .passed
            case .failed: return .open  // RESOLVED on a FAILED control is only a claim: it still fails
            case .warning, .notAvailable, .unrecognized: return .unknown
            }
        }
        return finding.workflow == .resolved ? .resolved : .open
    }
}

extension RiskAcceptance {
    /// Whether the acceptance is in force on a date: accepted on or before it, expiring on or after it.
    /// - Returns: true when it applies.
    func applies(on date: ReportDate) -> Bool {
        acceptedOn <= date && date <= expiresOn
    }
}

/// What placing a run of findings made: the scored findings and each one's rule source, in order, the
/// acceptances' matches in order, and each rule wording with how many findings it placed.
private struct PlacedPart: Sendable {
    var scored: [ScoredFinding] = []
    var sources: [String] = []
    var matches: [String: [String]] = [:]
    var placements: [(wording: RuleWording, layer: LayerKey, findings: Int)] = []
}

/// How a rule (or no rule) that placed findings in a layer is worded: in the rule-usage table and
/// as each finding's `placedBy`.
private struct RuleWording: Sendable {
    let ruleName: Message
    let source: String
    /// The rule-usage table's key: the rule's wording and its source.
    let usageKey: String
    let placedBy: Message

    init(rule: LayerRule?, layer: LayerKey) {
        ruleName =
            rule.map { Message(.ruleLayer, ["rule": .message($0.summary), "layer": .text("\(layer)")]) }
            ?? Message(.noRuleMatchedUnclassified)
        source = rule?.source ?? "—"
        usageKey = ruleName.description + "\u{0}" + source
        placedBy =
            rule.map { Message(.placedByRule, ["rule": .message($0.summary), "source": .text($0.source)]) }
            ?? Message(.noRuleMatched)
    }
}
