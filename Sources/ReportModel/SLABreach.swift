/// An open finding older than its severity's SLA allows.
public struct SLABreach: Sendable, Equatable, Codable {
    /// The finding identity.
    public var identity: String {
        get { identityKey.text }
        set { identityKey = FindingIdentity(newValue) }
    }
    /// The identity as stored, in parts (`FindingIdentity`): a breach list can name most of a month's findings.
    public var identityKey: FindingIdentity
    /// Its severity.
    public var severity: Severity
    /// Its layer.
    public var layer: LayerKey
    /// Its age in days on the as-of date.
    public var ageDays: Int
    /// The days its severity allows.
    public var slaDays: Int

    /// Creates a breach; every argument sets the property of the same name.
    public init(identity: String, severity: Severity, layer: LayerKey, ageDays: Int, slaDays: Int) {
        self.init(
            identityKey: FindingIdentity(identity),
            severity: severity,
            layer: layer,
            ageDays: ageDays,
            slaDays: slaDays
        )
    }

    /// Creates a breach of an identity kept in parts; every argument sets the property of the same name.
    public init(identityKey: FindingIdentity, severity: Severity, layer: LayerKey, ageDays: Int, slaDays: Int) {
        self.identityKey = identityKey
        self.severity = severity
        self.layer = layer
        self.ageDays = ageDays
        self.slaDays = slaDays
    }

    /// Days past the SLA.
    public var overdueDays: Int { ageDays - slaDays }

    /// The total order: severity worst first, oldest first, then identity.
    /// - Returns: whether `lhs` sorts first.
    public static func precedes(_ lhs: SLABreach, _ rhs: SLABreach) -> Bool {
        (rhs.severity.rank, rhs.ageDays, lhs.identityKey) < (lhs.severity.rank, lhs.ageDays, rhs.identityKey)
    }

    /// Breaches in the order of `precedes`, the same list as `sorted(by: precedes)`. A month's breaches can be most of
    /// its findings and arrive in identity order (the snapshot's), so when they do, severity and age decide and the
    /// arrival order breaks ties, without comparing identities; and positions are sorted, not the breaches, which
    /// are copied once into place.
    /// - Parameter breaches: the breaches, in any order.
    /// - Returns: the breaches sorted by `precedes`.
    public static func ordered(_ breaches: [SLABreach]) -> [SLABreach] {
        guard breaches.count > 1 else { return breaches }
        // Through the buffer, each breach read where the list holds it: zipping the list with itself, mapping it or
        // its subscript copied every breach (its identity retained and released).
        let positions = breaches.withUnsafeBufferPointer { list in
            let byIdentity = list.indices.dropFirst().allSatisfy { list[$0 - 1].identityKey < list[$0].identityKey }
            if byIdentity, let packed = packedOrder(list) { return packed }
            // Worst severity and oldest first: both negated, so the keys sort ascending.
            let keys = list.indices.map { (severity: -list[$0].severity.rank, age: -list[$0].ageDays) }
            return Array(list.indices).sorted { lhs, rhs in
                let (left, right) = (keys[lhs], keys[rhs])
                if left != right { return left < right }
                return byIdentity ? lhs < rhs : list[lhs].identityKey < list[rhs].identityKey
            }
        }
        return positions.map { breaches[$0] }
    }

    /// The order of breaches that arrive in identity order, as one number each sorted: the severity's distance from the
    /// worst (3 bits), the age's from the oldest possible (32 bits: older first) and the arrival position (the
    /// tie-break, 24 bits); nil when an age is out of 32 bits or there are too many breaches for the positions.
    private static func packedOrder(_ list: UnsafeBufferPointer<SLABreach>) -> [Int]? {
        guard list.count < 1 << 24 else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(list.count)
        for position in list.indices {
            let age = list[position].ageDays
            guard age >= 0, age <= Int(UInt32.max) else { return nil }
            let severity = UInt64(Severity.critical.rank - list[position].severity.rank)
            keys.append(severity << 56 | UInt64(UInt32.max - UInt32(age)) << 24 | UInt64(position))
        }
        keys.sort()
        return keys.map { Int($0 & 0xFF_FFFF) }
    }

    /// The member names of the JSON form, as the synthesized conformance named them.
    private enum CodingKeys: String, CodingKey {
        case identity, severity, layer, ageDays, slaDays
    }

    /// Decodes a breach as the synthesized conformance did (the identity as one string).
    /// - Throws: what the decoder throws for a missing or mistyped member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            identity: try container.decode(String.self, forKey: .identity),
            severity: try container.decode(Severity.self, forKey: .severity),
            layer: try container.decode(LayerKey.self, forKey: .layer),
            ageDays: try container.decode(Int.self, forKey: .ageDays),
            slaDays: try container.decode(Int.self, forKey: .slaDays)
        )
    }

    /// Encodes a breach as the synthesized conformance did.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(identity, forKey: .identity)
        try container.encode(severity, forKey: .severity)
        try container.encode(layer, forKey: .layer)
        try container.encode(ageDays, forKey: .ageDays)
        try container.encode(slaDays, forKey: .slaDays)
    }
}
