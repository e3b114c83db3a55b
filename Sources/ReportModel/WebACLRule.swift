/// One rule of a WAFv2 web ACL, as configuration evidence.
public struct WebACLRule: Sendable, Equatable, Codable {
    /// What the rule's top-level statement is.
    public enum Kind: Sendable, Equatable, Hashable, Codable {
        /// A managed rule group (`ManagedRuleGroupStatement`), e.g. AWS `AWSManagedRulesSQLiRuleSet`.
        case managedGroup(vendor: String, name: String, version: String?)
        /// A rate-based rule: `Limit` requests per window, aggregated by `AggregateKeyType`.
        case rateBased(limit: Int, aggregateKey: String, windowSeconds: Int?)
        /// The team's own rule group (`RuleGroupReferenceStatement`).
        case ruleGroupReference(arn: String)
        /// Any other statement: match conditions written in the web ACL itself.
        case custom
    }

    /// Where the rule sits in evaluation order.
    public enum Placement: String, Sendable, Codable, Hashable, CaseIterable {
        /// A Firewall Manager rule group evaluated before the web ACL's own rules.
        case firewallManagerFirst
        /// A rule of the web ACL itself.
        case webACL
        /// A Firewall Manager rule group evaluated after the web ACL's own rules.
        case firewallManagerLast
    }

    /// The rule name.
    public var name: String
    /// `Priority`: evaluation order within its placement.
    public var priority: Int
    /// Firewall Manager first, the web ACL's own, or Firewall Manager last.
    public var placement: Placement
    /// The kind of the top-level statement.
    public var kind: Kind
    /// `Action` of a rule with its own statement: `Allow`, `Block`, `Count`, `Captcha`, `Challenge`.
    public var action: String?
    /// `OverrideAction` of a rule-group rule: `None` (the group's own actions) or `Count`.
    public var overrideAction: String?
    /// Whether a match takes effect: false for `Action` Count or `OverrideAction` Count.
    public var enforcing: Bool
    /// Rules inside the group whose action is overridden (`RuleActionOverrides`; `ExcludedRules`
    /// as `Count`), rule name to action, e.g. `SizeRestrictions_BODY: Count`.
    public var actionOverrides: [String: String]
    /// The statement in readable form, base64 search strings decoded, e.g.
    /// `AND(ByteMatch(SingleHeader user-agent CONTAINS "sqlmap"), …)`.
    public var statement: String
    /// The scope-down statement of a managed group or rate-based rule, in readable form.
    public var scopeDown: String?
    /// `RuleLabels` the rule adds.
    public var labels: [String]

    /// Creates a rule; every argument sets the property of the same name.
    public init(
        name: String,
        priority: Int,
        placement: Placement = .webACL,
        kind: Kind,
        action: String? = nil,
        overrideAction: String? = nil,
        enforcing: Bool,
        actionOverrides: [String: String] = [:],
        statement: String,
        scopeDown: String? = nil,
        labels: [String] = []
    ) {
        self.name = name
        self.priority = priority
        self.placement = placement
        self.kind = kind
        self.action = action
        self.overrideAction = overrideAction
        self.enforcing = enforcing
        self.actionOverrides = actionOverrides
        self.statement = statement
        self.scopeDown = scopeDown
        self.labels = labels
    }

    /// Rules inside the group overridden to count only, sorted.
    public var countedRules: [String] {
        actionOverrides.filter { $0.value.lowercased() == "count" }.keys.sorted()
    }

    /// The managed group's name, when the rule is one.
    public var managedGroupName: String? {
        if case .managedGroup(_, let name, _) = kind { return name }
        return nil
    }

    /// Orders by placement, then priority, then name: AWS evaluation order, totalised.
    /// - Returns: whether `lhs` is evaluated first.
    public static func evaluationOrder(_ lhs: WebACLRule, _ rhs: WebACLRule) -> Bool {
        let lhsPlace = Placement.allCases.firstIndex(of: lhs.placement) ?? 0
        let rhsPlace = Placement.allCases.firstIndex(of: rhs.placement) ?? 0
        return (lhsPlace, lhs.priority, lhs.name) < (rhsPlace, rhs.priority, rhs.name)
    }
}
