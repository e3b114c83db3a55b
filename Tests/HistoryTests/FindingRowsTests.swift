import Foundation
import ReportModel
import TestSupport
import Testing

@testable import History

/// A report's finding rows are made when they are read (`FindingRows`), so none are held for every finding while
/// the report renders; these hold them to the definition they replaced (a row for every finding that is not a
/// sample, sorted by identity), and the period a pending record writes from them to the one `record` writes.
@Suite struct FindingRowsTests {
    static let asOf = ReportDate(year: 2026, month: 11, day: 30)

    /// Findings with split and unsplit identities, repeated ones, samples, and some with no days.
    static func findings(count: Int, seed: UInt64) -> [ScoredFinding] {
        var random = SeededGenerator(seed: seed)
        func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let heads = [
            "asff|arn:aws:securityhub:eu-west-1::product/aws/securityhub|arn:aws:securityhub:eu-west-1:1:finding/",
            "vuln|sha256:", "x", "",
        ]
        let day = Date(timeIntervalSince1970: 1_790_000_000)
        return (0..<count).map { position in
            let tail =
                next(2) == 0
                ? "\(String(format: "%08x", next(1 << 30)))-0000-4000-8000-\(String(format: "%012x", next(count + 1)))"
                : "é-\(next(count * 2))"
            var finding = Finding(
                identity: heads[next(heads.count)] + tail,
                id: "\(position)",
                productName: "Security Hub",
                severity: [.critical, .high, .low][next(3)]
            )
            if next(3) > 0 { finding.firstObservedAt = day.addingTimeInterval(Double(next(90)) * 86_400) }
            if next(3) > 0 { finding.lastObservedAt = day.addingTimeInterval(Double(90 + next(30)) * 86_400) }
            if next(4) == 0 { finding.controlId = "S3.\(next(20))" }
            return ScoredFinding(
                finding: finding,
                layer: LayerKey.all[next(LayerKey.all.count)],
                placedBy: Message(.noRuleMatched),
                environment: ["prod", "dev", "unmapped"][next(3)],
                bucket: [.open, .accepted, .passed, .sample, .suppressed][next(5)]
            )
        }
    }

    static func report(_ findings: [ScoredFinding]) -> ScoredReport {
        HistoryFixtures.report(asOf: "2026-11-30", findings: findings)
    }

    @Test(arguments: [0, 1, 2, 7, 200, 201, 1_000])
    func theRowsAreEveryFindingButSamplesInIdentityOrder(count: Int) {
        for seed: UInt64 in [1, 2, 3] {
            let findings = Self.findings(count: count, seed: seed)
            let expected = findings.filter { $0.bucket != .sample }.map(FindingSnapshot.init)
                .sorted { $0.identity < $1.identity }
            let rows = FindingRows(findings)
            #expect(rows.count == expected.count, "seed \(seed)")
            #expect(Array(rows) == expected, "seed \(seed)")
            // Read twice, or out of order, a row is the same row.
            if let last = rows.indices.last { #expect(rows[last] == expected[last]) }
            #expect(ReportSnapshot(Self.report(findings)).findings == expected, "seed \(seed)")
        }
    }

    /// Scoring's hint of where the findings are in identity order spares the sort when it is right, and is not
    /// used when it is wrong, short, repeats a position or points outside the findings (20k findings: checked in
    /// two halves on two threads, a wrong pair in either half or across the middle found).
    @Test(arguments: [0, 1, 2, 7, 500, 20_000])
    func theIdentityOrderHintIsUsedOnlyWhenRight(count: Int) {
        var seen: Set<String> = []
        let findings = Self.findings(count: count, seed: UInt64(count) + 7).filter {
            seen.insert($0.finding.identity).inserted
        }
        let expected = Array(FindingRows(findings))
        // The true hint: positions sorted by identity.
        let right = findings.indices.sorted { findings[$0].finding.identityKey < findings[$1].finding.identityKey }
            .map { Int32($0) }
        let hintedRows = FindingRows(findings, identityOrder: IdentityOrder(right))
        #expect(Array(hintedRows) == expected)
        // Made in two halves (from 8192 rows), the rows are the same; the checked hint is kept as a fact.
        #expect(hintedRows.made() == expected)
        #expect(hintedRows.strictlyIncreasing)
        #expect(!FindingRows(findings).strictlyIncreasing)
        #expect(FindingRows(findings).made() == expected)
        // The lookup's own check finds the rows in order, and finds a pair out of order in either half or across
        // the middle, and two rows of one identity.
        #expect(FindingLookup.strictlyIncreasing(expected))
        if expected.count > 4 {
            let middle = expected.count / 2
            for (a, b) in [(middle - 1, middle), (1, 2), (expected.count - 2, expected.count - 1)] {
                var swapped = expected
                swapped.swapAt(a, b)
                #expect(!FindingLookup.strictlyIncreasing(swapped))
            }
            var repeated = expected
            repeated[middle + 1] = repeated[middle]
            #expect(!FindingLookup.strictlyIncreasing(repeated))
        }
        var wrong: [[Int32]] = [Array(right.reversed()), Array(right.dropLast()), right + [0]]
        if right.count > 1 {
            var swapped = right
            swapped.swapAt(0, right.count - 1)
            wrong.append(swapped)
            wrong.append([right[0]] + right.dropLast())
            wrong.append(right.map { $0 == right.last ? Int32(findings.count) : $0 })
            wrong.append(right.map { $0 == right.last ? -1 : $0 })
        }
        if right.count > 4 {
            let middle = right.count / 2
            for (a, b) in [(middle - 1, middle), (1, 2), (middle + 1, middle + 2)] {
                var swapped = right
                swapped.swapAt(a, b)
                wrong.append(swapped)
            }
        }
        for hint in wrong {
            // (Compared first: 20k rows printed on a failure would bury the hint that made it.)
            let same = Array(FindingRows(findings, identityOrder: IdentityOrder(hint))) == expected
            #expect(same, "\(hint.prefix(4))")
        }
        // A report's value does not depend on the hint.
        var hinted = Self.report(findings)
        hinted.identityOrder = IdentityOrder(right)
        #expect(hinted == Self.report(findings))
        // Its snapshot made from the checked rows (not checked again) equals the one that checks.
        let snapshot = ReportSnapshot(hinted, rows: FindingRows(hinted.findings, identityOrder: hinted.identityOrder))
        #expect(snapshot == ReportSnapshot(Self.report(findings)))
    }

    @Test(arguments: [0, 1, 199, 200, 201, 1_234])
    func aPendingRecordWritesTheRowsAsRecordDoes(count: Int) throws {
        let pending = try TemporaryHistory()
        let recorded = try TemporaryHistory()
        defer {
            pending.remove()
            recorded.remove()
        }
        // A scored report holds one finding per identity (the store's key).
        var seen: Set<String> = []
        let unique = Self.findings(count: count, seed: UInt64(count)).filter {
            seen.insert($0.finding.identity).inserted
        }
        let report = Self.report(unique)
        try recorded.open().record(ReportSnapshot(report)) { _ in () }
        let store = try pending.open()
        let rows = FindingRows(report.findings)
        var numbers = ReportSnapshot(report, rows: rows)
        numbers.findings = []
        try store.beginRecording("2026-11", rows: rows) { [numbers] in numbers }.commit()
        let stored = try store.snapshot(for: "2026-11")
        #expect(try stored == recorded.open().snapshot(for: "2026-11"))
        #expect(stored?.findings.count == rows.count)
    }
}
