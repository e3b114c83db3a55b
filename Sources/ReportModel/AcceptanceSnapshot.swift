/// One risk acceptance's state in a stored period.
public struct AcceptanceSnapshot: Sendable, Equatable, Codable {
    /// The acceptance id, e.g. `RA-2026-001`.
    public var id: String
    /// Its state on the as-of date.
    public var status: AcceptanceStatus
    /// Findings it matched.
    public var matched: Int
    /// When it was accepted.
    public var acceptedOn: ReportDate
    /// Its review date.
    public var expiresOn: ReportDate

    /// Creates an acceptance snapshot; every argument sets the property of the same name.
    public init(id: String, status: AcceptanceStatus, matched: Int, acceptedOn: ReportDate, expiresOn: ReportDate) {
        self.id = id
        self.status = status
        self.matched = matched
        self.acceptedOn = acceptedOn
        self.expiresOn = expiresOn
    }

    /// Keeps what history needs of an acceptance result.
    public init(_ result: AcceptanceResult) {
        self.init(
            id: result.acceptance.id,
            status: result.status,
            matched: result.matched,
            acceptedOn: result.acceptance.acceptedOn,
            expiresOn: result.acceptance.expiresOn
        )
    }

    /// Whether the acceptance is in force (active, expiring or stale), as opposed to expired.
    public var isInForce: Bool { status != .expired }
}
