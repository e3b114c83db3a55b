import ReportModel

/// A period's findings looked up by identity without a dictionary: by binary search over the
/// snapshot's own list, which its initialiser sorts by identity (a dictionary of 100k findings
/// cost more than the findings). The first finding of an identity wins, as it did in the index.
struct FindingLookup {
    /// The findings, sorted by identity, one per identity.
    let findings: [FindingSnapshot]
    /// Whether the findings it was given were already sorted by identity, one per identity: each is then the
    /// first of its identity.
    let givenSortedAndUnique: Bool

    /// Looks up the snapshot's findings; sorts a copy only when they are not already sorted and unique.
    /// - Parameter findings: a snapshot's findings.
    init(_ findings: [FindingSnapshot]) {
        let sortedAndUnique = Self.strictlyIncreasing(findings)
        givenSortedAndUnique = sortedAndUnique
        if sortedAndUnique {
            self.findings = findings
            return
        }
        // Stable by position, so the first of each identity is kept.
        let order = findings.indices.sorted {
            (findings[$0].identityKey, $0) < (findings[$1].identityKey, $1)
        }
        var unique: [FindingSnapshot] = []
        unique.reserveCapacity(findings.count)
        for position in order where unique.last?.identityKey != findings[position].identityKey {
            unique.append(findings[position])
        }
        self.findings = unique
    }

    /// Whether each finding's identity comes after the one before it: for a large period in two halves, the
    /// first on another thread (each pair is read from findings scattered through memory).
    static func strictlyIncreasing(_ findings: [FindingSnapshot]) -> Bool {
        InHalves.allSatisfy(1..<max(1, findings.count)) { findings[$0 - 1].identityKey < findings[$0].identityKey }
    }

    /// The finding with an identity, if the period holds it.
    subscript(identity: FindingIdentity) -> FindingSnapshot? {
        var low = findings.startIndex
        var high = findings.endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if findings[middle].identityKey < identity {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low < findings.endIndex && findings[low].identityKey == identity ? findings[low] : nil
    }
}
