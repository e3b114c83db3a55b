import Foundation
import ReportModel

/// What one web ACL did to traffic, from one source (WAF logs or sampled requests).
struct WAFTrafficView {
    /// How many rows each top list shows.
    static let topLimit = 10
    /// How many example requests are shown (report.json has every kept example).
    static let exampleLimit = 5

    /// The web ACL name (or ARN when it has no name), escaped.
    let webACL: String
    /// `WAF logs` / `Sampled requests`.
    let source: String
    /// `2026-11-28T09:00:00Z – 2026-11-28T12:00:00Z`, or `—`.
    let timeRange: String
    /// Requests represented, as text.
    let requests: String
    /// Records, duplicates and population size in one line.
    let detail: String
    /// Requests by terminating action.
    let byAction: [CountRowView]
    /// Blocked and count-mode matches per attack category, every category.
    let categories: [WAFCategoryRowView]
    /// Blocked requests by rule.
    let blockedByRule: [CountRowView]
    /// Whether anything was blocked.
    let hasBlocked: Bool
    /// Count-mode matches by rule: requests each rule would have blocked.
    let countByRule: [CountRowView]
    /// Whether any count-mode rule matched.
    let hasCountMatches: Bool
    /// `12 requests matched a rule in Count mode and would have been blocked.`
    let countMatches: String
    /// The most requested URIs (attacker-controlled, escaped).
    let topURIs: [CountRowView]
    /// The most frequent countries.
    let topCountries: [CountRowView]
    /// The most frequent client IPs.
    let topClientIPs: [CountRowView]
    /// A few blocked or counted requests, oldest first.
    let examples: [WAFExampleRowView]
    /// Whether there are examples.
    let hasExamples: Bool

    /// Builds the block.
    /// - Throws: `RenderError.missingString`.
    init(traffic: WAFTrafficEvidence, format: ReportFormatter) throws(RenderError) {
        let strings = format.strings
        webACL = try Self.name(traffic, format: format)
        source = try strings.text("wafSource_\(traffic.source.rawValue)")
        let first = traffic.firstRequestAt ?? traffic.windowStart
        let last = traffic.lastRequestAt ?? traffic.windowEnd
        if let first, let last {
            timeRange = "\(JSONFinding.timestamp(first)) – \(JSONFinding.timestamp(last))"
        } else {
            timeRange = "—"
        }
        requests = String(traffic.requests)
        var detail = [
            try strings.plural("wafRecords", traffic.records),
            try strings.plural("wafDuplicates", traffic.duplicates),
        ]
        if let population = traffic.populationSize {
            detail.append(try strings.format("wafPopulation", ["count": String(population)]))
        }
        self.detail = detail.joined(separator: try strings.text("listSeparator"))
        byAction = CountRowView.rows(traffic.requestsByAction, limit: Self.topLimit, format: format)
        var categories: [WAFCategoryRowView] = []
        for category in WAFTrafficCategory.allCases {
            categories.append(
                WAFCategoryRowView(
                    category: try strings.text("wafCategory_\(category.rawValue)"),
                    blocked: String(traffic.blockedByCategory[category] ?? 0),
                    counted: String(traffic.countMatchesByCategory[category] ?? 0)
                )
            )
        }
        self.categories = categories
        blockedByRule = CountRowView.rows(traffic.blockedByRule, limit: Self.topLimit, format: format)
        hasBlocked = !blockedByRule.isEmpty
        countByRule = CountRowView.rows(traffic.countMatchesByRule, limit: Self.topLimit, format: format)
        hasCountMatches = traffic.countMatches > 0
        countMatches = try strings.plural(
            "wafCountAllowedThrough",
            traffic.countMatchesAllowedThrough,
            [
                "matched": String(traffic.countMatches),
                "blocked": String(traffic.countMatchesBlockedAnyway),
            ]
        )
        topURIs = CountRowView.rows(Array(traffic.topURIs.prefix(Self.topLimit)), format: format)
        topCountries = CountRowView.rows(Array(traffic.topCountries.prefix(Self.topLimit)), format: format)
        topClientIPs = CountRowView.rows(Array(traffic.topClientIPs.prefix(Self.topLimit)), format: format)
        examples = traffic.examples.prefix(Self.exampleLimit).map { WAFExampleRowView(example: $0, format: format) }
        hasExamples = !examples.isEmpty
    }
}

extension WAFTrafficView {
    /// The web ACL's name, its ARN or id when it has no name, or a note when the input did not say.
    /// - Returns: the text, escaped.
    /// - Throws: `RenderError.missingString`.
    static func name(_ traffic: WAFTrafficEvidence, format: ReportFormatter) throws(RenderError) -> String {
        if let name = traffic.webACLName { return format.escape(name) }
        if !traffic.webACL.isEmpty { return format.escape(traffic.webACL) }
        return try format.strings.text("wafUnnamed")
    }
}

/// Blocked and count-mode requests of one attack category.
struct WAFCategoryRowView {
    /// `SQL injection`.
    let category: String
    /// Blocked requests.
    let blocked: String
    /// Count-mode matches: requests that would have been blocked.
    let counted: String
}

/// One example request; every field but the time is attacker-controlled or logged raw, so escaped.
struct WAFExampleRowView {
    /// The time, ISO 8601.
    let time: String
    /// `BLOCK`, `COUNT`, …
    let action: String
    /// `GET`.
    let method: String
    /// The URI with its query string.
    let target: String
    /// The client IP.
    let clientIp: String
    /// The country code.
    let country: String
    /// The deciding rule.
    let rule: String
    /// The matched data, joined.
    let matched: String

    /// Builds the row.
    init(example: WAFTrafficExample, format: ReportFormatter) {
        time = example.timestamp.map(JSONFinding.timestamp) ?? "—"
        action = format.escape(example.action)
        method = format.escape(example.method)
        target = format.escape(example.target)
        clientIp = format.escape(example.clientIp)
        country = format.escape(example.country)
        rule = format.escape(example.rule)
        matched = example.matchedData.isEmpty ? "—" : format.escape(example.matchedData.joined(separator: " "))
    }
}
