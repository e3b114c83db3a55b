/// Open findings by age on the as-of date: 0–30, 31–90 and over 90 days, and age unknown, each by severity.
public struct FindingAges: Sendable, Equatable, Codable {
    /// Open 0–30 days.
    public var upTo30Days: SeverityCounts
    /// Open 31–90 days.
    public var upTo90Days: SeverityCounts
    /// Open more than 90 days.
    public var over90Days: SeverityCounts
    /// Open, but since when is unknown: no first-observed time and no earlier period holds it.
    /// Never counted as 0–30 days, never an SLA breach.
    public var unknown: SeverityCounts = SeverityCounts()

    /// Creates empty age buckets.
    public init() {
        upTo30Days = SeverityCounts()
        upTo90Days = SeverityCounts()
        over90Days = SeverityCounts()
    }

    /// Counts one open finding of `severity` in its age band; `ageDays` is its age on the as-of date (negative
    /// counts as 0).
    public mutating func add(_ severity: Severity, ageDays: Int) {
        switch ageDays {
        case ...30: upTo30Days.add(severity)
        case ...90: upTo90Days.add(severity)
        default: over90Days.add(severity)
        }
    }

    /// Counts one open finding whose age is unknown.
    public mutating func addUnknown(_ severity: Severity) {
        unknown.add(severity)
    }
}
