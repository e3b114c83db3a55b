/// What history keeps of one standard's score in a period.
public struct StandardSnapshot: Sendable, Equatable, Codable {
    /// As in `Compliance.AssociatedStandards[].StandardsId`.
    public var standardsId: String
    /// The display name at the time.
    public var name: String
    /// The standard's control states (the scores derive from them).
    public var controls: ControlCounts

    /// Creates a standard's snapshot; every argument sets the property of the same name.
    public init(standardsId: String, name: String, controls: ControlCounts) {
        self.standardsId = standardsId
        self.name = name
        self.controls = controls
    }
}
