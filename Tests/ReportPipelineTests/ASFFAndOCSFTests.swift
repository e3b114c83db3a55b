import Foundation
import Importers
import ReportModel
import Scoring
import TestSupport
import Testing

/// The same findings exported as ASFF and as Security Hub v2 OCSF give the same scores.
@Suite struct ASFFAndOCSFTests {
    /// The basic fixture's control findings, rewritten as OCSF Compliance Findings (class 2003).
    static func ocsfLines() throws -> String {
        let url = PipelineHarness.fixtures.appendingPathComponent("basic/findings.json")
        let export = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let findings = export?["Findings"] as? [[String: Any]] ?? []
        let compliance = ["PASSED": "Pass", "FAILED": "Fail", "WARNING": "Warning", "NOT_AVAILABLE": "Unknown"]
        let status = ["NEW": "New", "NOTIFIED": "In Progress", "SUPPRESSED": "Suppressed", "RESOLVED": "Resolved"]
        var lines: [String] = []
        for finding in findings {
            guard let block = finding["Compliance"] as? [String: Any] else { continue }
            let workflow = (finding["Workflow"] as? [String: Any])?["Status"] as? String ?? "NEW"
            let archived = finding["RecordState"] as? String == "ARCHIVED"
            let resources = (finding["Resources"] as? [[String: Any]] ?? []).map {
                ["uid": $0["Id"] ?? "", "type": $0["Type"] ?? ""]
            }
            let severity = ((finding["Severity"] as? [String: Any])?["Label"] as? String ?? "INFORMATIONAL")
            let record: [String: Any] = [
                "class_uid": 2003, "activity_id": archived ? 3 : 1,
                "severity": severity.capitalized, "status": status[workflow] ?? "New",
                "metadata": [
                    "uid": finding["Id"] ?? "",
                    "product": [
                        "name": "Security Hub", "uid": "arn:aws:securityhub:eu-west-1::productv2/aws/securityhub",
                    ],
                ],
                "cloud": ["account": ["uid": finding["AwsAccountId"] ?? ""], "region": "eu-west-1"],
                "finding_info": [
                    "uid": finding["Id"] ?? "", "title": finding["Title"] ?? "",
                    "modified_time": Self.milliseconds(finding["UpdatedAt"] as? String ?? ""),
                ],
                "compliance": [
                    "control": block["SecurityControlId"] ?? "",
                    "status": compliance[block["Status"] as? String ?? ""] ?? "Unknown",
                ],
                "resources": resources,
            ]
            let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
            lines.append(String(decoding: data, as: UTF8.self))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2026-11-20T08:00:00.000Z` → epoch milliseconds, as Security Hub v2 writes OCSF times.
    static func milliseconds(_ text: String) -> Int {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return Int((formatter.date(from: text)?.timeIntervalSince1970 ?? 0) * 1000)
    }

    @Test func sameScoresFromEitherFormat() throws {
        let folder = PipelineHarness.fixtures.appendingPathComponent("basic")
        let scorer = Scorer(configuration: try PipelineHarness.configuration(for: folder))
        let asOf = ReportDate(year: 2026, month: 11, day: 30)
        let fromASFF = scorer.score(
            try FindingImporter().importFindings(from: try PipelineHarness.sources(for: folder)),
            asOf: asOf
        )
        let ocsf = try Self.ocsfLines()
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: "findings.ocsf.jsonl", content: .bytes(Array(ocsf.utf8)))
        ])
        #expect(data.inputs.first?.format == .ocsf)
        #expect(data.diagnostics.filter { $0.level == .warning }.isEmpty, "\(data.diagnostics)")
        let fromOCSF = scorer.score(data, asOf: asOf)

        #expect(fromOCSF.overall == fromASFF.overall)
        #expect(fromOCSF.overall.securityHubScore?.percentOneDecimal == 33.3)
        #expect(fromOCSF.layers.map(\.controls) == fromASFF.layers.map(\.controls))
        #expect(fromOCSF.environments.map(\.controls) == fromASFF.environments.map(\.controls))
        let states = { (report: ScoredReport) in report.controls.map { "\($0.controlId) \($0.state)" }.sorted() }
        #expect(states(fromOCSF) == states(fromASFF))
    }
}
