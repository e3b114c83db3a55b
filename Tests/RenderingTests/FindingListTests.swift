import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// A section's finding list keeps its first 50 in one pass (`FindingRowView.listed`); these hold it to sorting
/// every match by the key it was defined by: bucket, severity, environment rank, environment and identity, all as
/// text.
@Suite struct FindingListTests {
    static func findings(count: Int, seed: UInt64) -> [ScoredFinding] {
        var random = SeededGenerator(seed: seed)
        func next(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let severities: [Severity] = [.critical, .high, .medium, .low, .informational]
        let environments = ["prod", "staging", "dev", "unmapped", "sandbox", "Production", "ü-env"]
        let heads = [
            "asff|arn:aws:securityhub:eu-west-1::product/aws/inspector|arn:aws:inspector2:eu-west-1:1:finding/",
            "vuln|", "x",
        ]
        return (0..<count).map { position in
            let tail =
                next(3) == 0
                ? "\(String(format: "%08x", next(1 << 30)))-0000-4000-8000-\(String(format: "%012x", position))"
                : "é-\(next(count * 4))-\(position)"
            return ScoredFinding(
                finding: Finding(
                    identity: heads[next(heads.count)] + tail,
                    id: "\(position)",
                    productName: "Inspector",
                    severity: severities[next(severities.count)]
                ),
                layer: LayerKey.all[next(LayerKey.all.count)],
                placedBy: Message(.noRuleMatched),
                environment: environments[next(environments.count)],
                bucket: [.open, .accepted, .passed][next(3)]
            )
        }
    }

    static func textKey(_ scored: ScoredFinding) -> [String] {
        [
            scored.bucket == .open ? "0" : "1", String(9 - scored.finding.severity.rank),
            String(EnvironmentMapping.rank(of: scored.environment)), scored.environment, scored.finding.identity,
        ]
    }

    @Test(arguments: [0, 1, 49, 50, 51, 400, 3_000])
    func theFirstOnesAreThoseOfTheFullSort(count: Int) {
        for seed: UInt64 in [1, 2, 3] {
            let findings = Self.findings(count: count, seed: seed)
            let include: (ScoredFinding) -> Bool = { $0.bucket != .passed }
            for limit in [0, 1, 50] {
                let positions = findings.indices.filter { include(findings[$0]) }
                let listed = FindingRowView.listed(findings, at: positions, limit: limit)
                let expected = findings.filter(include).sorted {
                    Self.textKey($0).lexicographicallyPrecedes(Self.textKey($1))
                }
                #expect(listed.count == expected.count)
                #expect(listed.first.map(\.finding.identity) == expected.prefix(limit).map(\.finding.identity))
            }
        }
    }
}
