import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// One expected outcome per own fixture file: the twin of `FixtureImportTests`, always run.
@Suite struct OwnFixtureImportTests {
    static let expectations: [FixtureExpectation] = [
        .init(file: "asff/config-multiple-resources.json", format: .asff, records: 2, unique: 2),
        .init(file: "asff/event-custom-action-multi-select.json", format: .asff, records: 3, unique: 3),
        .init(file: "asff/event-imported-archived.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/event-imported.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/get-findings-page-1.json", format: .asff, records: 3, unique: 3),
        .init(file: "asff/get-findings-page-2.json", format: .asff, records: 2, unique: 2),
        .init(file: "asff/guardduty-findings.json", format: .asff, records: 3, unique: 3),
        .init(file: "asff/inspector-findings-array.json", format: .asff, records: 3, unique: 3),
        .init(file: "asff/missing-account-id.json", format: .asff, records: 1, unique: 1),
        .init(file: "asff/prowler-v2.asff-json", format: .asff, records: 3, unique: 3),
        .init(file: "asff/trivy-image-duplicates.json", format: .asff, records: 7, unique: 4),
        .init(file: "asff/workflow-status-over-state.json", format: .asff, records: 1, unique: 1),
        .init(file: "ecr/describe-image-scan-findings-basic.json", format: .ecr, records: 5, unique: 5),
        .init(file: "ecr/describe-image-scan-findings-enhanced.json", format: .ecr, records: 3, unique: 3),
        .init(file: "ecr/image-scan-event.json", format: .ecr, records: 1, unique: 0, evidence: 1),
        .init(file: "inspector2/list-findings-empty-object.json", format: nil, records: 0, unique: 0),
        .init(file: "inspector2/list-findings-one.json", format: .inspector2, records: 1, unique: 1),
        .init(file: "inspector2/list-findings-python-timestamps.json", format: .inspector2, records: 4, unique: 4),
        .init(file: "inspector2/list-findings-zero.json", format: nil, records: 0, unique: 0),
        .init(file: "ocsf/prowler-4-muted.ocsf.json", format: .ocsf, records: 3, unique: 3),
        .init(file: "ocsf/prowler-5-manual.ocsf.json", format: .ocsf, records: 4, unique: 3),
        .init(file: "ocsf/prowler-empty.ocsf.json", format: nil, records: 0, unique: 0),
        .init(file: "ocsf/securityhub-v2-findings.jsonl", format: .ocsf, records: 6, unique: 6),
        .init(file: "waf/get-sampled-requests.json", format: .wafSampled, records: 4, unique: 0, evidence: 4),
        .init(file: "waf/get-web-acl.json", format: .wafWebACL, records: 1, unique: 0, evidence: 1),
        .init(file: "waf/waf-log-multi-member.jsonl.gz", format: .wafLog, records: 11, unique: 0, evidence: 11),
    ]

    @Test(arguments: expectations)
    func fixtureCounts(_ expected: FixtureExpectation) throws {
        let data = try OwnFixtures.load(expected.file)
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
        #expect(try OwnFixtures.all() == Self.expectations.map(\.file).sorted())
    }

    @Test func storedDigestMatchesSources() throws {
        // Pins the generator's output: rerunning scripts/make-fixtures.py must write the same bytes.
        let data = try OwnFixtures.load("asff/guardduty-findings.json")
        #expect(data.inputs[0].sha256 == "5922fb62820b60292e8f017d4327319eadefe12ac34feae9c6fa390e09acbbc7")
        #expect(data.inputs[0].bytes == 7405)
    }
}
