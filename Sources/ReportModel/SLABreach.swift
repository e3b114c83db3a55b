/// An open finding older than its severity's SLA allows.
public struct SLABreach: Sendable, Equatable, Codable {
    /// The finding identity.
    public var identity: String
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
        self.identity = identity
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
        (rhs.severity.rank, rhs.ageDays, lhs.identity) < (lhs.severity.rank, lhs.ageDays, rhs.identity)
    }
}
