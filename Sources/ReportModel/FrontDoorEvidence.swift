/// Evidence about the web front door that is not a finding: WAF configuration and traffic, image scans.
///
/// Filled by the ECR and WAF importers; empty when no such inputs were given.
public struct FrontDoorEvidence: Sendable, Equatable, Codable {
    /// Creates empty evidence.
    public init() {}
}
