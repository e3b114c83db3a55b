import ReportModel

/// Maps the ASFF enumeration texts, in any case; unknown values become the neutral case plus a warning.
enum EnumMapping {
    /// The case named by `text` in any case: the text as it is first (exports write the names in capitals, and
    /// uppercasing costs more than the lookup), else upper-cased.
    static func named<Value: RawRepresentable<String>>(_ text: String) -> Value? {
        Value(rawValue: text) ?? Value(rawValue: text.uppercased())
    }

    /// `Compliance.Status`: unknown values are `.unrecognized`.
    static func compliance(_ text: String?, path: String, report: inout FieldReport) -> ComplianceStatus {
        guard let text else {
            report.warn(path, Message(.missingComplianceStatus))
            return .unrecognized
        }
        if let status: ComplianceStatus = named(text), status != .unrecognized { return status }
        report.warn(path, Message(.unknownComplianceStatus, ["value": .text(text)]))
        return .unrecognized
    }

    /// `Workflow.Status`: missing is `.new`; unknown is `.new` with a warning.
    static func workflow(_ text: String?, path: String, report: inout FieldReport) -> WorkflowStatus {
        guard let text else { return .new }
        if let status: WorkflowStatus = named(text) { return status }
        report.warn(path, Message(.unknownWorkflowStatus, ["value": .text(text)]))
        return .new
    }

    /// `RecordState`: missing is `.active`; unknown is `.active` with a warning.
    static func recordState(_ text: String?, path: String, report: inout FieldReport) -> RecordState {
        guard let text else { return .active }
        if let state: RecordState = named(text) { return state }
        report.warn(path, Message(.unknownRecordState, ["value": .text(text)]))
        return .active
    }
}
