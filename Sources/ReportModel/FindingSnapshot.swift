/// One finding's state in a stored period: enough for deltas, ages and time-to-fix.
public struct FindingSnapshot: Sendable, Equatable, Codable {
    /// The de-duplication key, stable across periods.
    public var identity: String
    /// Where scoring put it: open, accepted, passed, resolved, archived, …
    public var status: FindingBucket
    /// Its severity.
    public var severity: Severity
    /// Its layer.
    public var layer: LayerKey
    /// Its environment word, or `unmapped`.
    public var environment: String
    /// Its security control id, for control findings.
    public var controlId: String?
    /// The UTC day the provider first saw it.
    public var firstSeen: ReportDate?
    /// The UTC day the provider last saw it.
    public var lastSeen: ReportDate?

    /// Creates a finding snapshot; every argument sets the property of the same name.
    public init(
        identity: String,
        status: FindingBucket,
        severity: Severity,
        layer: LayerKey,
        environment: String = "unmapped",
        controlId: String? = nil,
        firstSeen: ReportDate? = nil,
        lastSeen: ReportDate? = nil
    ) {
        self.identity = identity
        self.status = status
        self.severity = severity
        self.layer = layer
        self.environment = environment
        self.controlId = controlId
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// Keeps what history needs of a scored finding.
    public init(_ scored: ScoredFinding) {
        self.init(
            identity: scored.finding.identity,
            status: scored.bucket,
            severity: scored.finding.severity,
            layer: scored.layer,
            environment: scored.environment,
            controlId: scored.finding.controlId,
            firstSeen: (scored.finding.firstObservedAt ?? scored.finding.createdAt).map(ReportDate.init),
            lastSeen: scored.finding.lastObservedAt.map(ReportDate.init)
        )
    }

    /// Whether it still needs attention: open, or open but accepted.
    public var isActive: Bool { status == .open || status == .accepted }

    /// Whether it counts as fixed: passed, resolved or archived.
    public var isFixed: Bool { status == .passed || status == .resolved || status == .archived }
}
