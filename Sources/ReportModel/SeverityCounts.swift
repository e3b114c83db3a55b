/// A count per severity, encoded as `{"CRITICAL": n, "HIGH": n, …}` with every key present.
///
/// A missing severity and an explicit zero are the same count: equality and hashing compare the
/// five numbers, not the dictionary.
public struct SeverityCounts: Sendable, Equatable, Hashable, Codable {
    /// The counts; a missing severity is zero.
    public private(set) var counts: [Severity: Int]

    /// Creates counts, all zero unless given.
    public init(_ counts: [Severity: Int] = [:]) {
        self.counts = counts
    }

    /// The count for one severity.
    public subscript(severity: Severity) -> Int {
        get { counts[severity] ?? 0 }
        set { counts[severity] = newValue }
    }

    /// The sum over all severities.
    public var total: Int { counts.values.reduce(0, +) }

    /// Critical plus high: the number the summary leads with.
    public var criticalAndHigh: Int { self[.critical] + self[.high] }

    /// Equal when every severity has the same count (a missing key is zero).
    public static func == (lhs: SeverityCounts, rhs: SeverityCounts) -> Bool {
        Severity.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }

    /// Hashes the five counts.
    public func hash(into hasher: inout Hasher) {
        for severity in Severity.allCases { hasher.combine(self[severity]) }
    }

    /// Adds one to a severity.
    public mutating func add(_ severity: Severity) { self[severity] += 1 }

    /// Encodes every severity, zeros included.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: SeverityKey.self)
        for severity in Severity.allCases {
            try container.encode(self[severity], forKey: SeverityKey(severity))
        }
    }

    /// Decodes the object form; missing severities are zero.
    /// - Throws: what the decoder throws.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SeverityKey.self)
        var counts: [Severity: Int] = [:]
        for severity in Severity.allCases {
            counts[severity] = try container.decodeIfPresent(Int.self, forKey: SeverityKey(severity)) ?? 0
        }
        self.counts = counts
    }

    private struct SeverityKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ severity: Severity) { stringValue = severity.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
