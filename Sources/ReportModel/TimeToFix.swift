/// How long findings of one severity took to fix, in days.
public struct TimeToFix: Sendable, Equatable, Codable {
    /// The severity.
    public var severity: Severity
    /// Findings fixed.
    public var fixed: Int
    /// The mean, in days.
    public var meanDays: Double
    /// The median, in days (the mean of the two middle values for an even count).
    public var medianDays: Double

    /// Creates the statistic for `severity` from `days`, the days from first seen to fixed, one per finding; `nil`
    /// for no fixes.
    public init?(severity: Severity, days: [Int]) {
        guard !days.isEmpty else { return nil }
        let sorted = days.sorted()
        let middle = sorted.count / 2
        self.severity = severity
        self.fixed = sorted.count
        self.meanDays = Double(sorted.reduce(0, +)) / Double(sorted.count)
        self.medianDays =
            sorted.count.isMultiple(of: 2)
            ? Double(sorted[middle - 1] + sorted[middle]) / 2 : Double(sorted[middle])
    }
}
