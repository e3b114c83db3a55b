import Foundation
public import ReportModel

extension WAFTrafficEvidence {
    /// Adds another value about the same web ACL and source (same ``key``).
    ///
    /// Counts add up exactly. Top-N lists are recomputed from the two lists, so they are exact
    /// only when one side's tail cannot change them; feed all log files of a web ACL through one
    /// accumulator for exact lists and cross-file de-duplication.
    /// - Parameter other: traffic of the same key.
    /// - Returns: the sum; `self` unchanged when the keys differ.
    public func merged(with other: WAFTrafficEvidence) -> WAFTrafficEvidence {
        guard key == other.key else { return self }
        var result = self
        // Counts come from input: the importers bound each value, and sums saturate rather than trap.
        let sum = Int.saturatingSum
        result.records = sum(records, other.records)
        result.duplicates = sum(duplicates, other.duplicates)
        result.requests = sum(requests, other.requests)
        if let theirs = other.populationSize { result.populationSize = sum(populationSize ?? 0, theirs) }
        result.requestsByAction.merge(other.requestsByAction, uniquingKeysWith: sum)
        result.blockedByRule.merge(other.blockedByRule, uniquingKeysWith: sum)
        result.blockedByWebACLRule.merge(other.blockedByWebACLRule, uniquingKeysWith: sum)
        result.blockedByCategory.merge(other.blockedByCategory, uniquingKeysWith: sum)
        result.countMatches = sum(countMatches, other.countMatches)
        result.countMatchesBlockedAnyway = sum(countMatchesBlockedAnyway, other.countMatchesBlockedAnyway)
        result.countMatchesAllowedThrough = sum(countMatchesAllowedThrough, other.countMatchesAllowedThrough)
        result.countMatchesByRule.merge(other.countMatchesByRule, uniquingKeysWith: sum)
        result.countMatchesByCategory.merge(other.countMatchesByCategory, uniquingKeysWith: sum)
        result.topURIs = Self.mergedTop(topURIs, other.topURIs)
        result.topCountries = Self.mergedTop(topCountries, other.topCountries)
        result.topClientIPs = Self.mergedTop(topClientIPs, other.topClientIPs)
        result.firstRequestAt = [firstRequestAt, other.firstRequestAt].compactMap { $0 }.min()
        result.lastRequestAt = [lastRequestAt, other.lastRequestAt].compactMap { $0 }.max()
        result.windowStart = [windowStart, other.windowStart].compactMap { $0 }.min()
        result.windowEnd = [windowEnd, other.windowEnd].compactMap { $0 }.max()
        let examples = Set(examples + other.examples).sorted(by: WAFTrafficExample.timeOrder)
        result.examples = Array(examples.prefix(Self.defaultExampleLimit))
        result.files = Array(Set(files + other.files)).sorted()
        return result
    }

    private static func mergedTop(_ lhs: [WAFTrafficCount], _ rhs: [WAFTrafficCount]) -> [WAFTrafficCount] {
        var counts: [String: Int] = [:]
        for entry in lhs + rhs { counts[entry.value] = Int.saturatingSum(counts[entry.value] ?? 0, entry.count) }
        return WAFTrafficCount.top(counts, limit: max(defaultTopLimit, lhs.count, rhs.count))
    }
}
