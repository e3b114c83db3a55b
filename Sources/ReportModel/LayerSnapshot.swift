/// One layer's numbers in a stored period.
public struct LayerSnapshot: Sendable, Equatable, Codable {
    /// The layer.
    public var layer: LayerKey
    /// Control counts in the layer.
    public var controls: ControlCounts
    /// Open findings by severity (without zero entries).
    public var openFindings: SeverityCounts
    /// Findings covered by a valid acceptance.
    public var acceptedFindings: Int

    /// Creates a layer snapshot; every argument sets the property of the same name (`openFindings` without its
    /// zero counts).
    public init(layer: LayerKey, controls: ControlCounts, openFindings: SeverityCounts, acceptedFindings: Int) {
        self.layer = layer
        self.controls = controls
        self.openFindings = openFindings.normalized
        self.acceptedFindings = acceptedFindings
    }

    /// Keeps what history needs of a layer assessment.
    public init(_ assessment: LayerAssessment) {
        self.init(
            layer: assessment.layer,
            controls: assessment.controls,
            openFindings: assessment.openFindings,
            acceptedFindings: assessment.acceptedFindings
        )
    }
}
