import ReportModel

/// New, fixed and regressed findings between two periods.
struct FindingChanges {
    /// Active now; absent before, or neither active, passed nor resolved.
    let new: [FindingSnapshot]
    /// Active before; fixed or absent now (as they were last seen).
    let fixed: [FindingSnapshot]
    /// Passed or resolved before; active now.
    let regressed: [FindingSnapshot]

    /// Compares two periods.
    /// - Parameters:
    ///   - previous: the earlier period.
    ///   - current: the later period.
    init(previous: ReportSnapshot, current: ReportSnapshot) {
        let before = FindingLookup(previous.findings)
        let now = FindingLookup(current.findings)
        var new: [FindingSnapshot] = []
        var regressed: [FindingSnapshot] = []
        for finding in current.findings where finding.isActive {
            switch before[finding.identity]?.status {
            case .open, .accepted: break
            case .passed, .resolved: regressed.append(finding)
            default: new.append(finding)
            }
        }
        self.new = new
        self.regressed = regressed
        self.fixed = previous.findings.filter { finding in
            finding.isActive && (now[finding.identity].map(\.isFixed) ?? true)
        }
    }
}
