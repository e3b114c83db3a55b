import Foundation
import Rendering
import ReportModel
import TestSupport
import Testing

@Suite struct JSONReportTests {
    static func json() throws -> [String: Any] {
        let text = try #require(try RenderingFixture.render(sampleReportDocument(), [.json])["report.json"])
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func hasTheContractKeys() throws {
        let json = try Self.json()
        for key in [
            "schemaVersion", "asOf", "period", "generator", "edition", "scores", "scoreDetail", "layers",
            "environments",
            "controls", "findings", "inputs", "reconciliation", "acceptances", "suppressedWithoutDecision", "trend",
            "diagnostics",
        ] {
            #expect(json[key] != nil, "\(key)")
        }
        #expect(json["schemaVersion"] as? Int == 1)
        let layers = try #require(json["layers"] as? [[String: Any]])
        #expect(
            layers.compactMap { $0["layer"] as? String } == [
                "account", "network", "webapp", "datastore", "unclassified",
            ]
        )
        let open = try #require(layers.first?["openFindings"] as? [String: Int])
        #expect(Set(open.keys) == ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL"])
        #expect(layers.last?["score"] is NSNull)
        let scores = try #require(json["scores"] as? [String: Any])
        #expect(scores["securityHub"] as? Double == 41.7)
        #expect(scores["withAcceptances"] as? Double == 58.3)
        #expect(scores["byStandard"] is [Any])
    }

    @Test func reconciliationBucketsAddUpToRecords() throws {
        let reconciliation = try #require(try Self.json()["reconciliation"] as? [String: Int])
        let records = try #require(reconciliation["records"])
        #expect(reconciliation.filter { $0.key != "records" }.values.reduce(0, +) == records)
        for bucket in FindingBucket.allCases { #expect(reconciliation[bucket.rawValue] != nil) }
    }

    @Test func findingsAndControlsAreComplete() throws {
        let json = try Self.json()
        let document = sampleReportDocument()
        #expect((json["findings"] as? [Any])?.count == document.report.findings.count)
        #expect((json["controls"] as? [Any])?.count == document.report.controls.count)
        let finding = try #require((json["findings"] as? [[String: Any]])?.first)
        for key in [
            "id", "identity", "product", "title", "severity", "layer", "placedBy", "accountId", "environment", "region",
            "resources", "controlId", "compliance", "workflow", "recordState", "bucket", "acceptanceId",
            "firstObservedAt",
            "updatedAt", "ageDays",
        ] {
            #expect(finding[key] != nil, "\(key)")
        }
    }

    @Test func schemaFileListsTheRequiredKeys() throws {
        let url = RenderingFixture.packageRoot.appendingPathComponent("docs/report.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let required = try #require(schema["required"] as? [String])
        let json = try Self.json()
        for key in required { #expect(json[key] != nil, "\(key)") }
    }
}
