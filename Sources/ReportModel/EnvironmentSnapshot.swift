/// One account's numbers in a stored period.
public struct EnvironmentSnapshot: Sendable, Equatable, Codable {
    /// The account id.
    public var accountId: String
    /// The account name.
    public var name: String
    /// The environment word, or `unmapped`.
    public var environment: String
    /// Control counts within the account.
    public var controls: ControlCounts
    /// Open findings by severity (without zero entries).
    public var openFindings: SeverityCounts
    /// Findings covered by a valid acceptance.
    public var acceptedFindings: Int

    /// Creates an environment snapshot.
    public init(
        accountId: String,
        name: String,
        environment: String,
        controls: ControlCounts,
        openFindings: SeverityCounts,
        acceptedFindings: Int
    ) {
        self.accountId = accountId
        self.name = name
        self.environment = environment
        self.controls = controls
        self.openFindings = openFindings.normalized
        self.acceptedFindings = acceptedFindings
    }

    /// Keeps what history needs of an environment assessment.
    public init(_ assessment: EnvironmentAssessment) {
        self.init(
            accountId: assessment.accountId,
            name: assessment.name,
            environment: assessment.environment,
            controls: assessment.controls,
            openFindings: assessment.openFindings,
            acceptedFindings: assessment.acceptedFindings
        )
    }

    /// The total order: environment rank (prod first), then name, then account id.
    /// - Returns: whether `lhs` sorts first.
    public static func precedes(_ lhs: EnvironmentSnapshot, _ rhs: EnvironmentSnapshot) -> Bool {
        (EnvironmentMapping.rank(of: lhs.environment), lhs.name, lhs.accountId)
            < (EnvironmentMapping.rank(of: rhs.environment), rhs.name, rhs.accountId)
    }
}
