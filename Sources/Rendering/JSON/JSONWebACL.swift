import ReportModel

/// One web ACL in report.json: configuration, checks and rules in evaluation order.
struct JSONWebACL: Encodable, Sendable {
    let name: String
    let id: String
    let arn: String
    let scope: Nullable<String>
    let region: Nullable<String>
    let accountId: Nullable<String>
    let defaultAction: String
    let capacity: Nullable<Int>
    let description: Nullable<String>
    let managedByFirewallManager: Bool
    let enforcing: Enforcing
    let failedChecks: Int
    let checks: [JSONWebACLCheck]
    let rules: [Rule]

    /// How many rules take effect, and which do not.
    struct Enforcing: Encodable, Sendable {
        let rules: Int
        let enforcing: Int
        let notEnforcing: [String]
    }

    /// One rule.
    struct Rule: Encodable, Sendable {
        let name: String
        let priority: Int
        let placement: String
        /// `managedGroup`, `rateBased`, `ruleGroupReference` or `custom`.
        let kind: String
        let vendor: Nullable<String>
        let managedGroup: Nullable<String>
        let version: Nullable<String>
        let limit: Nullable<Int>
        let aggregateKey: Nullable<String>
        let windowSeconds: Nullable<Int>
        let ruleGroupArn: Nullable<String>
        let action: Nullable<String>
        let overrideAction: Nullable<String>
        let enforcing: Bool
        let actionOverrides: [String: String]
        let countedRules: [String]
        let statement: String
        let scopeDown: Nullable<String>
        let labels: [String]

        init(_ rule: WebACLRule) {
            var kind = "custom"
            var vendor: String?
            var group: String?
            var version: String?
            var limit: Int?
            var key: String?
            var window: Int?
            var arn: String?
            switch rule.kind {
            case .managedGroup(let name, let groupName, let groupVersion):
                (kind, vendor, group, version) = ("managedGroup", name, groupName, groupVersion)
            case .rateBased(let rateLimit, let aggregateKey, let windowSeconds):
                (kind, limit, key, window) = ("rateBased", rateLimit, aggregateKey, windowSeconds)
            case .ruleGroupReference(let groupArn):
                (kind, arn) = ("ruleGroupReference", groupArn)
            case .custom:
                break
            }
            name = rule.name
            priority = rule.priority
            placement = rule.placement.rawValue
            self.kind = kind
            self.vendor = Nullable(vendor)
            managedGroup = Nullable(group)
            self.version = Nullable(version)
            self.limit = Nullable(limit)
            aggregateKey = Nullable(key)
            windowSeconds = Nullable(window)
            ruleGroupArn = Nullable(arn)
            action = Nullable(rule.action)
            overrideAction = Nullable(rule.overrideAction)
            enforcing = rule.enforcing
            actionOverrides = rule.actionOverrides
            countedRules = rule.countedRules
            statement = rule.statement
            scopeDown = Nullable(rule.scopeDown)
            labels = rule.labels
        }
    }

    init(_ webACL: WebACLEvidence, english: Phrasebook) {
        name = webACL.name
        id = webACL.id
        arn = webACL.arn
        scope = Nullable(webACL.scope)
        region = Nullable(webACL.region)
        accountId = Nullable(webACL.accountId)
        defaultAction = webACL.defaultAction
        capacity = Nullable(webACL.capacity)
        description = Nullable(webACL.description)
        managedByFirewallManager = webACL.managedByFirewallManager
        enforcing = Enforcing(
            rules: webACL.rules.count,
            enforcing: webACL.rules.filter(\.enforcing).count,
            notEnforcing: webACL.rules.filter { !$0.enforcing }.map(\.name)
        )
        failedChecks = webACL.failures.count
        checks = webACL.checks.map { JSONWebACLCheck($0, english: english) }
        rules = webACL.rules.map(Rule.init)
    }
}
