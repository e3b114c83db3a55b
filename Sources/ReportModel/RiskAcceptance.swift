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

    /// Creates an acceptance.
    /// - Parameters:
    ///   - id: the id.
    ///   - match: what it covers.
    ///   - reason: why.
    ///   - owner: the risk owner.
    ///   - approvedBy: the approver.
    ///   - acceptedOn: the decision date.
    ///   - expiresOn: the review date.
    ///   - ticket: the ticket.
    ///   - compensatingControls: compensating controls.
    ///   - source: where it is written.
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

    /// Creates a match.
    /// - Parameters:
    ///   - controls: control ids.
    ///   - findingIds: finding ids.
    ///   - products: products.
    ///   - resources: resource globs.
    ///   - accounts: accounts.
    ///   - environments: environments.
    ///   - regions: regions.
    ///   - cves: vulnerability ids.
    ///   - severities: severities.
    public init(
        controls: [String] = [],
        findingIds: [String] = [],
        products: [String] = [],
        resources: [String] = [],
        accounts: [String] = [],
        environments: [String] = [],
        regions: [String] = [],
        cves: [String] = [],
        severities: [Severity] = []
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
    }

    /// Whether no condition is given (such an entry would cover everything and is rejected).
    public var isEmpty: Bool {
        controls.isEmpty && findingIds.isEmpty && products.isEmpty && resources.isEmpty && accounts.isEmpty
            && environments.isEmpty && regions.isEmpty && cves.isEmpty && severities.isEmpty
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
    public var warnings: [String]

    /// Creates a result.
    /// - Parameters:
    ///   - acceptance: the acceptance.
    ///   - status: its state.
    ///   - matched: the number of findings matched.
    ///   - controls: failed controls it covers.
    ///   - layers: layers touched.
    ///   - environments: environments touched.
    ///   - daysToExpiry: days to the review date.
    ///   - warnings: warnings about the entry.
    public init(
        acceptance: RiskAcceptance,
        status: AcceptanceStatus,
        matched: Int,
        controls: [String] = [],
        layers: [LayerKey] = [],
        environments: [String] = [],
        daysToExpiry: Int,
        warnings: [String] = []
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
