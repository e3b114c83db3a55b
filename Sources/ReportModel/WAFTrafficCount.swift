/// A value (URI, country, client IP) with how many requests had it: one line of a top-N list.
public struct WAFTrafficCount: Sendable, Equatable, Hashable, Codable {
    /// The value, raw as logged (escaping is the renderer's job).
    public var value: String
    /// Requests with that value (sampled requests: summed `Weight`).
    public var count: Int

    /// Creates a count.
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }

    /// The top entries of a count table: count descending, ties by value ascending.
    /// - Parameters:
    ///   - counts: every value with its count.
    ///   - limit: how many to keep.
    /// - Returns: at most `limit` entries.
    public static func top(_ counts: [String: Int], limit: Int) -> [WAFTrafficCount] {
        let sorted = counts.map { WAFTrafficCount(value: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.value) < ($0.count, $1.value) }
        return Array(sorted.prefix(max(0, limit)))
    }
}
