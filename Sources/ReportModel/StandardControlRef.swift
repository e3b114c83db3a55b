/// A standard-specific control id as an older Security Hub finding carries it (consolidated
/// control findings off, GovCloud and China Regions): the standard, its version and the id.
public struct StandardControlRef: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The standard's path segment, e.g. `cis-aws-foundations-benchmark`.
    public var standard: String
    /// The standard's version, e.g. `1.2.0`.
    public var version: String
    /// The id exactly as the finding writes it, e.g. `1.14` (text, never a number).
    public var controlId: String

    /// Creates a reference; every argument sets the property of the same name.
    public init(standard: String, version: String, controlId: String) {
        self.standard = standard
        self.version = version
        self.controlId = controlId
    }

    /// `standard/v/version/id`, as AWS writes it in `GeneratorId`.
    public var description: String { "\(standard)/v/\(version)/\(controlId)" }
}

/// One other tool's compliance checks (Prowler, a custom product): scored by the same rule as
/// Security Hub controls, but never inside the Security Hub score.
public struct ToolCheckScore: Sendable, Equatable {
    /// The product name, e.g. `Prowler`.
    public var product: String
    /// Check counts, each check id once (failed anywhere = failed).
    public var checks: ControlCounts

    /// Creates a tool's check score; every argument sets the property of the same name.
    public init(product: String, checks: ControlCounts) {
        self.product = product
        self.checks = checks
    }
}
