/// One recorded risk acceptance, as kept by the team in `risk-acceptances.yml`.
public struct RiskAcceptance: Sendable, Equatable, Codable {
    /// A stable id, e.g. `RA-2026-001`.
    public var id: String
    /// What it covers; every given condition must hold.
    public var match: AcceptanceMatch
    /// Why the risk is accepted.
    public var reason: String
    /// Who owns the risk.
    public var owner: String
    /// Who approved the decision.
    public var approvedBy: String
    /// When it was accepted.
    public var acceptedOn: ReportDate
    /// When it must be reviewed; after this day it no longer applies.
    public var expiresOn: ReportDate
    /// The ticket that records the decision.
    public var ticket: String?
    /// Measures that reduce the accepted risk.
    public var compensatingControls: [String]
    /// Where the entry is written (`file:line`).
    public var source: String

    /// Creates an acceptance; every argument sets the property of the same name.
    public init(
        id: String,
        match: AcceptanceMatch,
        reason: String,
        owner: String,
        approvedBy: String,
        acceptedOn: ReportDate,
        expiresOn: ReportDate,
        ticket: String? = nil,
        compensatingControls: [String] = [],
        source: String = ""
    ) {
        self.id = id
        self.match = match
        self.reason = reason
        self.owner = owner
        self.approvedBy = approvedBy
        self.acceptedOn = acceptedOn
        self.expiresOn = expiresOn
        self.ticket = ticket
        self.compensatingControls = compensatingControls
        self.source = source
    }
}

/// The conditions of an acceptance. Empty lists are "any"; all non-empty lists must match.
public struct AcceptanceMatch: Sendable, Equatable, Codable {
    /// Security control ids (`IAM.6`), matched case-insensitively.
    public var controls: [String]
    /// Finding ids, exactly.
    public var findingIds: [String]
    /// Product names or product ARNs (`GuardDuty`, `arn:aws:securityhub:…::product/aws/guardduty`).
    public var products: [String]
    /// Resource ARN globs (`*` matches any run of characters).
    public var resources: [String]
    /// Account ids.
    public var accounts: [String]
    /// Environment names (`prod`, `staging`, `dev`) or environment names from environments.yml.
    public var environments: [String]
    /// Regions.
    public var regions: [String]
    /// CVE or GHSA ids.
    public var cves: [String]
    /// Severities.
    public var severities: [Severity]
    /// Resource tags: a finding matches when one of its resources carries every listed key with a value the glob
    /// matches (`copilot-application: "*"`, `aws:cloudformation:stack-name: "shop-*"`). Sorted by key.
    public var tags: [TagCondition]

    /// Creates a match; every argument sets the property of the same name, the tag conditions sorted by key.
    public init(
        controls: [String] = [],
        findingIds: [String] = [],
        products: [String] = [],
        resources: [String] = [],
        accounts: [String] = [],
        environments: [String] = [],
        regions: [String] = [],
        cves: [String] = [],
        severities: [Severity] = [],
        tags: [TagCondition] = []
    ) {
        self.controls = controls
        self.findingIds = findingIds
        self.products = products
        self.resources = resources
        self.accounts = accounts
        self.environments = environments
        self.regions = regions
        self.cves = cves
        self.severities = severities
        self.tags = tags.sorted { $0.key < $1.key }
    }

    private enum CodingKeys: String, CodingKey {
        case controls, findingIds, products, resources, accounts, environments, regions, cves, severities, tags
    }

    /// Decodes a match; `tags` may be absent (snapshots written before tags existed).
    /// - Throws: `DecodingError` for a malformed value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list<T: Decodable>(_ key: CodingKeys) throws -> [T] {
            try container.decodeIfPresent([T].self, forKey: key) ?? []
        }
        self.init(
            controls: try list(.controls),
            findingIds: try list(.findingIds),
            products: try list(.products),
            resources: try list(.resources),
            accounts: try list(.accounts),
            environments: try list(.environments),
            regions: try list(.regions),
            cves: try list(.cves),
            severities: try list(.severities),
            tags: try list(.tags)
        )
    }

    /// Whether no condition is given (such an entry would cover everything and is rejected).
    public var isEmpty: Bool {
        controls.isEmpty && findingIds.isEmpty && products.isEmpty && resources.isEmpty && accounts.isEmpty
            && environments.isEmpty && regions.isEmpty && cves.isEmpty && severities.isEmpty && tags.isEmpty
    }
}

/// One resource-tag condition of an acceptance: the exact tag key and a glob over its value.
public struct TagCondition: Sendable, Equatable, Codable {
    /// The tag key, compared exactly (AWS tag keys are case-sensitive).
    public var key: String
    /// A glob over the tag's value: `*` any run of characters, `?` one character.
    public var value: String

    /// Creates a condition; every argument sets the property of the same name.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// The state of an acceptance on the as-of date.
public enum AcceptanceStatus: String, Sendable, Codable, CaseIterable, Hashable {
    /// In force and matching findings.
    case active
    /// In force, but its review date is within 30 days.
    case expiring
    /// Past its review date: its findings count as open again.
    case expired
    /// In force but matching nothing in the inputs.
    case stale
    /// Accepted on a day after the report date: it does not apply yet, its findings count as open.
    case notYetInForce
}

/// How an acceptance fared against this period's findings.
public struct AcceptanceResult: Sendable, Equatable, Codable {
    /// The acceptance as written.
    public var acceptance: RiskAcceptance
    /// Its state.
    public var status: AcceptanceStatus
    /// Findings it matched (for expired entries: would have matched).
    public var matched: Int
    /// Failed controls it covers completely.
    public var controls: [String]
    /// Layers of the matched findings.
    public var layers: [LayerKey]
    /// Environments of the matched findings.
    public var environments: [String]
    /// Days from the as-of date to the review date (negative once expired).
    public var daysToExpiry: Int
    /// Warnings about the entry itself: over-broad, over a year, covering critical findings in prod.
    public var warnings: [Message]

    /// Creates a result; every argument sets the property of the same name.
    public init(
        acceptance: RiskAcceptance,
        status: AcceptanceStatus,
        matched: Int,
        controls: [String] = [],
        layers: [LayerKey] = [],
        environments: [String] = [],
        daysToExpiry: Int,
        warnings: [Message] = []
    ) {
        self.acceptance = acceptance
        self.status = status
        self.matched = matched
        self.controls = controls
        self.layers = layers
        self.environments = environments
        self.daysToExpiry = daysToExpiry
        self.warnings = warnings
    }
}
