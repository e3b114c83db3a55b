import Foundation
import Importers
import ReportModel
import Testing

@Suite("front door evidence from the November samples")
struct FrontDoorEvidenceTests {
    private func sampleEvidence(reversed: Bool) throws -> FrontDoorEvidence {
        var parts: [FrontDoorEvidence] = []
        for name in ["shop-api-basic.json", "shop-web-enhanced.json"] {
            let result = try ECRScanImporter().importScanFindings(
                from: FrontDoorFixtures.data(FrontDoorFixtures.sample("ecr/\(name)")),
                origin: RecordOrigin(file: name, record: 0)
            )
            parts.append(FrontDoorEvidence.merging(images: result.image.map { [$0] } ?? []))
        }
        let webACL = try WebACLImporter().importWebACL(
            from: FrontDoorFixtures.data(FrontDoorFixtures.sample("waf/web-acl.json")),
            origin: RecordOrigin(file: "web-acl.json", record: 0)
        )
        parts.append(FrontDoorEvidence.merging(webACLs: [webACL.webACL]))
        var accumulator = WAFLogAccumulator()
        let lines = try FrontDoorFixtures.gzipLines(FrontDoorFixtures.sample("waf/waf-log.jsonl.gz"))
        for (index, line) in lines.enumerated() {
            try accumulator.add(record: line, origin: RecordOrigin(file: "waf-log.jsonl.gz", record: index))
        }
        parts.append(FrontDoorEvidence.merging(traffic: accumulator.finalize()))
        var evidence = FrontDoorEvidence()
        for part in reversed ? parts.reversed() : parts { evidence = evidence.merged(with: part) }
        return evidence
    }

    @Test("merging is order independent and the JSON form is stable and round-trips")
    func mergeAndEncode() throws {
        let forward = try sampleEvidence(reversed: false)
        let backward = try sampleEvidence(reversed: true)
        #expect(forward == backward)
        #expect(!forward.isEmpty && FrontDoorEvidence().isEmpty)
        #expect(forward.images.map(\.repository) == ["shop/api", "shop/web"])
        #expect(forward.webACLs.count == 1)
        #expect(forward.traffic.count == 1)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let once = try encoder.encode(forward)
        #expect(try encoder.encode(backward) == once)
        let decoded = try JSONDecoder().decode(FrontDoorEvidence.self, from: once)
        #expect(decoded == forward)
        let text = String(decoding: once, as: UTF8.self)
        #expect(text.contains(#""blockedByCategory":{"bad-inputs""#) == false)
        #expect(text.contains(#""blockedByCategory":{"ip-reputation":21"#))
    }

    @Test("traffic of the same web ACL from two files adds up")
    func trafficMerge() throws {
        let lines = try FrontDoorFixtures.gzipLines(FrontDoorFixtures.sample("waf/waf-log.jsonl.gz"))
        var first = WAFLogAccumulator()
        var second = WAFLogAccumulator()
        for (index, line) in lines.enumerated() {
            if index < 200 {
                try first.add(record: line, origin: RecordOrigin(file: "a.log", record: index))
            } else {
                try second.add(record: line, origin: RecordOrigin(file: "b.log", record: index))
            }
        }
        let merged = FrontDoorEvidence.merging(traffic: first.finalize() + second.finalize())
        let traffic = try #require(merged.traffic.first)
        #expect(merged.traffic.count == 1)
        #expect(traffic.requests == 532)
        #expect(traffic.blocked == 152)
        #expect(traffic.countMatches == 16)
        #expect(traffic.files == ["a.log", "b.log"])
    }
}
