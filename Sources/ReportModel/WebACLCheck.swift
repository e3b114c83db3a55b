/// One configuration check of a web ACL, with the reason it passed or failed.
public struct WebACLCheck: Sendable, Equatable, Hashable, Codable {
    /// A stable id, e.g. `waf.managed.sqli`, `waf.rate-based`, `waf.default-action`.
    public var id: String
    /// A short title, e.g. `SQL injection rule set present and enforcing`.
    public var title: String
    /// Whether the check passed (for informational checks: whether the item is present).
    public var passed: Bool
    /// Informational checks (optional rule sets) are reported but never count as failures.
    public var informational: Bool
    /// Why, in one sentence without a trailing period, naming the rule involved.
    public var reason: String

    /// Creates a check result.
    /// - Parameters:
    ///   - id: the check id.
    ///   - title: the title.
    ///   - passed: whether it passed.
    ///   - informational: whether it is informational only.
    ///   - reason: why.
    public init(id: String, title: String, passed: Bool, informational: Bool = false, reason: String) {
        self.id = id
        self.title = title
        self.passed = passed
        self.informational = informational
        self.reason = reason
    }

    /// Whether the check is a real failure: failed and not informational.
    public var isFailure: Bool { !passed && !informational }
}
