/// Control statuses counted over a scope (a layer, an environment, the whole report).
///
/// `failed` counts failed controls that are *not* covered by acceptances; `accepted` counts
/// failed controls whose every failing finding is covered by a valid acceptance.
public struct ControlCounts: Sendable, Equatable, Hashable, Codable {
    /// Controls whose remaining findings all passed.
    public var passed: Int
    /// Failed controls without a complete acceptance.
    public var failed: Int
    /// Controls with a WARNING or NOT_AVAILABLE finding and no failure.
    public var unknown: Int
    /// Controls with findings, all of them archived or suppressed.
    public var noData: Int
    /// Failed controls whose failing findings are all covered by valid acceptances.
    public var accepted: Int

    /// Creates counts; every argument sets the property of the same name.
    public init(passed: Int = 0, failed: Int = 0, unknown: Int = 0, noData: Int = 0, accepted: Int = 0) {
        self.passed = passed
        self.failed = failed
        self.unknown = unknown
        self.noData = noData
        self.accepted = accepted
    }

    /// Controls that enter the score: passed + failed + unknown + accepted.
    public var scored: Int { passed + failed + unknown + accepted }

    /// The Security Hub score as AWS computes it: passed ÷ (passed + failed + unknown), where
    /// accepted controls are failed controls. `nil` when no control has data.
    public var securityHubScore: Score? { Score(numerator: passed, denominator: scored) }

    /// The score with documented acceptances: (passed + accepted) ÷ (passed + failed + unknown + accepted).
    public var withAcceptancesScore: Score? { Score(numerator: passed + accepted, denominator: scored) }

    /// Adds one control in the given state.
    public mutating func add(_ state: ControlState) {
        switch state {
        case .passed: passed += 1
        case .failed: failed += 1
        case .unknown: unknown += 1
        case .noData: noData += 1
        case .accepted: accepted += 1
        }
    }
}

/// A score: a ratio of control counts, with its percentage.
public struct Score: Sendable, Equatable, Hashable, Codable {
    /// Controls counted as good.
    public var numerator: Int
    /// Controls in the score.
    public var denominator: Int

    /// Creates a score; `nil` when the denominator is zero (no data).
    /// - Parameters:
    ///   - numerator: good controls.
    ///   - denominator: scored controls.
    public init?(numerator: Int, denominator: Int) {
        guard denominator > 0 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The percentage, 0–100, unrounded.
    public var percent: Double { Double(numerator) * 100 / Double(denominator) }

    /// The whole percentage as the Security Hub console shows it (rounded half up).
    public var wholePercent: Int { (numerator * 200 + denominator) / (denominator * 2) }

    /// The percentage with one decimal, as report.json carries it.
    public var percentOneDecimal: Double { (percent * 10).rounded() / 10 }
}

/// The state of one control in one scope.
public enum ControlState: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case failed
    case accepted
    case unknown
    case passed
    case noData

    /// Orders worst first: failed, accepted, unknown, passed, no data.
    public static func < (lhs: ControlState, rhs: ControlState) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
