import ReportModel
import Testing

@testable import Scoring

/// Findings are put into report order in place (sorted positions, then each finding moved once along the
/// permutation's cycles); the order must be exactly that of sorting by the report's key.
@Suite struct ReportOrderTests {
    /// A deterministic mix with many ties on the leading keys, so the later keys decide.
    static func findings(count: Int, seed: UInt64) -> [ScoredFinding] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let severities: [Severity] = [.critical, .high, .medium, .low, .informational]
        let environments = ["prod", "staging", "dev", "unmapped", "sandbox", "Production"]
        let products = ["Security Hub", "Inspector", "GuardDuty", "Prowler"]
        return (0..<count).map { position in
            ScoredFinding(
                finding: Finding(
                    identity: "id-\(next(count * 4))-\(position)",
                    id: "\(position)",
                    productName: products[next(products.count)],
                    severity: severities[next(severities.count)]
                ),
                layer: LayerKey.all[next(LayerKey.all.count)],
                placedBy: Message(.noRuleMatched),
                environment: environments[next(environments.count)],
                bucket: .open
            )
        }
    }

    static func key(_ scored: ScoredFinding) -> (Int, Int, Int, String, String) {
        (
            -scored.finding.severity.rank, LayerKey.all.firstIndex(of: scored.layer) ?? 0,
            EnvironmentMapping.rank(of: scored.environment), scored.finding.productName, scored.finding.identity
        )
    }

    @Test(arguments: [0, 1, 2, 3, 17, 500, 4_000])
    func inPlaceOrderIsTheSortedOrder(count: Int) {
        for seed: UInt64 in [1, 2, 99] {
            let original = Self.findings(count: count, seed: seed)
            let expected = original.sorted { Self.key($0) < Self.key($1) }
            var sorted = original
            Scorer.sortIntoReportOrder(&sorted)
            #expect(sorted.map(\.finding.identity) == expected.map(\.finding.identity))
            #expect(sorted.count == original.count)
            Scorer.sortIntoReportOrder(&sorted)
            #expect(sorted.map(\.finding.identity) == expected.map(\.finding.identity), "sorting again changes nothing")
        }
    }
}
