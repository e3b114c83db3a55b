/// `Compliance.Status` of a control finding (ASFF), or its equivalent in other formats.
public enum ComplianceStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case passed = "PASSED"
    case failed = "FAILED"
    case warning = "WARNING"
    case notAvailable = "NOT_AVAILABLE"
    /// A value outside the four the API allows; scored like WARNING (unknown) and reported.
    case unrecognized = "UNRECOGNIZED"
}

/// `Workflow.Status`: the customer's triage state of a finding.
public enum WorkflowStatus: String, Sendable, Codable, CaseIterable, Hashable {
    case new = "NEW"
    case notified = "NOTIFIED"
    case resolved = "RESOLVED"
    case suppressed = "SUPPRESSED"
}

/// `RecordState`: whether the provider still considers the finding live.
public enum RecordState: String, Sendable, Codable, CaseIterable, Hashable {
    case active = "ACTIVE"
    case archived = "ARCHIVED"
}
