import ReportModel

/// The findings the pages' lists choose from, as positions in the report's findings (a copy of each would retain
/// its references), chosen in one pass over the findings and once for both pages: each list read every finding
/// (the attention list twice, each layer's section once, the suppressed list once, on each page), and a finding
/// read first is a cache miss.
struct PageFindings: Sendable {
    /// Each control's open findings, in report order.
    private(set) var openByControl: [String: [Int]] = [:]
    /// The open critical or high findings that no control and no acceptance covers (the attention list's).
    private(set) var uncontrolledHighOpen: [Int] = []
    /// Each layer's open or accepted findings without a control (its section's list), by the layer's place in
    /// `LayerKey.all` (an array, not a table: hashing a layer for every finding cost more than the passes saved).
    private var uncontrolledByLayer = [[Int]](repeating: [], count: LayerKey.all.count)
    /// The suppressed findings without an acceptance (the acceptance register's list).
    private(set) var suppressedWithoutDecision: [Int] = []
    /// Whether a finding is in no layer (the unclassified layer is shown only then).
    private(set) var hasUnclassified = false

    /// Chooses from the report's findings.
    /// - Parameter findings: the scored findings, in report order.
    init(_ findings: [ScoredFinding]) {
        for index in findings.indices {
            if findings[index].layer == .unclassified { hasUnclassified = true }
            switch findings[index].bucket {
            case .open:
                if let controlId = findings[index].finding.controlId {
                    openByControl[controlId, default: []].append(index)
                } else {
                    uncontrolledByLayer[Self.slot(findings[index].layer)].append(index)
                    if findings[index].acceptanceId == nil && findings[index].finding.severity >= .high {
                        uncontrolledHighOpen.append(index)
                    }
                }
            case .accepted:
                if findings[index].finding.controlId == nil {
                    uncontrolledByLayer[Self.slot(findings[index].layer)].append(index)
                }
            case .suppressed:
                if findings[index].acceptanceId == nil { suppressedWithoutDecision.append(index) }
            default:
                break
            }
        }
    }

    /// A layer's open or accepted findings without a control, in report order.
    /// - Parameter layer: the section's layer.
    /// - Returns: their positions.
    func uncontrolled(in layer: LayerKey) -> [Int] {
        uncontrolledByLayer[Self.slot(layer)]
    }

    /// The layer's place in `LayerKey.all` (which holds every key).
    private static func slot(_ layer: LayerKey) -> Int {
        LayerKey.all.firstIndex(of: layer) ?? LayerKey.all.count - 1
    }
}
