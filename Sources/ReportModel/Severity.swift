/// The severity of a finding, in the ASFF vocabulary every source is normalised to.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, Hashable {
    case critical = "CRITICAL"
    case high = "HIGH"
    case medium = "MEDIUM"
    case low = "LOW"
    case informational = "INFORMATIONAL"

    /// Higher is worse: CRITICAL 4 … INFORMATIONAL 0.
    public var rank: Int {
        switch self {
        case .critical: 4
        case .high: 3
        case .medium: 2
        case .low: 1
        case .informational: 0
        }
    }

    /// Orders by rank, so `max()` is the worst severity.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The cases from worst to least, the order reports list them in.
    public static let worstFirst: [Severity] = [.critical, .high, .medium, .low, .informational]

    /// The label for a deprecated `Severity.Normalized` value (0–100), as Security Hub maps it.
    /// - Returns: the label: 0 informational, 1–39 low, 40–69 medium, 70–89 high, 90–100 critical.
    public static func fromNormalized(_ normalized: Double) -> Severity {
        switch normalized {
        case ..<1: .informational
        case ..<40: .low
        case ..<70: .medium
        case ..<90: .high
        default: .critical
        }
    }
}
