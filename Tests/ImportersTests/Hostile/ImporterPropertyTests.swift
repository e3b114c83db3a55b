import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// Issue 11: a bounded property test over the importers. Random bytes, random JSON trees and
/// mutations of real-shaped records must end in a result or an `ImportError`, never a trap.
/// The generator is seeded, so a failure reproduces with the printed seed.
@Suite struct ImporterPropertyTests {
    typealias Generator = SeededGenerator

    static let keys = [
        "Findings", "findings", "Id", "SchemaVersion", "ProductArn", "AwsAccountId", "UpdatedAt", "CreatedAt",
        "Severity", "Label", "Compliance", "Status", "SecurityControlId", "Resources", "Type", "Title", "detail",
        "SampledRequests", "Weight", "Timestamp", "timestamp", "webaclId", "httpRequest", "imageScanFindings",
        "findingSeverityCounts", "events", "logEvents", "message", "class_uid", "finding_info", "uid", "NextToken",
        "Rules", "Statement", "Priority", "PopulationSize", "severity", "status", "findingArn",
        "packageVulnerabilityDetails",
    ]
    static let scalars = [
        "0", "-1", "1e300", "9223372036854775807", "-9223372036854775808", "1.7976931348623157e308", "true", "null",
        "\"\"", "\"HIGH\"", "\"FAILED\"", "\"2026-11-30T00:00:00Z\"", "\"9300000000000000000\"", "\"\\u0000\\u001b\"",
        "\"\\ud800\"", "\"\u{202E}\"", "\"2018-10-08\"", "\"arn:aws:securityhub:::product/aws/securityhub\"",
        "\"nan\"", "\"inf\"", "\"1e400\"", "1e400", "2.5", "\" 12 \"",
    ]

    static func tree(_ random: inout Generator, depth: Int) -> String {
        let choice = depth > 6 ? 2 : Int.random(in: 0..<4, using: &random)
        switch choice {
        case 0:
            let count = Int.random(in: 0..<6, using: &random)
            let members = (0..<count).map { _ in
                "\"\(keys.randomElement(using: &random) ?? "x")\":\(tree(&random, depth: depth + 1))"
            }
            return "{" + members.joined(separator: ",") + "}"
        case 1:
            let count = Int.random(in: 0..<5, using: &random)
            return "[" + (0..<count).map { _ in tree(&random, depth: depth + 1) }.joined(separator: ",") + "]"
        default:
            return scalars.randomElement(using: &random) ?? "null"
        }
    }

    static func importAnything(_ bytes: [UInt8], skipInvalid: Bool) {
        let importer = FindingImporter(options: ImportOptions(skipInvalid: skipInvalid))
        do {
            let data = try importer.importFindings(from: [InputSource(path: "fuzz.json", content: .bytes(bytes))])
            #expect(data.inputs.count == 1)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test(arguments: 0..<8)
    func randomJSONTreesNeverTrap(seed: UInt64) {
        var random = Generator(seed: seed)
        for _ in 0..<150 {
            let text = Self.tree(&random, depth: 0)
            Self.importAnything(Array(text.utf8), skipInvalid: Bool.random(using: &random))
            Self.importAnything(Array("{\"Findings\":[\(text)]}".utf8), skipInvalid: true)
        }
    }

    @Test(arguments: 0..<4)
    func randomBytesNeverTrap(seed: UInt64) {
        var random = Generator(seed: seed &+ 1000)
        for _ in 0..<150 {
            let count = Int.random(in: 0..<512, using: &random)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            if Bool.random(using: &random) { bytes = [0x1F, 0x8B] + bytes }
            Self.importAnything(bytes, skipInvalid: Bool.random(using: &random))
        }
    }

    /// Real-shaped records of several families, mutated.
    static let bases: [String] = [
        "{\"Findings\":[\(StreamingShapeTests.record("a"))]}",
        #"[{"class_uid":2003,"activity_id":1,"severity_id":3,"status_id":1,"metadata":{"uid":"m","product":{"name":"Security Hub"}},"cloud":{"account":{"uid":"111122223333"}},"finding_info":{"uid":"u","title":"t","modified_time":1758273447903},"compliance":{"control":"S3.1","status_id":3}}]"#,
        #"{"SampledRequests":[{"Request":{"ClientIP":"198.51.100.1","Country":"ES","URI":"/","Method":"GET"},"Weight":3,"Timestamp":1795942986.8,"Action":"BLOCK","RuleNameWithinRuleGroup":"AWS#G#R"}],"PopulationSize":10}"#,
        #"{"timestamp":1793493082590,"webaclId":"arn:w","action":"BLOCK","terminatingRuleId":"R","httpRequest":{"clientIp":"1.2.3.4","country":"GB","uri":"/","httpMethod":"GET","requestId":"r"}}"#,
        #"{"registryId":"111122223333","repositoryName":"r","imageId":{"imageDigest":"sha256:a"},"imageScanFindings":{"imageScanCompletedAt":1795942986,"findings":[{"name":"CVE-1","severity":"HIGH"}],"findingSeverityCounts":{"HIGH":1}}}"#,
    ]

    @Test(arguments: 0..<5)
    func mutatedRecordsNeverTrap(seed: UInt64) {
        var random = Generator(seed: seed &+ 2000)
        let base = Array(Self.bases[Int(seed) % Self.bases.count].utf8)
        for _ in 0..<200 {
            var bytes = base
            for _ in 0..<Int.random(in: 1..<6, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: index)
                default:
                    bytes.insert(contentsOf: Array((Self.scalars.randomElement(using: &random) ?? "0").utf8), at: index)
                }
            }
            Self.importAnything(bytes, skipInvalid: Bool.random(using: &random))
        }
    }
}
