import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// One expected outcome per shared fixture file.
struct FixtureExpectation: Sendable, CustomStringConvertible {
    var file: String
    var format: InputFormat?
    var records: Int
    var unique: Int
    var evidence: Int = 0
    var description: String { file }
}

@Suite(.needsSharedFixtures) struct FixtureImportTests {
    static let expectations: [FixtureExpectation] = [
        .init(file: "asff/asr_afsbp-rds.2.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/asr_event_customaction_CIS_1-6-multi-select.json", format: .asff, records: 2, unique: 2),
        .init(file: "asff/asr_event_imported_afsbp-ec2.7.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/asr_pci-s3.1.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/dd_asff_guardduty_iamuser_networkpermissions.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/dd_asff_many_vulns.json", format: .asff, records: 5, unique: 5),
        .init(file: "asff/dd_config_multiple_resources.json", format: .asff, records: 2, unique: 2),
        .init(file: "asff/dd_config_one_finding.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/dd_guardduty.json", format: .asff, records: 4, unique: 4),
        .init(file: "asff/dd_inspector_ec2_ghsa.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/dd_inspector_ecr.json", format: .asff, records: 7, unique: 7),
        .init(file: "asff/dd_missing_account_id.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/heimdall_asff_sample.json", format: .asff, records: 18, unique: 18),
        .init(file: "asff/heimdall_prowler-sample.asff-json", format: .asff, records: 10, unique: 10),
        .init(file: "asff/heimdall_trivy-image_golang-1.12-alpine_sample.json", format: .asff, records: 44, unique: 23),
        .init(file: "asff/jira_event_imported_archived_existing.json", format: .asff, records: 1, unique: 1),
        .init(file: "ocsf/dd_prowler_v3plus_many_vuln.ocsf.json", format: .ocsf, records: 3, unique: 3),
        .init(file: "ocsf/dd_prowler_v3plus_no_vuln.ocsf.json", format: nil, records: 0, unique: 0),
        .init(file: "ocsf/elastic_securityhub_v2_test-findings.log", format: .ocsf, records: 10, unique: 10),
        .init(file: "ocsf/prowler_example_output_aws.ocsf.json", format: .ocsf, records: 5, unique: 1),
        .init(file: "inspector2/dd_aws_inspector2_empty_with_error.json", format: nil, records: 0, unique: 0),
        .init(file: "inspector2/dd_aws_inspector2_one_vul.json", format: .inspector2, records: 1, unique: 1),
        .init(
            file: "inspector2/dd_aws_inspector2_package_vuln_metadata.json",
            format: .inspector2,
            records: 28,
            unique: 28
        ),
        .init(file: "inspector2/dd_aws_inspector2_zero_vul.json", format: nil, records: 0, unique: 0),
        .init(file: "ecr/lambdago_ecr-image-scan-event.json", format: .ecr, records: 1, unique: 0, evidence: 1),
        .init(file: "waf/wafsa_test_waf_log.gz", format: .wafLog, records: 228, unique: 0, evidence: 228),
    ]

    static func load(_ file: String) throws -> ImportedData {
        try FindingImporter().importFindings(from: [
            InputSource(path: file, content: .file(RepositoryPaths.fixture(file)))
        ])
    }

    @Test(arguments: expectations)
    func fixtureCounts(_ expected: FixtureExpectation) throws {
        let data = try Self.load(expected.file)
        let input = try #require(data.inputs.first)
        #expect(input.format == expected.format)
        #expect(input.records == expected.records)
        #expect(data.findings.count == expected.unique)
        #expect(input.evidenceRecords == expected.evidence)
        #expect(input.sha256.count == 64)
        // Every record is accounted for.
        #expect(data.duplicates + data.findings.count + input.evidenceRecords + data.skipped.count == data.records)
        if expected.records == 0 {
            #expect(data.diagnostics.map(\.worded) == [EnglishDiagnostic(.note, file: expected.file, "no findings")])
        }
    }

    @Test func everyFixtureIsInTheTable() throws {
        var files: [String] = []
        for family in ["asff", "ocsf", "inspector2", "ecr", "waf"] {
            let names = try FileManager.default.contentsOfDirectory(
                atPath: RepositoryPaths.sharedFixtures.appendingPathComponent(family).path
            )
            files += names.map { "\(family)/\($0)" }
        }
        #expect(files.sorted() == Self.expectations.map(\.file).sorted())
    }

    @Test func storedDigestMatchesSources() throws {
        let data = try Self.load("asff/dd_guardduty.json")
        #expect(data.inputs[0].sha256 == "da8c114f7dcb80d116835431eaa7327b161af1075f613526463c8b24856cf5d7")
        #expect(data.inputs[0].bytes == 26122)
    }
}
