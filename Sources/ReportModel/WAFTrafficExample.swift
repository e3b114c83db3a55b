public import Foundation

/// One blocked (or counted) request kept as an example, with raw attacker strings as logged.
public struct WAFTrafficExample: Sendable, Equatable, Hashable, Codable {
    /// When the request arrived.
    public var timestamp: Date?
    /// The request id, when logged.
    public var requestId: String?
    /// The action taken: `BLOCK`, `CAPTCHA`, `CHALLENGE`, `COUNT` …
    public var action: String
    /// The HTTP method.
    public var method: String
    /// The URI path, raw.
    public var uri: String
    /// The query string, raw, without `?`; empty when there was none.
    public var query: String
    /// The client IP, as logged (sanitised logs use strings like `X.X.X.X`).
    public var clientIp: String
    /// The country code, `-` when unknown.
    public var country: String
    /// The rule that decided, e.g. `AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS` or `shop-rate-limit`.
    public var rule: String
    /// The attack category.
    public var category: WAFTrafficCategory
    /// Data the rule matched (`terminatingRuleMatchDetails[].matchedData`), raw.
    public var matchedData: [String]

    /// Creates an example; every argument sets the property of the same name.
    public init(
        timestamp: Date?,
        requestId: String? = nil,
        action: String,
        method: String,
        uri: String,
        query: String = "",
        clientIp: String,
        country: String,
        rule: String,
        category: WAFTrafficCategory,
        matchedData: [String] = []
    ) {
        self.timestamp = timestamp
        self.requestId = requestId
        self.action = action
        self.method = method
        self.uri = uri
        self.query = query
        self.clientIp = clientIp
        self.country = country
        self.rule = rule
        self.category = category
        self.matchedData = matchedData
    }

    /// The URI with its query string: `/search?q=<script>`.
    public var target: String { query.isEmpty ? uri : "\(uri)?\(query)" }

    /// Orders by time (missing first), then rule, request id and target: a total order.
    /// - Returns: whether `lhs` sorts first.
    public static func timeOrder(_ lhs: WAFTrafficExample, _ rhs: WAFTrafficExample) -> Bool {
        let lhsTime = lhs.timestamp ?? .distantPast
        let rhsTime = rhs.timestamp ?? .distantPast
        if lhsTime != rhsTime { return lhsTime < rhsTime }
        return (lhs.rule, lhs.requestId ?? "", lhs.target, lhs.clientIp)
            < (rhs.rule, rhs.requestId ?? "", rhs.target, rhs.clientIp)
    }
}
