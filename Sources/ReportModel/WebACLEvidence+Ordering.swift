extension WebACLEvidence {
    /// Orders web ACLs by key, then name: a total order for listings.
    /// - Returns: whether `lhs` sorts first.
    public static func reportOrder(_ lhs: WebACLEvidence, _ rhs: WebACLEvidence) -> Bool {
        (lhs.key, lhs.name) < (rhs.key, rhs.name)
    }
}
