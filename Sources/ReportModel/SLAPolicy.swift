/// How many days a finding of each severity may stay open before it breaches its SLA.
public struct SLAPolicy: Sendable, Equatable, Hashable, Codable {
    /// Days allowed per severity; a severity without an entry has no SLA.
    public var days: [Severity: Int]

    /// The defaults: critical 15, high 30, medium 90, low 180 days; informational has none.
    public static let standard = SLAPolicy(critical: 15, high: 30, medium: 90, low: 180)

    /// Creates a policy from days per severity.
    /// - Parameter days: days allowed per severity; leave a severity out for no SLA.
    public init(days: [Severity: Int]) {
        self.days = days
    }

    /// Creates a policy from days per severity; `nil` means no SLA for that severity.
    /// - Parameters:
    ///   - critical: days for critical findings.
    ///   - high: days for high findings.
    ///   - medium: days for medium findings.
    ///   - low: days for low findings.
    ///   - informational: days for informational findings.
    public init(critical: Int? = 15, high: Int? = 30, medium: Int? = 90, low: Int? = 180, informational: Int? = nil) {
        let pairs: [(Severity, Int?)] = [
            (.critical, critical), (.high, high), (.medium, medium), (.low, low), (.informational, informational),
        ]
        var days: [Severity: Int] = [:]
        for (severity, limit) in pairs { days[severity] = limit }
        self.days = days
    }

    /// The days allowed for a severity.
    /// - Returns: the days, or `nil` when the severity has no SLA.
    public func limit(for severity: Severity) -> Int? { days[severity] }

    /// Encodes as `{"CRITICAL": 15, …}`, leaving out severities without an SLA.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SeverityKey.self)
        for severity in Severity.worstFirst {
            if let limit = days[severity] { try container.encode(limit, forKey: SeverityKey(severity.rawValue)) }
        }
    }

    /// Decodes the object form; a missing severity has no SLA.
    /// - Throws: what the decoder throws.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SeverityKey.self)
        var days: [Severity: Int] = [:]
        for severity in Severity.allCases {
            days[severity] = try container.decodeIfPresent(Int.self, forKey: SeverityKey(severity.rawValue))
        }
        self.days = days
    }

    private struct SeverityKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
