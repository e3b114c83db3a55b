public import ReportModel

/// What one `get-sampled-requests` response yields: its traffic evidence and recoverable issues.
public struct WAFTrafficImport: Sendable, Equatable {
    /// The weighted traffic of the response.
    public var traffic: WAFTrafficEvidence
    /// Recoverable issues: unreadable timestamps, samples without a weight.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(traffic: WAFTrafficEvidence, diagnostics: [Diagnostic] = []) {
        self.traffic = traffic
        self.diagnostics = diagnostics
    }
}
