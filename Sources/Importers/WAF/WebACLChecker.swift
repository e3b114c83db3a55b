import ReportModel

/// The web ACL configuration checks: AWS managed rule sets present and enforcing, a rate-based
/// rule, the default action, and the optional operating-system rule sets (informational).
enum WebACLChecker {
    /// A managed rule set the checks look for.
    private struct ManagedSet {
        let id: String
        let group: String
        let title: String
        let informational: Bool
    }

    private static let managedSets: [ManagedSet] = [
        ManagedSet(
            id: "waf.managed.common",
            group: "AWSManagedRulesCommonRuleSet",
            title: "Core rule set present and enforcing",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.sqli",
            group: "AWSManagedRulesSQLiRuleSet",
            title: "SQL injection rule set present and enforcing",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.known-bad-inputs",
            group: "AWSManagedRulesKnownBadInputsRuleSet",
            title: "Known bad inputs rule set present and enforcing",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.ip-reputation",
            group: "AWSManagedRulesAmazonIpReputationList",
            title: "Amazon IP reputation list present and enforcing",
            informational: false
        ),
        ManagedSet(
            id: "waf.managed.linux",
            group: "AWSManagedRulesLinuxRuleSet",
            title: "Linux operating system rule set (optional)",
            informational: true
        ),
        ManagedSet(
            id: "waf.managed.unix",
            group: "AWSManagedRulesUnixRuleSet",
            title: "POSIX operating system rule set (optional)",
            informational: true
        ),
        ManagedSet(
            id: "waf.managed.windows",
            group: "AWSManagedRulesWindowsRuleSet",
            title: "Windows operating system rule set (optional)",
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
        guard !matching.isEmpty else {
            let reason =
                set.informational
                ? "\(set.group) is not in the web ACL (optional: add it when the workload runs on that system)"
                : "\(set.group) is not in the web ACL"
            return WebACLCheck(
                id: set.id,
                title: set.title,
                passed: false,
                informational: set.informational,
                reason: reason
            )
        }
        if let rule = matching.first(where: \.enforcing) {
            var reason = "\(set.group) enforces its rules (\(place(rule)))"
            let counted = rule.countedRules
            if !counted.isEmpty {
                let noun = counted.count == 1 ? "rule" : "rules"
                reason += "; \(counted.count) \(noun) overridden to Count: \(counted.joined(separator: ", "))"
            }
            if let scopeDown = rule.scopeDown { reason += "; only for requests matching \(scopeDown)" }
            return WebACLCheck(
                id: set.id,
                title: set.title,
                passed: true,
                informational: set.informational,
                reason: reason
            )
        }
        let rule = matching[0]
        let reason = "\(set.group) is in Count mode: matches are counted, not blocked (\(place(rule)))"
        return WebACLCheck(
            id: set.id,
            title: set.title,
            passed: false,
            informational: set.informational,
            reason: reason
        )
    }

    private static func rateBasedCheck(_ rules: [WebACLRule]) -> WebACLCheck {
        let id = "waf.rate-based"
        let title = "Rate-based rule present and enforcing"
        let rateRules = rules.filter { if case .rateBased = $0.kind { true } else { false } }
        guard let first = rateRules.first else {
            return WebACLCheck(
                id: id,
                title: title,
                passed: false,
                reason: "no rate-based rule: floods and brute force are not limited"
            )
        }
        guard let rule = rateRules.first(where: \.enforcing),
            case .rateBased(let limit, let key, let window) = rule.kind
        else {
            let reason =
                "\(first.name) is in Count mode: requests over the limit are counted, not blocked (\(place(first)))"
            return WebACLCheck(id: id, title: title, passed: false, reason: reason)
        }
        let action = rule.action ?? "Block"
        let reason =
            "\(rule.name) applies \(action) above \(limit) requests per \(window ?? 300) s per \(key) (\(place(rule)))"
        return WebACLCheck(id: id, title: title, passed: true, reason: reason)
    }

    private static func defaultActionCheck(_ rules: [WebACLRule], defaultAction: String) -> WebACLCheck {
        let id = "waf.default-action"
        let title = "Default action"
        if defaultAction == "Block" {
            return WebACLCheck(
                id: id,
                title: title,
                passed: true,
                reason: "default action Block: only requests a rule allows get through"
            )
        }
        let enforcingGroups = rules.filter { $0.enforcing && $0.managedGroupName != nil }
        guard defaultAction == "Allow" else {
            return WebACLCheck(
                id: id,
                title: title,
                passed: false,
                reason: "default action missing or unknown: \"\(defaultAction)\""
            )
        }
        guard !enforcingGroups.isEmpty else {
            let reason =
                "default action Allow with no enforcing managed rule group: every request no custom rule blocks is allowed"
            return WebACLCheck(id: id, title: title, passed: false, reason: reason)
        }
        let noun = enforcingGroups.count == 1 ? "group" : "groups"
        let reason =
            "default action Allow, behind \(enforcingGroups.count) enforcing managed rule \(noun): "
            + "requests no rule blocks are allowed (the usual setup)"
        return WebACLCheck(id: id, title: title, passed: true, reason: reason)
    }

    private static func place(_ rule: WebACLRule) -> String {
        switch rule.placement {
        case .webACL: "rule \(rule.name), priority \(rule.priority)"
        case .firewallManagerFirst: "Firewall Manager rule group \(rule.name), evaluated first"
        case .firewallManagerLast: "Firewall Manager rule group \(rule.name), evaluated last"
        }
    }
}
