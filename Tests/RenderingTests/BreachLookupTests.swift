import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// The SLA breaches listed name their findings the same way whether the report knows its identity order (the few
/// named are then found by bisection) or not (a pass over every finding), and a wrong order, or a breach whose
/// finding is not in the period, falls back to the pass: every format renders the same bytes.
@Suite struct BreachLookupTests {
    @Test(arguments: [false, true])
    func breachesNameTheirFindingsWithAndWithoutTheIdentityOrder(oneAbsent: Bool) throws {
        var document = sampleReportDocument()
        let findings = document.report.findings
        #expect(findings.count >= 3)
        var breaches = [0, findings.count - 1].map { index in
            SLABreach(
                identityKey: findings[index].finding.identityKey,
                severity: findings[index].finding.severity,
                layer: findings[index].layer,
                ageDays: 40 + index,
                slaDays: 15
            )
        }
        if oneAbsent {
            breaches.append(
                SLABreach(identity: "absent|finding", severity: .low, layer: .unclassified, ageDays: 400, slaDays: 90)
            )
        }
        document.trend.changes?.slaBreaches = breaches
        #expect(document.trend.changes?.slaBreaches.count == breaches.count)
        let right = findings.indices.sorted { findings[$0].finding.identityKey < findings[$1].finding.identityKey }
            .map { Int32($0) }
        let unordered = try RenderingFixture.render(document)
        // The breaches' findings are named: their titles are in the Markdown.
        let markdown = unordered["report.md"] ?? ""
        #expect(markdown.contains(findings[findings.count - 1].finding.title.prefix(12)))
        for order in [
            right, Array(right.reversed()), Array(right.dropLast()), right.map { _ in Int32(findings.count) },
        ] {
            document.report.identityOrder = IdentityOrder(order)
            #expect(try RenderingFixture.render(document) == unordered)
        }
    }
}
