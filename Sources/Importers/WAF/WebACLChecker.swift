import ReportModel

/// The web ACL configuration checks: AWS managed rule sets present and enforcing, a rate-based
/// rule, the default action, and the optional operating-system rule sets (informational).
enum WebACLChecker {
    /// A managed rule set the checks look for.
    private struct ManagedSet {
        let id: String
        let group: String
        let informational: Bool
    }

    private static let managedSets: [ManagedSet] = [
        ManagedSet(
            id: "waf.managed.common",
            group: "AWSManagedRulesCommonRuleSet",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.sqli",
            group: "AWSManagedRulesSQLiRuleSet",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.known-bad-inputs",
            group: "AWSManagedRulesKnownBadInputsRuleSet",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.ip-reputation",
            group: "AWSManagedRulesAmazonIpReputationList",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.linux",
            group: "AWSManagedRulesLinuxRuleSet",
            informational: true
        ),
        ManagedSet(
            id: "waf.managed.unix",
            group: "AWSManagedRulesUnixRuleSet",
            informational: true
        ),
        ManagedSet(
            id: "waf.managed.windows",
            group: "AWSManagedRulesWindowsRuleSet",
            informational: true
        ),
    ]

    /// Runs every check, in a fixed order.
    /// - Parameters:
    ///   - rules: the web ACL's rules.
    ///   - defaultAction: `Allow` or `Block`.
    /// - Returns: the checks.
    static func checks(rules: [WebACLRule], defaultAction: String) -> [WebACLCheck] {
        let ordered = rules.sorted(by: WebACLRule.evaluationOrder)
        return managedSets.map { managedCheck($0, rules: ordered) }
            + [rateBasedCheck(ordered), defaultActionCheck(ordered, defaultAction: defaultAction)]
    }

    private static func managedCheck(_ set: ManagedSet, rules: [WebACLRule]) -> WebACLCheck {
        let matching = rules.filter { rule in
            guard case .managedGroup(let vendor, let name, _) = rule.kind else { return false }
            return vendor == "AWS" && name == set.group
        }
        let group = MessageParameter.text(set.group)
        guard !matching.isEmpty else {
            let reason = Message(set.informational ? .wafManagedMissingOptional : .wafManagedMissing, ["group": group])
            return WebACLCheck(id: set.id, passed: false, informational: set.informational, reason: reason)
        }
        if let rule = matching.first(where: \.enforcing) {
            var reason = Message(.wafManagedEnforcing, ["group": group, "place": .message(place(rule))])
            let counted = rule.countedRules
            if !counted.isEmpty {
                let detail = Message(.wafOverriddenToCount, ["count": .number(counted.count), "rules": .list(counted)])
                reason = Message(.clauses, ["first": .message(reason), "second": .message(detail)])
            }
            if let scopeDown = rule.scopeDown {
                let detail = Message(.wafScopedDown, ["statement": .text(scopeDown)])
                reason = Message(.clauses, ["first": .message(reason), "second": .message(detail)])
            }
            return WebACLCheck(id: set.id, passed: true, informational: set.informational, reason: reason)
        }
        let rule = matching[0]
        let reason = Message(.wafCountMode, ["group": group, "place": .message(place(rule))])
        return WebACLCheck(id: set.id, passed: false, informational: set.informational, reason: reason)
    }

    private static func rateBasedCheck(_ rules: [WebACLRule]) -> WebACLCheck {
        let id = "waf.rate-based"
        let rateRules = rules.filter { if case .rateBased = $0.kind { true } else { false } }
        guard let first = rateRules.first else {
            return WebACLCheck(id: id, passed: false, reason: Message(.wafNoRateRule))
        }
        guard let rule = rateRules.first(where: \.enforcing),
            case .rateBased(let limit, let key, let window) = rule.kind
        else {
            let reason = Message(.wafRateCountMode, ["rule": .text(first.name), "place": .message(place(first))])
            return WebACLCheck(id: id, passed: false, reason: reason)
        }
        let reason = Message(
            .wafRateEnforcing,
            [
                "rule": .text(rule.name), "action": .text(rule.action ?? "Block"), "limit": .number(limit),
                "window": .number(window ?? 300), "key": .text(key), "place": .message(place(rule)),
            ]
        )
        return WebACLCheck(id: id, passed: true, reason: reason)
    }

    private static func defaultActionCheck(_ rules: [WebACLRule], defaultAction: String) -> WebACLCheck {
        let id = "waf.default-action"
        if defaultAction == "Block" {
            return WebACLCheck(id: id, passed: true, reason: Message(.wafDefaultBlock))
        }
        let enforcingGroups = rules.filter { $0.enforcing && $0.managedGroupName != nil }
        guard defaultAction == "Allow" else {
            return WebACLCheck(
                id: id,
                passed: false,
                reason: Message(.wafDefaultUnknown, ["value": .text(defaultAction)])
            )
        }
        guard !enforcingGroups.isEmpty else {
            return WebACLCheck(id: id, passed: false, reason: Message(.wafDefaultAllowUnprotected))
        }
        let reason = Message(.wafDefaultAllowProtected, ["count": .number(enforcingGroups.count)])
        return WebACLCheck(id: id, passed: true, reason: reason)
    }

    private static func place(_ rule: WebACLRule) -> Message {
        switch rule.placement {
        case .webACL: Message(.wafPlaceRule, ["rule": .text(rule.name), "priority": .number(rule.priority)])
        case .firewallManagerFirst: Message(.wafPlaceFirewallManagerFirst, ["rule": .text(rule.name)])
        case .firewallManagerLast: Message(.wafPlaceFirewallManagerLast, ["rule": .text(rule.name)])
        }
    }
}
