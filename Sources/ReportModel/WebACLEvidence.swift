/// A WAFv2 web ACL (`get-web-acl`) as configuration evidence for the webapp layer.
public struct WebACLEvidence: Sendable, Equatable, Codable {
    /// The web ACL name.
    public var name: String
    /// The web ACL id (a UUID).
    public var id: String
    /// The web ACL ARN.
    public var arn: String
    /// `REGIONAL` or `CLOUDFRONT`, read from the ARN (`regional/webacl`, `global/webacl`).
    public var scope: String?
    /// The region from the ARN.
    public var region: String?
    /// The account id from the ARN, as text.
    public var accountId: String?
    /// `Allow` or `Block`: what happens to a request no rule terminates.
    public var defaultAction: String
    /// `Capacity`: web ACL capacity units used.
    public var capacity: Int?
    /// `Description`, free text.
    public var description: String?
    /// Whether Firewall Manager manages the web ACL.
    public var managedByFirewallManager: Bool
    /// The rules, Firewall Manager groups included, in evaluation order.
    public var rules: [WebACLRule]
    /// The configuration checks, in a fixed order.
    public var checks: [WebACLCheck]
    /// Where the record was read.
    public var origin: RecordOrigin

    /// Creates web ACL evidence; every argument sets the property of the same name, the rules sorted into
    /// evaluation order.
    public init(
        name: String,
        id: String,
        arn: String,
        scope: String? = nil,
        region: String? = nil,
        accountId: String? = nil,
        defaultAction: String,
        capacity: Int? = nil,
        description: String? = nil,
        managedByFirewallManager: Bool = false,
        rules: [WebACLRule],
        checks: [WebACLCheck] = [],
        origin: RecordOrigin
    ) {
        self.name = name
        self.id = id
        self.arn = arn
        self.scope = scope
        self.region = region
        self.accountId = accountId
        self.defaultAction = defaultAction
        self.capacity = capacity
        self.description = description
        self.managedByFirewallManager = managedByFirewallManager
        self.rules = rules.sorted(by: WebACLRule.evaluationOrder)
        self.checks = checks
        self.origin = origin
    }

    /// The check with an id, if run.
    /// - Parameter id: the check id, e.g. `waf.managed.sqli`.
    /// - Returns: the check.
    public func check(_ id: String) -> WebACLCheck? { checks.first { $0.id == id } }

    /// Checks that failed and are not informational.
    public var failures: [WebACLCheck] { checks.filter(\.isFailure) }

    /// The key two records of the same web ACL share: the ARN, else the id, else the name.
    public var key: String { [arn, id, name].first { !$0.isEmpty } ?? "" }
}
