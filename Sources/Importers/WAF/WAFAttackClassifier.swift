import ReportModel

/// Derives the attack category of a rule match from what the record says about it.
enum WAFAttackClassifier {
    /// The category, from the strongest evidence down: a rate-based rule; the match details'
    /// condition type; the rule name; the rule group name; labels; else `other`.
    /// - Parameters:
    ///   - group: the rule group (`AWSManagedRulesSQLiRuleSet`, or a web ACL rule name).
    ///   - rule: the rule name (inside the group, or the web ACL rule).
    ///   - ruleType: `terminatingRuleType` of a log record (`RATE_BASED`, …).
    ///   - conditionTypes: `conditionType` values of the match details (`SQL_INJECTION`, `XSS`).
    ///   - labels: label names to fall back on (sampled requests only: logs carry every label).
    /// - Returns: the category.
    static func category(
        group: String?,
        rule: String?,
        ruleType: String? = nil,
        conditionTypes: [String] = [],
        labels: [String] = []
    ) -> WAFTrafficCategory {
        if ruleType == "RATE_BASED" { return .rateLimit }
        if conditionTypes.contains("SQL_INJECTION") { return .sqlInjection }
        if conditionTypes.contains("XSS") { return .crossSiteScripting }
        let ruleName = (rule ?? "").lowercased()
        if ruleName.contains("sqli") { return .sqlInjection }
        if ruleName.contains("crosssitescripting") || ruleName.contains("xss") { return .crossSiteScripting }
        // Known bad-bot rules (`UserAgent_BadBots_HEADER` in the core rule set) are bot traffic.
        if ruleName.contains("badbots") || ruleName.contains("bad_bots") { return .bots }
        if let category = groupCategory((group ?? "").lowercased()) { return category }
        for label in labels {
            if let category = labelCategory(label.lowercased()) { return category }
        }
        return .other
    }

    private static func groupCategory(_ group: String) -> WAFTrafficCategory? {
        if group.contains("sqli") { return .sqlInjection }
        if group.contains("knownbadinputs") { return .badInputs }
        if group.contains("ipreputation") || group.contains("anonymousip") { return .ipReputation }
        if group.contains("botcontrol") { return .bots }
        return nil
    }

    private static func labelCategory(_ label: String) -> WAFTrafficCategory? {
        if label.contains(":sql-database:") { return .sqlInjection }
        if label.contains(":core-rule-set:crosssitescripting") { return .crossSiteScripting }
        if label.contains(":known-bad-inputs:") { return .badInputs }
        if label.contains(":amazon-ip-list:") || label.contains(":anonymous-ip-list:") { return .ipReputation }
        if label.contains(":bot-control:") || label.contains("badbots") { return .bots }
        return nil
    }

    /// The readable name of a rule group id: `AWS#AWSManagedRulesSQLiRuleSet` → the part after
    /// the last `#`; a rule group ARN `…/rulegroup/<name>/<id>` → its name.
    /// - Parameter ruleGroupId: the id as logged.
    /// - Returns: the name.
    static func groupName(_ ruleGroupId: String) -> String {
        if ruleGroupId.hasPrefix("arn:") {
            let parts = ruleGroupId.split(separator: "/")
            return parts.count >= 3 ? String(parts[parts.count - 2]) : ruleGroupId
        }
        return ruleGroupId.split(separator: "#").last.map(String.init) ?? ruleGroupId
    }
}
