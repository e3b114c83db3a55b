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

    /// Findings that come in identity order are ordered from one packed integer each (`packedReportOrder`), with
    /// each product name's rank standing for the name: the same order as the report's key, for product names that
    /// differ only in case, accents (composed and decomposed, which `String` holds equal) or beyond ASCII.
    @Test(arguments: [1, 2, 17, 500, 4_000])
    func findingsInIdentityOrderAreOrderedByPackedKeys(count: Int) throws {
        let products = [
            "Security Hub", "security hub", "Caf\u{E9}", "Cafe\u{301}", "Caff", "Prowler", "\u{30BB}\u{30AD}", "",
        ]
        for seed: UInt64 in [3, 4, 77] {
            var original = Self.findings(count: count, seed: seed)
            for index in original.indices {
                original[index].finding.productName = products[(index * 7 + Int(seed)) % products.count]
            }
            original.sort { $0.finding.identityKey < $1.finding.identityKey }
            let packed = try #require(Scorer.packedReportOrder(original))
            // Positions stand for identities (the findings are in identity order).
            let leading = original.map { Self.key($0) }
            let expected = original.indices.sorted {
                (leading[$0].0, leading[$0].1, leading[$0].2, leading[$0].3, $0)
                    < (leading[$1].0, leading[$1].1, leading[$1].2, leading[$1].3, $1)
            }
            #expect(packed == expected)
            var sorted = original
            #expect(Scorer.sortIntoReportOrder(&sorted) != nil, "in identity order: the positions are returned")
            #expect(sorted.map(\.finding.identity) == expected.map { original[$0].finding.identity })
        }
    }
}
