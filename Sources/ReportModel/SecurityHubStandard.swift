/// Security Hub's standards by their `StandardsId`: the names the console shows.
public enum SecurityHubStandard {
    /// Known standards, by the path segment AWS uses (`standards/<segment>/v/<version>`).
    private static let names: [String: String] = [
        "aws-foundational-security-best-practices": "AWS Foundational Security Best Practices",
        "cis-aws-foundations-benchmark": "CIS AWS Foundations Benchmark",
        "pci-dss": "PCI DSS",
        "nist-800-53": "NIST SP 800-53 Rev. 5",
        "nist-800-171": "NIST SP 800-171 Rev. 2",
        "service-managed-aws-control-tower": "Service-Managed Standard: AWS Control Tower",
        "aws-resource-tagging-standard": "AWS Resource Tagging Standard",
    ]

    /// The console's name with the version, e.g. `CIS AWS Foundations Benchmark v3.0.0`; an unknown standard is
    /// named by its path segment.
    /// - Parameter standardsId: `standards/<segment>/v/<version>` or `ruleset/<segment>/v/<version>`.
    /// - Returns: the display name.
    public static func name(of standardsId: String) -> String {
        let parts = standardsId.split(separator: "/").map(String.init)
        guard parts.count >= 4, parts[2] == "v" else { return standardsId }
        let segment = parts[1]
        let version = parts[3]
        // NIST names carry their revision already; the others take the standard's version.
        if segment.hasPrefix("nist-"), let name = names[segment] { return name }
        return "\(names[segment] ?? segment) v\(version)"
    }

    /// The `StandardsId` of a standard-specific control id's standard and version (CIS 1.2.0 is a `ruleset/`).
    /// - Parameters:
    ///   - segment: the standard's path segment, e.g. `cis-aws-foundations-benchmark`.
    ///   - version: the version, e.g. `1.2.0`.
    /// - Returns: the id, e.g. `ruleset/cis-aws-foundations-benchmark/v/1.2.0`.
    public static func standardsId(segment: String, version: String) -> String {
        segment == "cis-aws-foundations-benchmark" && version == "1.2.0"
            ? "ruleset/\(segment)/v/\(version)" : "standards/\(segment)/v/\(version)"
    }
}
