/// `aws wafv2 get-web-acl` output (docs/formats.md §10.1): `{"WebACL": {…}, "LockToken": …}`, or the
/// bare WebACL object. Every member optional; unknown keys ignored.
struct WebACLExport: Decodable {
    var name: String?
    var id: String?
    var arn: String?
    var defaultAction: [String: IgnoredJSON]?
    var description: String?
    var rules: [Rule]?
    var capacity: LenientInt?
    var managedByFirewallManager: Bool?
    var preProcessFirewallManagerRuleGroups: [FirewallManagerRuleGroup]?
    var postProcessFirewallManagerRuleGroups: [FirewallManagerRuleGroup]?

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case id = "Id"
        case arn = "ARN"
        case defaultAction = "DefaultAction"
        case description = "Description"
        case rules = "Rules"
        case capacity = "Capacity"
        case managedByFirewallManager = "ManagedByFirewallManager"
        case preProcessFirewallManagerRuleGroups = "PreProcessFirewallManagerRuleGroups"
        case postProcessFirewallManagerRuleGroups = "PostProcessFirewallManagerRuleGroups"
    }

    /// The `get-web-acl` wrapper.
    struct Envelope: Decodable {
        var webACL: WebACLExport?

        enum CodingKeys: String, CodingKey {
            case webACL = "WebACL"
        }
    }

    struct Rule: Decodable {
        var name: String?
        var priority: LenientInt?
        var statement: WebACLStatementExport?
        var action: [String: IgnoredJSON]?
        var overrideAction: [String: IgnoredJSON]?
        var ruleLabels: [Label]?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case priority = "Priority"
            case statement = "Statement"
            case action = "Action"
            case overrideAction = "OverrideAction"
            case ruleLabels = "RuleLabels"
        }
    }

    /// A Firewall Manager rule group evaluated before or after the web ACL's own rules.
    struct FirewallManagerRuleGroup: Decodable {
        var name: String?
        var priority: LenientInt?
        var statement: WebACLStatementExport?
        var overrideAction: [String: IgnoredJSON]?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case priority = "Priority"
            case statement = "FirewallManagerStatement"
            case overrideAction = "OverrideAction"
        }
    }

    struct Label: Decodable {
        var name: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
        }
    }
}

/// Any JSON value, skipped: for one-key unions whose inner object does not matter (`{"Block": {}}`).
struct IgnoredJSON: Decodable {
    init(from decoder: any Decoder) throws {}
}

extension Dictionary where Key == String, Value == IgnoredJSON {
    /// The key of a one-key union object (`{"Count": {}}` → `Count`); the first in sorted order
    /// when there are several.
    var unionKey: String? { keys.sorted().first }
}
