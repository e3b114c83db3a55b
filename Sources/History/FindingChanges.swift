import ReportModel

/// New, fixed and regressed findings between two periods.
struct FindingChanges {
    /// Findings active now and not active before (neither open nor accepted), excluding regressions.
    var new: some RandomAccessCollection<FindingSnapshot> { newPositions.lazy.map { current.findings[$0] } }
    /// Findings active before and fixed (or gone) now.
    var fixed: some RandomAccessCollection<FindingSnapshot> { fixedPositions.lazy.map { previous.findings[$0] } }
    /// Findings active now that were passed or resolved before.
    var regressed: some RandomAccessCollection<FindingSnapshot> {
        regressedPositions.lazy.map { current.findings[$0] }
    }

    private let previous: ReportSnapshot
    private let current: ReportSnapshot
    // Positions in the snapshots' rows, not copies of them: a first month of a million findings has a
    // million new ones.
    private let newPositions: [Int]
    private let fixedPositions: [Int]
    private let regressedPositions: [Int]

    init(previous: ReportSnapshot, current: ReportSnapshot) {
        self.previous = previous
        self.current = current
        let before = FindingLookup(previous.findings)
        let now = FindingLookup(current.findings)
        var new: [Int] = []
        var regressed: [Int] = []
        for (position, finding) in current.findings.enumerated() where finding.isActive {
            switch before[finding.identityKey]?.status {
            case .open, .accepted: break
            case .passed, .resolved: regressed.append(position)
            default: new.append(position)
            }
        }
        newPositions = new
        regressedPositions = regressed
        fixedPositions = previous.findings.indices.filter { position in
            let finding = previous.findings[position]
            return finding.isActive && (now[finding.identityKey].map(\.isFixed) ?? true)
        }
    }
}
