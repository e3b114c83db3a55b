import Foundation
import History
import Importers
import Rendering
import ReportModel
import ReportPipeline
import Scoring
import TestSupport
import Testing

/// The samples, start to finish, as the README's first command renders them: September and
/// October into history, then November with ECR and WAF evidence. The expected numbers are the
/// ones `scripts/make-samples.py` computes independently (samples/README.md).
@Suite struct SamplesTests {
    static let samples = RepositoryPaths.file("samples")

    static func pipeline() throws -> ReportPipeline {
        ReportPipeline(
            importer: FindingImporter(),
            scorer: Scorer(configuration: try PipelineHarness.configuration(for: samples))
        )
    }

    static func sources(_ month: String) throws -> [InputSource] {
        try InputCollector.sources(for: [samples.appendingPathComponent(month).path]) { [] }
    }

    /// Records September and October, then renders November; returns the document and files.
    static func renderNovember() throws -> (ReportDocument, [String: String]) {
        let folder = try RepositoryPaths.temporaryFolder("samples")
        let store = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        let pipeline = try pipeline()
        for (month, day) in [("2026-09", 30), ("2026-10", 31)] {
            let asOf = ReportDate(year: 2026, month: Int(month.suffix(2)) ?? 1, day: day)
            let report = try pipeline.assess(try sources(month), asOf: asOf, strict: false)
            try store.record(ReportSnapshot(report)) { _ in () }
        }
        var files: [String: String] = [:]
        let document = try pipeline.run(
            try sources("2026-11"),
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            context: ReportContext(organization: "Example Shop", toolVersion: "test"),
            formats: Set(OutputFormat.allCases),
            history: { store },
            renderer: ReportRenderer(templates: try PipelineHarness.templates()),
            strict: false
        ) { rendered in
            for file in rendered { files[file.path] = file.contents }
        }
        return (document, files)
    }

    @Test func novemberScoresMatchTheGeneratorsOwnComputation() throws {
        let (document, _) = try Self.renderNovember()
        let report = document.report
        // samples/README.md: November overall 76.1 % (51 passed / 13 failed / 3 unknown).
        #expect(report.overall.securityHubScore.map { ($0.numerator, $0.denominator) } ?? (0, 0) == (51, 67))
        #expect(report.overall.failed + report.overall.accepted == 13)
        #expect(report.overall.unknown == 3)
        let byName = Dictionary(uniqueKeysWithValues: report.environments.map { ($0.name, $0.controls) })
        #expect(byName["shop-prod"]?.securityHubScore?.percentOneDecimal == 88.1)
        #expect(byName["shop-staging"]?.securityHubScore?.percentOneDecimal == 81.5)
        #expect(byName["shop-dev"]?.securityHubScore?.percentOneDecimal == 84.8)
        #expect(report.controls.first { $0.controlId == "IAM.6" }?.state == .accepted)
        #expect(
            report.controls.first { $0.controlId == "S3.8" }?.failingResources == ["arn:aws:s3:::shop-prod-exports"]
        )
    }

    @Test func acceptanceStatesAndSuppressions() throws {
        let (document, _) = try Self.renderNovember()
        let states = Dictionary(
            uniqueKeysWithValues: document.report.acceptances.map { ($0.acceptance.id, $0.status) }
        )
        #expect(states["RA-2026-004"] == .expired)
        #expect(states["RA-2026-005"] == .stale)
        #expect(states["RA-2026-007"] == .expiring)
        #expect(states["RA-2026-001"] == .active)
        let undecided = document.report.findings.filter { $0.bucket == .suppressed && $0.acceptanceId == nil }
        #expect(undecided.map { $0.finding.controlId } == ["ELB.6"])
    }

    @Test func everyRecordIsAccountedForAcrossAllSources() throws {
        let (document, _) = try Self.renderNovember()
        let r = document.report.reconciliation
        #expect(r.balances)
        #expect(r.records == 835)
        // 4 pagination copies in the ASFF export + 8 enhanced ECR findings merged with their Inspector twins
        // + the openssl CVE-2023-5678 that ECR basic scanning and Inspector both report on one image.
        #expect(r.duplicates == 13)
        #expect(r.evidence == 1 + 40 + 532)  // web ACL, sampled requests, WAF log lines
        let formats = Set(document.report.inputs.compactMap(\.format))
        #expect(formats == [.asff, .ecr, .wafWebACL, .wafSampled, .wafLog])
    }

    @Test func frontDoorEvidenceAndTrend() throws {
        let (document, files) = try Self.renderNovember()
        let evidence = document.report.evidence
        #expect(evidence.images.count == 2)
        let acl = try #require(evidence.webACLs.first)
        #expect(acl.check("waf.managed.known-bad-inputs")?.passed == false)
        #expect(acl.check("waf.managed.sqli")?.passed == true)
        let log = try #require(evidence.traffic.first { $0.source == .log })
        #expect(log.requests == 532)
        #expect(log.requestsByAction["BLOCK"] == 152)
        #expect(document.trend.periods.map(\.period) == ["2026-09", "2026-10", "2026-11"])
        #expect(document.trend.changes?.regressedControls.contains("EC2.19") == true)
        let json = try #require(files["report.json"])
        #expect(json.contains("\"period\" : \"2026-09\""))
        // EC2.19 passed in October: its age is not counted from when the resource was first observed.
        let markdown = try #require(files["report.md"])
        let row = markdown.split(separator: "\n").first { $0.contains("| Control EC2.19:") }
        #expect(row?.contains("| reopened after October 2026 |") == true)
        // Lambda.2 fails on three functions; the CDK one is accepted (RA-2026-002), so attention lists two.
        let lambda = markdown.split(separator: "\n").first { $0.contains("| Control Lambda.2:") }
        #expect(lambda?.contains("shop-dev-image-resizer") == true)
        #expect(lambda?.contains("CustomS3AutoDeleteObjects") == false)
    }

    @Test func renderingTheSameMonthTwiceGivesTheSameBytes() throws {
        let first = try Self.renderNovember().1
        let second = try Self.renderNovember().1
        #expect(first == second)
    }
}
