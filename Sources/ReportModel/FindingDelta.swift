/// A set of findings that changed between two periods: their identities and counts by severity.
public struct FindingDelta: Sendable, Equatable, Codable {
    /// The identities, sorted by severity (worst first), then identity.
    public var identities: [String]
    /// How many per severity.
    public var bySeverity: SeverityCounts

    /// Creates a delta from the findings it holds.
    /// - Parameter findings: the findings, in any order.
    public init(_ findings: [FindingSnapshot] = []) {
        let sorted = findings.sorted { ($1.severity.rank, $0.identity) < ($0.severity.rank, $1.identity) }
        var counts = SeverityCounts()
        for finding in sorted { counts.add(finding.severity) }
        self.identities = sorted.map(\.identity)
        self.bySeverity = counts
    }

    /// How many findings in all.
    public var count: Int { identities.count }
}
