extension WAFTrafficEvidence {
    /// Orders by web ACL, source and rule metric name: a total order for listings.
    /// - Returns: whether `lhs` sorts first.
    public static func reportOrder(_ lhs: WAFTrafficEvidence, _ rhs: WAFTrafficEvidence) -> Bool {
        (lhs.webACL, lhs.source.rawValue, lhs.ruleMetricName ?? "")
            < (rhs.webACL, rhs.source.rawValue, rhs.ruleMetricName ?? "")
    }
}
