import Foundation
import ReportModel

/// Running counts for one web ACL and source: everything but the examples is a counter, so
/// memory grows with distinct URIs, countries and IPs, not with requests.
struct WAFTrafficTally {
    private var evidence: WAFTrafficEvidence
    private var uris: [String: Int] = [:]
    private var countries: [String: Int] = [:]
    private var clientIPs = AddressCounts()
    private var examplesByRule: [String: [WAFTrafficExample]] = [:]
    private var files: Set<String> = []
    private let examplesPerRule = 2

    init(webACL: String, source: WAFTrafficEvidence.Source, ruleMetricName: String? = nil) {
        evidence = WAFTrafficEvidence(webACL: webACL, source: source, ruleMetricName: ruleMetricName)
    }

    /// The largest weight one sampled request may carry; a bigger one is an out-of-range value.
    static let maximumWeight = 1 << 32

    /// Whether `weight` more requests can be counted without overflowing a counter. Every counter
    /// is a part of `requests`, so checking the total checks them all.
    /// - Parameter weight: the weight about to be added.
    /// - Returns: whether `add` is safe.
    func canAdd(weight: Int) -> Bool {
        guard (0...Self.maximumWeight).contains(weight) else { return false }
        return !evidence.requests.addingReportingOverflow(weight).overflow
            && !evidence.records.addingReportingOverflow(1).overflow
    }

    /// Counts one request `weight` times (1 for log records, `Weight` for samples).
    /// The caller checks ``canAdd(weight:)`` first.
    mutating func add(_ request: WAFObservedRequest, weight: Int, file: String) {
        evidence.records += 1
        evidence.requests += weight
        evidence.requestsByAction[request.action, default: 0] += weight
        if request.action == "BLOCK", let match = request.terminatingMatch {
            evidence.blockedByRule[match.rule, default: 0] += weight
            evidence.blockedByWebACLRule[request.terminatingWebACLRule ?? match.rule, default: 0] += weight
            evidence.blockedByCategory[match.category, default: 0] += weight
        }
        if !request.countMatches.isEmpty {
            evidence.countMatches += weight
            if request.action == "ALLOW" || request.action == "COUNT" {
                evidence.countMatchesAllowedThrough += weight
            } else {
                evidence.countMatchesBlockedAnyway += weight
            }
            for match in request.countMatches { evidence.countMatchesByRule[match.rule, default: 0] += weight }
            for category in Set(request.countMatches.map(\.category)) {
                evidence.countMatchesByCategory[category, default: 0] += weight
            }
        }
        uris[request.uri, default: 0] += weight
        countries[request.country, default: 0] += weight
        clientIPs.add(request.clientIp, weight: weight)
        if let time = request.timestamp {
            evidence.firstRequestAt = min(evidence.firstRequestAt ?? time, time)
            evidence.lastRequestAt = max(evidence.lastRequestAt ?? time, time)
        }
        if let example = request.example() {
            var kept = examplesByRule[example.rule, default: []]
            kept.append(example)
            kept.sort(by: WAFTrafficExample.timeOrder)
            examplesByRule[example.rule] = Array(kept.prefix(examplesPerRule))
        }
        files.insert(file)
    }

    /// Counts a duplicate record that was not added.
    mutating func addDuplicate() { evidence.duplicates += 1 }

    /// Sets the sampled-requests population and time window (summed and widened over responses).
    mutating func addWindow(population: Int?, start: Date?, end: Date?) {
        if let population {
            let (sum, overflow) = (evidence.populationSize ?? 0).addingReportingOverflow(max(0, population))
            evidence.populationSize = overflow ? Int.max : sum
        }
        evidence.windowStart = [evidence.windowStart, start].compactMap { $0 }.min()
        evidence.windowEnd = [evidence.windowEnd, end].compactMap { $0 }.max()
    }

    /// The evidence with top-N lists and examples cut.
    func finalize(
        topLimit: Int = WAFTrafficEvidence.defaultTopLimit,
        exampleLimit: Int = WAFTrafficEvidence.defaultExampleLimit
    ) -> WAFTrafficEvidence {
        var result = evidence
        result.topURIs = WAFTrafficCount.top(uris, limit: topLimit)
        result.topCountries = WAFTrafficCount.top(countries, limit: topLimit)
        result.topClientIPs = clientIPs.top(limit: topLimit)
        let examples = examplesByRule.values.flatMap { $0 }.sorted(by: WAFTrafficExample.timeOrder)
        result.examples = Array(examples.prefix(exampleLimit))
        result.files = files.sorted()
        return result
    }
}
