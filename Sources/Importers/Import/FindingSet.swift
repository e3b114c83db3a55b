import Foundation
import ReportModel

/// Unique findings by identity: the latest copy wins (greatest `updatedAt`, tie → later in input).
struct FindingSet: Sendable, Equatable {
    /// The winning copy of each identity.
    private(set) var byIdentity: [String: Finding] = [:]
    /// Records superseded by a copy of the same identity.
    private(set) var duplicates = 0

    /// Adds a record read after every record already in the set.
    /// - Parameter finding: the record.
    mutating func insert(_ finding: Finding) {
        guard let existing = byIdentity[finding.identity] else {
            byIdentity[finding.identity] = finding
            return
        }
        duplicates += 1
        if (finding.updatedAt ?? .distantPast) >= (existing.updatedAt ?? .distantPast) {
            byIdentity[finding.identity] = finding
        }
    }

    /// Adds every finding of a set read after this one, keeping its duplicate count.
    /// - Parameter later: findings read later in the input.
    mutating func merge(_ later: FindingSet) {
        duplicates += later.duplicates
        for identity in later.byIdentity.keys.sorted() {
            if let finding = later.byIdentity[identity] { insert(finding) }
        }
    }

    /// The unique findings sorted by identity.
    var sorted: [Finding] {
        byIdentity.values.sorted { $0.identity < $1.identity }
    }

    /// The number of unique findings.
    var count: Int { byIdentity.count }
}
