import ReportModel

/// The OCSF finding `status` / `status_id` as a workflow status and an archived flag.
struct OCSFStatus: Equatable {
    /// The workflow status.
    var workflow: WorkflowStatus
    /// Whether the status is Archived.
    var archived: Bool

    /// Maps the caption (preferred) or the id: New 1, In Progress 2, Suppressed 3, Resolved 4, Archived 5.
    static func map(name: String?, id: Double?, report: inout FieldReport) -> OCSFStatus {
        var code = id.flatMap { Int(exactly: $0) }
        if let name {
            if let known = codes[name.lowercased()] {
                code = known
            } else {
                report.warn("status", Message(.unknownStatus, ["value": .text(name)]))
            }
        }
        switch code {
        case 2: return OCSFStatus(workflow: .notified, archived: false)
        case 3: return OCSFStatus(workflow: .suppressed, archived: false)
        case 4: return OCSFStatus(workflow: .resolved, archived: false)
        case 5: return OCSFStatus(workflow: .new, archived: true)
        default: return OCSFStatus(workflow: .new, archived: false)
        }
    }

    /// The status ids by lower-cased caption (made once: a table made at every call was 1.6 % of an OCSF import).
    private static let codes: [String: Int] = [
        "new": 1, "in progress": 2, "suppressed": 3, "resolved": 4, "archived": 5, "unknown": 0, "other": 99,
    ]
}
