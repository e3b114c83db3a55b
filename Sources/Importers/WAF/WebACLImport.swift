public import ReportModel

/// What one `get-web-acl` record yields: the web ACL with its checks, and recoverable issues.
public struct WebACLImport: Sendable, Equatable {
    /// The web ACL as configuration evidence.
    public var webACL: WebACLEvidence
    /// Recoverable issues: rules without an action, unknown statement kinds.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(webACL: WebACLEvidence, diagnostics: [Diagnostic] = []) {
        self.webACL = webACL
        self.diagnostics = diagnostics
    }
}
