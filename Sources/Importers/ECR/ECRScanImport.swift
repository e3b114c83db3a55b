public import ReportModel

/// What one ECR record yields: findings (none for the EventBridge event), the image's scan
/// evidence, and recoverable issues.
public struct ECRScanImport: Sendable, Equatable {
    /// Findings in a stable order (severity desc, identity): basic ones `ecr|…`, enhanced `inspector|<arn>`.
    public var findings: [Finding]
    /// The image's scan evidence, when the record names an image.
    public var image: ImageScanEvidence?
    /// Recoverable issues: unknown or UNDEFINED/UNTRIAGED severities, unreadable timestamps, partial pages.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(findings: [Finding] = [], image: ImageScanEvidence? = nil, diagnostics: [Diagnostic] = []) {
        self.findings = findings
        self.image = image
        self.diagnostics = diagnostics
    }
}
