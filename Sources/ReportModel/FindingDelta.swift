/// A set of findings that changed between two periods: their identities and counts by severity.
public struct FindingDelta: Sendable, Equatable, Codable {
    /// The identities, sorted by severity (worst first), then identity.
    public var identities: [String] {
        get { identityKeys.map(\.text) }
        set { identityKeys = newValue.map(FindingIdentity.init) }
    }
    /// The identities as stored, in parts (`FindingIdentity`): the first month's delta names every finding.
    public var identityKeys: [FindingIdentity]
    /// How many per severity.
    public var bySeverity: SeverityCounts

    /// Creates a delta from the findings it holds.
    /// - Parameter findings: the findings, in any order.
    public init<Rows: RandomAccessCollection>(_ findings: Rows) where Rows.Element == FindingSnapshot {
        // Positions sorted, not the rows: a first month of a million findings is a million new ones.
        let order = findings.indices.sorted { left, right in
            let (leftRank, rightRank) = (findings[left].severity.rank, findings[right].severity.rank)
            if leftRank != rightRank { return leftRank > rightRank }
            return findings[left].identityKey < findings[right].identityKey
        }
        var counts = SeverityCounts()
        for finding in findings { counts.add(finding.severity) }
        self.identityKeys = order.map { findings[$0].identityKey }
        self.bySeverity = counts
    }

    /// No findings.
    public init() {
        self.init([FindingSnapshot]())
    }

    /// How many findings in all.
    public var count: Int { identityKeys.count }

    /// The member names of the JSON form, as the synthesized conformance named them.
    private enum CodingKeys: String, CodingKey {
        case identities, bySeverity
    }

    /// Decodes a delta as the synthesized conformance did (identities as strings).
    /// - Throws: what the decoder throws for a missing or mistyped member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        identityKeys = try container.decode([String].self, forKey: .identities).map(FindingIdentity.init)
        bySeverity = try container.decode(SeverityCounts.self, forKey: .bySeverity)
    }

    /// Encodes a delta as the synthesized conformance did.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(identities, forKey: .identities)
        try container.encode(bySeverity, forKey: .bySeverity)
    }
}
