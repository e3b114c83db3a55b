/// One configuration check of a web ACL, with the reason it passed or failed.
public struct WebACLCheck: Sendable, Equatable, Hashable, Codable {
    /// A stable id, e.g. `waf.managed.sqli`, `waf.rate-based`, `waf.default-action`.
    public var id: String
    /// Whether the check passed (for informational checks: whether the item is present).
    public var passed: Bool
    /// Informational checks (optional rule sets) are reported but never count as failures.
    public var informational: Bool
    /// Why, naming the rule involved; the string tables word it. The check's title is the table entry
    /// `wafCheckTitle_<id>`.
    public var reason: Message

    /// Creates a check result; every argument sets the property of the same name.
    public init(id: String, passed: Bool, informational: Bool = false, reason: Message) {
        self.id = id
        self.passed = passed
        self.informational = informational
        self.reason = reason
    }

    /// Whether the check is a real failure: failed and not informational.
    public var isFailure: Bool { !passed && !informational }
}
