/// One control's state in a stored period.
public struct ControlSnapshot: Sendable, Equatable, Codable {
    /// The control id, e.g. `IAM.6`.
    public var controlId: String
    /// The control's severity.
    public var severity: Severity
    /// Its layer.
    public var layer: LayerKey
    /// Its state after acceptances.
    public var state: ControlState

    /// Creates a control snapshot.
    public init(controlId: String, severity: Severity, layer: LayerKey, state: ControlState) {
        self.controlId = controlId
        self.severity = severity
        self.layer = layer
        self.state = state
    }

    /// Keeps what history needs of a control result.
    public init(_ result: ControlResult) {
        self.init(controlId: result.controlId, severity: result.severity, layer: result.layer, state: result.state)
    }

    /// Whether the control fails in this period, accepted or not.
    public var isFailing: Bool { state == .failed || state == .accepted }
}
