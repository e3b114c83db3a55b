/// One finding's state in a stored period: enough for deltas, ages and time-to-fix.
public struct FindingSnapshot: Sendable, Equatable, Codable {
    /// The de-duplication key, stable across periods.
    public var identity: String {
        get { identityKey.text }
        set { identityKey = FindingIdentity(newValue) }
    }
    /// The identity as stored: in parts whose head findings share (sorting and looking up by it joins nothing).
    public var identityKey: FindingIdentity
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
        self.identityKey = FindingIdentity(identity)
        self.status = status
        self.severity = severity
        self.layer = layer
        self.environment = environment
        self.controlId = controlId
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }

    /// Keeps what history needs of a scored finding (its identity's parts, not a joined copy).
    public init(_ scored: ScoredFinding) {
        self = withUnsafePointer(to: scored) { FindingSnapshot($0) }
    }

    /// The row of a scored finding, read where it is held (`FindingRows` points into the report's array): a copy
    /// of the finding would retain its storage and texts, and release them again.
    /// - Parameter scored: the finding, with the bucket, layer and environment the report gave it.
    init(_ scored: UnsafePointer<ScoredFinding>) {
        // Each member set once: through `init(identity:…)` an empty identity was made and hashed for every row.
        identityKey = scored.pointee.finding.identityKey
        status = scored.pointee.bucket
        severity = scored.pointee.finding.severity
        layer = scored.pointee.layer
        environment = scored.pointee.environment
        controlId = scored.pointee.finding.controlId
        firstSeen = (scored.pointee.finding.firstObservedAt ?? scored.pointee.finding.createdAt).map(ReportDate.init)
        lastSeen = scored.pointee.finding.lastObservedAt.map(ReportDate.init)
    }

    /// The member names of the JSON form, as the synthesized conformance named them.
    private enum CodingKeys: String, CodingKey {
        case identity, status, severity, layer, environment, controlId, firstSeen, lastSeen
    }

    /// Decodes a snapshot as the synthesized conformance did (the identity as one string).
    /// - Throws: what the decoder throws for a missing or mistyped member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            identity: try container.decode(String.self, forKey: .identity),
            status: try container.decode(FindingBucket.self, forKey: .status),
            severity: try container.decode(Severity.self, forKey: .severity),
            layer: try container.decode(LayerKey.self, forKey: .layer),
            environment: try container.decode(String.self, forKey: .environment),
            controlId: try container.decodeIfPresent(String.self, forKey: .controlId),
            firstSeen: try container.decodeIfPresent(ReportDate.self, forKey: .firstSeen),
            lastSeen: try container.decodeIfPresent(ReportDate.self, forKey: .lastSeen)
        )
    }

    /// Encodes a snapshot as the synthesized conformance did.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(identity, forKey: .identity)
        try container.encode(status, forKey: .status)
        try container.encode(severity, forKey: .severity)
        try container.encode(layer, forKey: .layer)
        try container.encode(environment, forKey: .environment)
        try container.encodeIfPresent(controlId, forKey: .controlId)
        try container.encodeIfPresent(firstSeen, forKey: .firstSeen)
        try container.encodeIfPresent(lastSeen, forKey: .lastSeen)
    }

    /// Whether it still needs attention: open, or open but accepted.
    public var isActive: Bool { status == .open || status == .accepted }

    /// Whether it counts as fixed: passed, resolved or archived.
    public var isFixed: Bool { status == .passed || status == .resolved || status == .archived }
}
