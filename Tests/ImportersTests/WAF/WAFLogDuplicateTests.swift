import Foundation
import Importers
import ReportModel
import Testing

/// WAF log copies are counted as duplicates in the import (and so in the reconciliation and
/// `inspect`), keyed on request id, time and client.
@Suite struct WAFLogDuplicateTests {
    static func line(request: String, client: String, time: Int = 1_764_000_000_000) -> String {
        #"{"timestamp":TIME,"formatVersion":1,"webaclId":"arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop/1","terminatingRuleId":"Default_Action","terminatingRuleType":"REGULAR","action":"ALLOW","ruleGroupList":[],"httpSourceName":"ALB","httpSourceId":"x","httpRequest":{"clientIp":"CLIENT","country":"JP","headers":[],"uri":"/","args":"","httpVersion":"HTTP/1.1","httpMethod":"GET","requestId":"REQ"}}"#
            .replacingOccurrences(of: "TIME", with: String(time)).replacingOccurrences(of: "CLIENT", with: client)
            .replacingOccurrences(of: "REQ", with: request)
    }

    static let text = [
        line(request: "r1", client: "198.51.100.1"),
        line(request: "r1", client: "198.51.100.1"),
        line(request: "r1", client: "203.0.113.9"),
        line(request: "r2", client: "198.51.100.1"),
    ].joined(separator: "\n")

    @Test func copiesAreDuplicatesAndTwoClientsNeverMerge() throws {
        let data = try StreamingShapeTests.run(Self.text, path: "waf.jsonl")
        #expect(data.records == 4)
        #expect(data.duplicates == 1)
        #expect(data.inputs.map(\.evidenceRecords) == [3])
        #expect(data.frontDoor.traffic.map(\.requests) == [3])
        #expect(data.duplicates + data.inputs[0].evidenceRecords + data.skipped.count == data.records)
    }

    @Test func copiesInALaterFileAreDuplicatesToo() throws {
        let sources = [
            InputSource(path: "a.jsonl", content: .bytes(Array(Self.text.utf8))),
            InputSource(path: "b.jsonl", content: .bytes(Array(Self.text.utf8))),
        ]
        let data = try FindingImporter().importFindings(from: sources)
        #expect(data.records == 8)
        #expect(data.duplicates == 5)
        #expect(data.inputs.map(\.evidenceRecords) == [3, 0])
    }

    @Test func inspectCountsThem() throws {
        let inspection = try FindingImporter().inspect([
            InputSource(path: "waf.jsonl", content: .bytes(Array(Self.text.utf8)))
        ])
        #expect(inspection.map(\.duplicates) == [1])
        #expect(inspection.map(\.evidence) == [3])
    }
}
