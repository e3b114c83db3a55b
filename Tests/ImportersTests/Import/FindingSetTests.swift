import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// `FindingSet` de-duplicates by identity through its own table (`HashedPositions`, by kept hash): every identity is found again
/// however many were added before it and whatever their hashes, copies are counted, and sets built in other orders
/// are equal.
@Suite struct FindingSetTests {
    private static let heads = [
        "asff|arn:aws:securityhub:eu-west-1::product/aws/securityhub|arn:aws:securityhub:eu-west-1:111122223333:"
            + "security-control/S3.1/finding/",
        "inspector|arn:aws:inspector2:eu-west-1:111122223333:finding/", "short/", "", "日本|",
    ]

    private static func finding(_ identity: String, updated: Double) -> Finding {
        Finding(
            identity: identity,
            id: identity,
            compliance: .failed,
            updatedAt: Date(timeIntervalSince1970: 1_790_000_000 + updated)
        )
    }

    /// 20k identities over several heads and tail forms, a quarter of them read twice (the later copy newer).
    private static func records(seed: UInt64) -> (records: [Finding], identities: [String]) {
        var generator = SeededGenerator(seed: seed)
        let identities = (0..<20_000).map { index -> String in
            let head = heads[index % heads.count]
            return switch index % 3 {
            // A UUID (packed), 32 hex digits (packed) or text.
            case 0: head + String(format: "%08x-0000-4000-8000-%012x", index, index)
            case 1: head + String(index, radix: 16).padding(toLength: 32, withPad: "0", startingAt: 0)
            default: head + "id-\(index)"
            }
        }
        var records = identities.enumerated().map { finding($1, updated: Double($0 % 7)) }
        for index in stride(from: 0, to: identities.count, by: 4) {
            records.append(finding(identities[index], updated: 100))
        }
        records.shuffle(using: &generator)
        return (records, identities)
    }

    @Test func everyIdentityIsFoundAgainAndCopiesAreCounted() {
        let (records, identities) = Self.records(seed: 11)
        var set = FindingSet()
        for record in records { set.insert(record) }
        #expect(set.count == Set(identities).count)
        #expect(set.duplicates == records.count - set.count)
        #expect(Set(set.winners.map(\.identity)) == Set(identities))
        // The newer copy won for every identity read twice.
        let newer = Set(stride(from: 0, to: identities.count, by: 4).map { identities[$0] })
        #expect(
            set.winners.filter { newer.contains($0.identity) }.allSatisfy {
                $0.updatedAt?.timeIntervalSince1970 == 1_790_000_100
            }
        )
    }

    @Test func setsReadInOtherOrdersAreEqual() {
        let (records, _) = Self.records(seed: 12)
        var first = FindingSet()
        var second = FindingSet()
        for record in records { first.insert(record) }
        for record in records.reversed() { second.insert(record) }
        #expect(first == second)
        var third = second
        third.insert(Self.finding("short/another", updated: 0))
        #expect(first != third)
    }
}
