/// The kind of attack a WAF rule match stands for, derived from the rule group, rule name,
/// labels and match details.
public enum WAFTrafficCategory: String, Sendable, Codable, CodingKeyRepresentable, Hashable, CaseIterable, Comparable {
    /// SQL injection (`AWSManagedRulesSQLiRuleSet`, `SQLi_*` rules, `SQL_INJECTION` match details).
    case sqlInjection = "sqli"
    /// Cross-site scripting (`CrossSiteScripting_*` rules, `XSS` match details).
    case crossSiteScripting = "xss"
    /// Known bad inputs (`AWSManagedRulesKnownBadInputsRuleSet`: Log4j, exploitable paths …).
    case badInputs = "bad-inputs"
    /// IP reputation and anonymous IP lists.
    case ipReputation = "ip-reputation"
    /// Rate-based rules.
    case rateLimit = "rate-limit"
    /// Bot control.
    case bots
    /// Anything else: the team's own rules, other managed rules.
    case other

    /// Orders by declaration order, so listings are stable.
    /// - Returns: whether `lhs` is declared first.
    public static func < (lhs: WAFTrafficCategory, rhs: WAFTrafficCategory) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
