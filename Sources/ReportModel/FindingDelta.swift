/// A set of findings that changed between two periods: their identities and counts by severity.
public struct FindingDelta: Sendable, Equatable, Codable {
    /// The identities, sorted by severity (worst first), then identity.
    public var identities: [String]
    /// How many per severity.
    public var bySeverity: SeverityCounts

    /// Creates a delta from the findings it holds.
    /// - Parameter findings: the findings, in any order.
    public init<Rows: RandomAccessCollection>(_ findings: Rows) where Rows.Element == FindingSnapshot {
        // Positions sorted, not the rows: a first month of a million findings is a million new ones.
        let order = findings.indices.sorted {
            (findings[$1].severity.rank, findings[$0].identity) < (findings[$0].severity.rank, findings[$1].identity)
        }
        var counts = SeverityCounts()
        for finding in findings { counts.add(finding.severity) }
        self.identities = order.map { findings[$0].identity }
        self.bySeverity = counts
    }

    /// No findings.
    public init() {
        self.init([FindingSnapshot]())
    }

    /// How many findings in all.
    public var count: Int { identities.count }
}
