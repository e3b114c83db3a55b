import ReportModel

/// Turns a WAF log record into an observed request: the deciding rule for blocked requests and
/// the count-mode matches.
enum WAFLogRequestReader {
    /// The observed request of a log record.
    /// - Returns: the request.
    static func request(_ export: WAFLogExport) -> WAFObservedRequest {
        let action = (export.action ?? "").uppercased()
        let http = export.httpRequest
        let matchedData = (export.terminatingRuleMatchDetails ?? []).flatMap { ($0.matchedData ?? []).map(\.value) }
        return WAFObservedRequest(
            timestamp: export.timestamp?.date,
            requestId: http?.requestId,
            action: action,
            method: http?.httpMethod ?? "",
            uri: http?.uri ?? "",
            query: http?.args ?? "",
            clientIp: http?.clientIp ?? "",
            country: http?.country ?? "-",
            terminatingWebACLRule: export.terminatingRuleId,
            terminatingMatch: action == "ALLOW" ? nil : terminatingMatch(export),
            countMatches: countMatches(export),
            matchedData: matchedData
        )
    }

    /// The rule that terminated: `group / rule` when a rule group's rule did, else the web ACL rule.
    private static func terminatingMatch(_ export: WAFLogExport) -> WAFObservedRequest.Match {
        let webACLRule = export.terminatingRuleId ?? "Default_Action"
        var conditions = (export.terminatingRuleMatchDetails ?? []).compactMap(\.conditionType)
        let type = export.terminatingRuleType
        if type == "MANAGED_RULE_GROUP" || type == "GROUP" {
            let groups = (export.ruleGroupList ?? []).filter { $0.terminatingRule != nil }
            let group =
                groups.first { $0.terminatingRule?.action?.uppercased() == export.action?.uppercased() }
                ?? groups.first
            if let group, let rule = group.terminatingRule, let ruleId = rule.ruleId {
                let groupName = WAFAttackClassifier.groupName(group.ruleGroupId ?? webACLRule)
                conditions += (rule.ruleMatchDetails ?? []).compactMap(\.conditionType)
                let category = WAFAttackClassifier.category(group: groupName, rule: ruleId, conditionTypes: conditions)
                return WAFObservedRequest.Match(rule: "\(groupName) / \(ruleId)", category: category)
            }
        }
        let category = WAFAttackClassifier.category(
            group: webACLRule,
            rule: webACLRule,
            ruleType: type,
            conditionTypes: conditions
        )
        return WAFObservedRequest.Match(rule: webACLRule, category: category)
    }

    /// Count-mode matches: inside rule groups (a terminating rule whose action is or was
    /// overridden to COUNT, non-terminating COUNT rules, excluded rules); the web ACL's own
    /// non-terminating COUNT rules only when no group reported one (a group in Count mode shows
    /// up in both lists).
    private static func countMatches(_ export: WAFLogExport) -> Set<WAFObservedRequest.Match> {
        var matches: Set<WAFObservedRequest.Match> = []
        for group in export.ruleGroupList ?? [] {
            // Named only when one of its rules counted: most records list every group of the web ACL with none
            // (splitting each group's id at every record was a fifth of a WAF log's import).
            var named: String?
            func add(_ ruleId: String?, _ details: [WAFLogExport.MatchDetail]?) {
                guard let ruleId else { return }
                let groupName = named ?? WAFAttackClassifier.groupName(group.ruleGroupId ?? "")
                named = groupName
                let conditions = (details ?? []).compactMap(\.conditionType)
                let category = WAFAttackClassifier.category(group: groupName, rule: ruleId, conditionTypes: conditions)
                matches.insert(WAFObservedRequest.Match(rule: "\(groupName) / \(ruleId)", category: category))
            }
            if let rule = group.terminatingRule, isCount(rule.action) || isCount(rule.overriddenAction) {
                add(rule.ruleId, rule.ruleMatchDetails)
            }
            for rule in group.nonTerminatingMatchingRules ?? [] where isCount(rule.action) {
                add(rule.ruleId, rule.ruleMatchDetails)
            }
            for rule in group.excludedRules ?? [] { add(rule.ruleId, nil) }
        }
        guard matches.isEmpty else { return matches }
        for rule in export.nonTerminatingMatchingRules ?? [] where isCount(rule.action) {
            guard let ruleId = rule.ruleId else { continue }
            let conditions = (rule.ruleMatchDetails ?? []).compactMap(\.conditionType)
            let category = WAFAttackClassifier.category(group: ruleId, rule: ruleId, conditionTypes: conditions)
            matches.insert(WAFObservedRequest.Match(rule: ruleId, category: category))
        }
        return matches
    }

    private static func isCount(_ action: String?) -> Bool { action?.uppercased() == "COUNT" }
}
