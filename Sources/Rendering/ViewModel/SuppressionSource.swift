import ReportModel

/// Where a finding was suppressed: the tool whose workflow status says so, named as the report shows it.
///
/// An ASFF finding's `Workflow.Status` is set in Security Hub whatever product reported it; Inspector's
/// own export carries its suppression rules' status; an OCSF finding is Security Hub's when its product
/// ARN is a Security Hub product (GetFindingsV2), else the reporting tool's own (Prowler's muting).
enum SuppressionSource {
    /// The name of the tool that suppressed the finding.
    /// - Parameter finding: a suppressed finding.
    /// - Returns: `Security Hub`, `Inspector`, or the OCSF product's name.
    static func name(_ finding: Finding) -> String {
        switch finding.format {
        case .inspector2: "Inspector"
        case .ocsf: finding.productArn?.hasPrefix("arn:aws:securityhub:") == true ? "Security Hub" : finding.productName
        default: "Security Hub"
        }
    }

    /// The distinct tools that suppressed some of the findings, in name order.
    /// - Parameter findings: suppressed findings.
    /// - Returns: the names.
    static func names(_ findings: [ScoredFinding]) -> [String] {
        Set(findings.map { name($0.finding) }).sorted()
    }
}
