/// Readable product names from what an export gives.
enum ProductNames {
    /// Names for the last path segment of a product ARN.
    static let known: [String: String] = [
        "securityhub": "Security Hub", "guardduty": "GuardDuty", "inspector": "Inspector", "inspector2": "Inspector",
        "macie": "Macie", "access-analyzer": "IAM Access Analyzer", "config": "Config",
        "firewall-manager": "Firewall Manager", "health": "Health",
        "ssm-patch-manager": "Systems Manager Patch Manager",
        "prowler": "Prowler", "aquasecurity": "Aqua Security", "securityhub-risk": "Security Hub",
    ]

    /// The product name: the given one, else one derived from the product ARN's last segment.
    /// - Parameters:
    ///   - given: `ProductName` or an equivalent, if present.
    ///   - productArn: `ProductArn`; its last segment is looked up among the known names, else used as it is.
    /// - Returns: a readable name; `Unknown` when nothing is known.
    static func name(given: String?, productArn: String?) -> String {
        if let given, !given.isEmpty { return given }
        guard let productArn, let segment = productArn.split(separator: "/").last else { return "Unknown" }
        return known[String(segment)] ?? String(segment)
    }
}
