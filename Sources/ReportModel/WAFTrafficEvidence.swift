public import Foundation

/// What a web ACL did to traffic, from sampled requests or WAF logs: counts, not records.
///
/// One value per web ACL and source. Sampled requests count each sample `Weight` times.
public struct WAFTrafficEvidence: Sendable, Equatable, Codable {
    /// Where the traffic was read.
    public enum Source: String, Sendable, Codable, Hashable, CaseIterable {
        /// `get-sampled-requests`: a weighted sample of at most 500 requests in 3 hours.
        case sampled
        /// WAF logs: every request.
        case log
    }

    /// How many entries top-N lists keep.
    public static let defaultTopLimit = 10
    /// How many example requests are kept.
    public static let defaultExampleLimit = 20

    /// The web ACL: its ARN as logged (`webaclId`), or what the caller said for sampled requests;
    /// empty when unknown.
    public var webACL: String
    /// The web ACL name read from the ARN, when it is one.
    public var webACLName: String?
    /// Sampled requests or logs.
    public var source: Source
    /// The rule metric name a sampled-requests call was made for, when the caller said.
    public var ruleMetricName: String?
    /// Records read: log lines after de-duplication, or samples.
    public var records: Int
    /// Log lines dropped as copies of one already read (same web ACL, request id and timestamp).
    public var duplicates: Int
    /// Requests represented: log lines, or the sum of sample weights.
    public var requests: Int
    /// `PopulationSize` of sampled requests (summed over responses).
    public var populationSize: Int?
    /// Requests by terminating action: `ALLOW`, `BLOCK`, `CAPTCHA`, `CHALLENGE`, `COUNT` (samples).
    public var requestsByAction: [String: Int]
    /// Blocked requests by the rule that matched: `AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS`
    /// for a rule inside a group, else the web ACL rule name (`shop-rate-limit`).
    public var blockedByRule: [String: Int]
    /// Blocked requests by web ACL rule (`terminatingRuleId`), e.g. `AWS-AWSManagedRulesSQLiRuleSet`;
    /// sampled requests name the managed group or `(unnamed rule)`.
    public var blockedByWebACLRule: [String: Int]
    /// Blocked requests by attack category.
    public var blockedByCategory: [WAFTrafficCategory: Int]
    /// Requests that matched a rule only in count mode (a group in Count mode, a rule overridden
    /// to Count or excluded): each would have been blocked had the rule been enforcing.
    public var countMatches: Int
    /// Count-mode-matched requests that another rule blocked anyway (BLOCK, CAPTCHA, CHALLENGE).
    public var countMatchesBlockedAnyway: Int = 0
    /// Count-mode-matched requests that reached the origin (allowed): what Count mode let through.
    public var countMatchesAllowedThrough: Int = 0
    /// Count-mode matches by rule (`AWSManagedRulesKnownBadInputsRuleSet / Log4JRCE_HEADER`).
    public var countMatchesByRule: [String: Int]
    /// Requests with count-mode matches by attack category.
    public var countMatchesByCategory: [WAFTrafficCategory: Int]
    /// The most requested URIs (paths, raw).
    public var topURIs: [WAFTrafficCount]
    /// The most frequent client countries.
    public var topCountries: [WAFTrafficCount]
    /// The most frequent client IPs, as logged.
    public var topClientIPs: [WAFTrafficCount]
    /// The earliest request time.
    public var firstRequestAt: Date?
    /// The latest request time.
    public var lastRequestAt: Date?
    /// Sampled requests: the start of the `TimeWindow`.
    public var windowStart: Date?
    /// Sampled requests: the end of the `TimeWindow`.
    public var windowEnd: Date?
    /// A few blocked and count-matched requests, oldest first, raw as logged.
    public var examples: [WAFTrafficExample]
    /// The input files that contributed, sorted.
    public var files: [String]

    /// Creates empty traffic evidence for a web ACL and source.
    /// - Parameters:
    ///   - webACL: the web ACL ARN or id.
    ///   - source: sampled requests or logs.
    ///   - ruleMetricName: the rule metric name of a sampled-requests call.
    public init(webACL: String, source: Source, ruleMetricName: String? = nil) {
        self.webACL = webACL
        self.webACLName = Self.name(fromARN: webACL)
        self.source = source
        self.ruleMetricName = ruleMetricName
        self.records = 0
        self.duplicates = 0
        self.requests = 0
        self.populationSize = nil
        self.requestsByAction = [:]
        self.blockedByRule = [:]
        self.blockedByWebACLRule = [:]
        self.blockedByCategory = [:]
        self.countMatches = 0
        self.countMatchesByRule = [:]
        self.countMatchesByCategory = [:]
        self.topURIs = []
        self.topCountries = []
        self.topClientIPs = []
        self.examples = []
        self.files = []
    }

    /// Requests blocked (`BLOCK`).
    public var blocked: Int { requestsByAction["BLOCK"] ?? 0 }

    /// Requests allowed (`ALLOW`).
    public var allowed: Int { requestsByAction["ALLOW"] ?? 0 }

    /// The key two values about the same traffic share: web ACL and source.
    public var key: String { "\(webACL)|\(source.rawValue)|\(ruleMetricName ?? "")" }

    /// The web ACL name in an ARN `…:regional/webacl/<name>/<id>`.
    /// - Parameter arn: the ARN, or any text.
    /// - Returns: the name, or `nil` when the text is not a web ACL ARN.
    public static func name(fromARN arn: String) -> String? {
        let parts = arn.split(separator: "/", omittingEmptySubsequences: false)
        guard arn.hasPrefix("arn:"), parts.count >= 4, parts[parts.count - 3] == "webacl" else { return nil }
        return String(parts[parts.count - 2])
    }
}
