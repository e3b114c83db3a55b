import ReportModel

/// New, fixed and regressed controls between two periods; failing means failed or accepted.
struct ControlChanges {
    /// Failing now; absent, unknown or without data before.
    let new: [String]
    /// Failing before, passed now.
    let fixed: [String]
    /// Passed before, failing now.
    let regressed: [String]

    /// Compares two periods.
    /// - Parameters:
    ///   - previous: the earlier period.
    ///   - current: the later period.
    init(previous: ReportSnapshot, current: ReportSnapshot) {
        let before = Dictionary(previous.controls.map { ($0.controlId, $0) }, uniquingKeysWith: { first, _ in first })
        var new: [String] = []
        var fixed: [String] = []
        var regressed: [String] = []
        for control in current.controls {
            let earlier = before[control.controlId]
            if control.isFailing {
                if earlier?.state == .passed {
                    regressed.append(control.controlId)
                } else if earlier?.isFailing != true {
                    new.append(control.controlId)
                }
            } else if control.state == .passed, earlier?.isFailing == true {
                fixed.append(control.controlId)
            }
        }
        self.new = new.sorted()
        self.fixed = fixed.sorted()
        self.regressed = regressed.sorted()
    }
}
