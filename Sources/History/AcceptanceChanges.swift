import ReportModel

/// Acceptances that came into force or expired between two periods.
struct AcceptanceChanges {
    /// In force now (active, expiring or stale); absent or expired before.
    let newlyAccepted: [String]
    /// Expired now; absent or in force before.
    let newlyExpired: [String]

    /// Compares two periods.
    /// - Parameters:
    ///   - previous: the earlier period.
    ///   - current: the later period.
    init(previous: ReportSnapshot, current: ReportSnapshot) {
        let before = Dictionary(previous.acceptances.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        newlyAccepted = current.acceptances.filter { $0.isInForce && before[$0.id]?.isInForce != true }.map(\.id)
            .sorted()
        newlyExpired = current.acceptances.filter { !$0.isInForce && before[$0.id].map(\.isInForce) ?? true }
            .map(\.id).sorted()
    }
}
