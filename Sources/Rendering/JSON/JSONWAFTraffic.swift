import ReportModel

/// What one web ACL did to traffic, from one source, in report.json.
struct JSONWAFTraffic: Encodable, Sendable {
    let webACL: String
    let webACLName: Nullable<String>
    let source: String
    let ruleMetricName: Nullable<String>
    let records: Int
    let duplicates: Int
    let requests: Int
    let populationSize: Nullable<Int>
    let byAction: [String: Int]
    let blockedByRule: [String: Int]
    let blockedByWebACLRule: [String: Int]
    /// Every category, zeros included.
    let blockedByCategory: [String: Int]
    let countMatches: Int
    let countMatchesBlockedAnyway: Int
    let countMatchesAllowedThrough: Int
    let countMatchesByRule: [String: Int]
    /// Every category, zeros included.
    let countMatchesByCategory: [String: Int]
    let topURIs: [WAFTrafficCount]
    let topCountries: [WAFTrafficCount]
    let topClientIPs: [WAFTrafficCount]
    let firstRequestAt: Nullable<String>
    let lastRequestAt: Nullable<String>
    let windowStart: Nullable<String>
    let windowEnd: Nullable<String>
    let examples: [Example]
    let files: [String]

    /// One example request, raw as logged.
    struct Example: Encodable, Sendable {
        let timestamp: Nullable<String>
        let requestId: Nullable<String>
        let action: String
        let method: String
        let uri: String
        let query: String
        let clientIp: String
        let country: String
        let rule: String
        let category: String
        let matchedData: [String]
    }

    init(_ traffic: WAFTrafficEvidence) {
        webACL = traffic.webACL
        webACLName = Nullable(traffic.webACLName)
        source = traffic.source.rawValue
        ruleMetricName = Nullable(traffic.ruleMetricName)
        records = traffic.records
        duplicates = traffic.duplicates
        requests = traffic.requests
        populationSize = Nullable(traffic.populationSize)
        byAction = traffic.requestsByAction
        blockedByRule = traffic.blockedByRule
        blockedByWebACLRule = traffic.blockedByWebACLRule
        blockedByCategory = Self.everyCategory(traffic.blockedByCategory)
        countMatches = traffic.countMatches
        countMatchesBlockedAnyway = traffic.countMatchesBlockedAnyway
        countMatchesAllowedThrough = traffic.countMatchesAllowedThrough
        countMatchesByRule = traffic.countMatchesByRule
        countMatchesByCategory = Self.everyCategory(traffic.countMatchesByCategory)
        topURIs = traffic.topURIs
        topCountries = traffic.topCountries
        topClientIPs = traffic.topClientIPs
        firstRequestAt = Nullable(traffic.firstRequestAt.map(JSONFinding.timestamp))
        lastRequestAt = Nullable(traffic.lastRequestAt.map(JSONFinding.timestamp))
        windowStart = Nullable(traffic.windowStart.map(JSONFinding.timestamp))
        windowEnd = Nullable(traffic.windowEnd.map(JSONFinding.timestamp))
        examples = traffic.examples.map { example in
            Example(
                timestamp: Nullable(example.timestamp.map(JSONFinding.timestamp)),
                requestId: Nullable(example.requestId),
                action: example.action,
                method: example.method,
                uri: example.uri,
                query: example.query,
                clientIp: example.clientIp,
                country: example.country,
                rule: example.rule,
                category: example.category.rawValue,
                matchedData: example.matchedData
            )
        }
        files = traffic.files
    }

    private static func everyCategory(_ counts: [WAFTrafficCategory: Int]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: WAFTrafficCategory.allCases.map { ($0.rawValue, counts[$0] ?? 0) })
    }
}
