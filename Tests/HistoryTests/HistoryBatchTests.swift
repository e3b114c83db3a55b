import Foundation
import History
import ReportModel
import Testing

/// Finding rows are written in multi-row batches, their texts bound from one buffer; every row reads back as
/// written, whatever the count against the batch size, the identity's shape (packed UUID or hex tail, text,
/// beyond ASCII) or an empty text (which must stay empty, not become NULL).
@Suite struct HistoryBatchTests {
    static func identity(_ index: Int) -> String {
        switch index % 4 {
        case 0: "id-\(index)"
        case 1:
            "asff|arn:aws:securityhub:us-east-1::product/aws/securityhub|arn:aws:securityhub:us-east-1:"
                + "123456789012:security-control/EC2.2/finding/"
                + String(format: "%08x-0000-4000-8000-%012x", index, index)
        case 2: "inspector|arn:aws:inspector2:eu-central-1:210000000000:finding/" + String(format: "%032x", index)
        default: "vuln|sha256:0b2e|CVE-2024-\(index)|é-🚀"
        }
    }

    @Test(arguments: [0, 1, 199, 200, 201, 457])
    func everyRowReadsBack(count: Int) throws {
        let history = try TemporaryHistory()
        defer { history.remove() }
        let asOf = ReportDate(year: 2026, month: 11, day: 30)
        let findings = (0..<count).map { index in
            FindingSnapshot(
                identity: Self.identity(index),
                status: index % 3 == 0 ? .accepted : .open,
                severity: index % 2 == 0 ? .high : .low,
                layer: index % 5 == 0 ? .unclassified : .layer(.network),
                environment: index % 9 == 0 ? "" : index % 4 == 0 ? "prod" : "unmapped",
                controlId: index % 7 == 0 ? nil : index % 11 == 0 ? "" : "EC2.\(index % 20)",
                firstSeen: index % 6 == 0 ? nil : ReportDate(year: 2026, month: 1 + index % 11, day: 1 + index % 28),
                lastSeen: asOf
            )
        }
        let snapshot = ReportSnapshot.findingsOnly(findings, asOf: asOf)
        let store = try history.open()
        try store.record(snapshot) { _ in () }
        let stored = try #require(try store.snapshot(for: "2026-11"))
        #expect(stored.findings.sorted { $0.identity < $1.identity } == findings.sorted { $0.identity < $1.identity })
    }
}
