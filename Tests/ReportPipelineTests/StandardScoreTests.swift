import Foundation
import Importers
import Rendering
import ReportModel
import ReportPipeline
import Scoring
import TestSupport
import Testing

/// The console's per-standard scores, from consolidated control findings that name their standards.
@Suite struct StandardScoreTests {
    static let fsbp = "standards/aws-foundational-security-best-practices/v/1.0.0"
    static let cis = "standards/cis-aws-foundations-benchmark/v/3.0.0"

    /// One consolidated control finding as `get-findings` writes it.
    static func finding(
        _ control: String,
        _ status: String,
        account: String,
        standards: [String],
        workflow: String = "NEW",
        record: String = "ACTIVE",
        resource: String? = nil,
        resourceType: String = "AwsAccount",
        requirements: [String]? = nil
    ) -> [String: Any] {
        var compliance: [String: Any] = [
            "Status": status, "SecurityControlId": control,
            "AssociatedStandards": standards.map { ["StandardsId": $0] },
        ]
        compliance["RelatedRequirements"] = requirements
        return [
            "SchemaVersion": "2018-10-08",
            "Id":
                "arn:aws:securityhub:eu-west-1:\(account):security-control/\(control)/finding/\(control)-\(account)-\(resource ?? "account")",
            "ProductArn": "arn:aws:securityhub:eu-west-1::product/aws/securityhub",
            "ProductName": "Security Hub",
            "GeneratorId": "security-control/\(control)",
            "AwsAccountId": account,
            "Region": "eu-west-1",
            "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
            "CreatedAt": "2026-11-01T00:00:00.000Z",
            "UpdatedAt": "2026-11-20T00:00:00.000Z",
            "Severity": ["Label": "MEDIUM"],
            "Title": "\(control) check",
            "Description": "d",
            "Resources": [
                ["Type": resourceType, "Id": resource ?? "AWS::::Account:\(account)", "Region": "eu-west-1"]
            ],
            "Compliance": compliance,
            "Workflow": ["Status": workflow],
            "RecordState": record,
        ]
    }

    static let prod = "111122223333"
    static let dev = "777788889999"

    static var findings: [[String: Any]] {
        [
            // In both standards.
            finding("IAM.6", "FAILED", account: prod, standards: [fsbp, cis]),
            finding("IAM.6", "PASSED", account: dev, standards: [fsbp, cis]),
            finding("CloudTrail.1", "PASSED", account: prod, standards: [fsbp, cis]),
            finding("CloudTrail.1", "PASSED", account: dev, standards: [fsbp, cis]),
            finding("IAM.3", "WARNING", account: prod, standards: [fsbp, cis]),
            // FSBP only.
            finding("S3.1", "PASSED", account: prod, standards: [fsbp]),
            finding("S3.8", "FAILED", account: dev, standards: [fsbp], resource: "arn:aws:s3:::shop-dev-exports"),
            finding("S3.8", "PASSED", account: prod, standards: [fsbp], resource: "arn:aws:s3:::shop-prod-exports"),
            finding("ECS.5", "PASSED", account: prod, standards: [fsbp]),
            finding("EC2.19", "FAILED", account: prod, standards: [fsbp], workflow: "SUPPRESSED"),
            finding("Lambda.2", "FAILED", account: prod, standards: [fsbp], record: "ARCHIVED"),
            // CIS only.
            finding("CloudWatch.1", "FAILED", account: dev, standards: [cis]),
            finding("EC2.21", "PASSED", account: dev, standards: [cis]),
            finding("Config.1", "NOT_AVAILABLE", account: prod, standards: [cis]),
        ]
    }

    static func report(_ records: [[String: Any]]) throws -> ScoredReport {
        let data = try JSONSerialization.data(withJSONObject: ["Findings": records], options: [.sortedKeys])
        let pipeline = ReportPipeline(
            importer: FindingImporter(),
            scorer: Scorer(configuration: try PipelineHarness.configuration(for: PipelineHarness.fixtures))
        )
        return try pipeline.assess(
            [InputSource(path: "findings.json", content: .bytes([UInt8](data)))],
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            strict: false
        )
    }

    @Test func eachStandardScoresItsOwnControlsAsTheConsoleDoes() throws {
        let report = try Self.report(Self.findings)
        let byId = Dictionary(uniqueKeysWithValues: report.byStandard.map { ($0.standardsId, $0) })
        // By hand. FSBP: IAM.6 failed (prod), CloudTrail.1 passed, IAM.3 unknown, S3.1 passed, S3.8 failed (dev),
        // ECS.5 passed; EC2.19 (suppressed only) and Lambda.2 (archived only) have no data.
        // Score = passed / (passed + failed + unknown) = 3 / 6 = 50 %.
        let fsbp = try #require(byId[Self.fsbp])
        #expect(fsbp.name == "AWS Foundational Security Best Practices v1.0.0")
        #expect(
            fsbp.controls == ControlCounts(passed: 3, failed: 2, unknown: 1, noData: 2, accepted: 0)
        )
        #expect(fsbp.controls.securityHubScore.map { ($0.numerator, $0.denominator) } ?? (0, 0) == (3, 6))
        // CIS 3.0.0: IAM.6 failed, CloudTrail.1 passed, IAM.3 unknown, CloudWatch.1 failed, EC2.21 passed,
        // Config.1 unknown: 2 / 6 = 33.3 %.
        let cis = try #require(byId[Self.cis])
        #expect(cis.name == "CIS AWS Foundations Benchmark v3.0.0")
        #expect(cis.controls == ControlCounts(passed: 2, failed: 2, unknown: 2, noData: 0, accepted: 0))
        #expect(cis.controls.securityHubScore?.percentOneDecimal == 33.3)
        // The summary score counts each control once across both: passed CloudTrail.1, S3.1, ECS.5, EC2.21 (4);
        // failed IAM.6, S3.8, CloudWatch.1 (3); unknown IAM.3, Config.1 (2): 4 / 9.
        #expect(report.overall.securityHubScore.map { ($0.numerator, $0.denominator) } ?? (0, 0) == (4, 9))
        // Per account within FSBP: dev has IAM.6 passed, CloudTrail.1 passed, S3.8 failed: 2 / 3.
        let devFSBP = fsbp.accounts.first { $0.accountId == Self.dev }
        #expect(devFSBP?.controls.securityHubScore.map { ($0.numerator, $0.denominator) } ?? (0, 0) == (2, 3))
        // What is left to 100 %: the failed controls, fewest failing accounts first, then severity and id.
        #expect(Set(fsbp.failedControls) == ["IAM.6", "S3.8"])
        #expect(Set(cis.failedControls) == ["IAM.6", "CloudWatch.1"])
    }

    @Test func theOrderOfRecordsDoesNotChangeAnyStandardScore() throws {
        let forward = try Self.report(Self.findings).byStandard
        let backward = try Self.report(Self.findings.reversed()).byStandard
        #expect(forward == backward)
    }

    @Test func olderExportsTakeTheStandardFromTheStandardSpecificControlId() throws {
        // Consolidated findings off: CIS 1.2.0 writes `…/ruleset/…/rule/1.14` (IAM.6), CIS 1.4.0 `…/v/1.4.0/1.14`
        // (IAM.3); no AssociatedStandards, no SecurityControlId.
        func old(_ generator: String, _ status: String, id: String) -> [String: Any] {
            var record = Self.finding("X", status, account: Self.prod, standards: [])
            record["Id"] = "arn:aws:securityhub:eu-west-1:\(Self.prod):subscription/\(id)/finding/\(id.count)"
            record["GeneratorId"] = generator
            record["Compliance"] = ["Status": status]
            return record
        }
        let report = try Self.report([
            old("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0/rule/1.14", "FAILED", id: "a"),
            old("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0/rule/2.1", "PASSED", id: "bb"),
            old("cis-aws-foundations-benchmark/v/1.4.0/1.14", "PASSED", id: "ccc"),
        ])
        let byId = Dictionary(uniqueKeysWithValues: report.byStandard.map { ($0.standardsId, $0) })
        let cis12 = try #require(byId["ruleset/cis-aws-foundations-benchmark/v/1.2.0"])
        #expect(cis12.name == "CIS AWS Foundations Benchmark v1.2.0")
        #expect(cis12.controls == ControlCounts(passed: 1, failed: 1))
        #expect(cis12.failedControls == ["IAM.6"])
        let cis14 = try #require(byId["standards/cis-aws-foundations-benchmark/v/1.4.0"])
        #expect(cis14.controls == ControlCounts(passed: 1))
    }

    /// Each standard counts the controls seen in it only, however many other controls the report holds: forty
    /// controls, each in a standard of its own and all in one shared standard, in two accounts.
    @Test func standardsOfOneControlEachCountThatControlAlone() throws {
        let shared = "standards/shared/v/1.0.0"
        func own(_ number: Int) -> String { "standards/own-\(number)/v/1.0.0" }
        let records = (0..<40).flatMap { number in
            [
                Self.finding(
                    "X.\(number)",
                    number % 3 == 0 ? "FAILED" : "PASSED",
                    account: Self.prod,
                    standards: [own(number), shared]
                ),
                Self.finding(
                    "X.\(number)",
                    number % 4 == 0 ? "FAILED" : "PASSED",
                    account: Self.dev,
                    standards: [own(number), shared]
                ),
            ]
        }
        let report = try Self.report(records.reversed())
        let byId = Dictionary(uniqueKeysWithValues: report.byStandard.map { ($0.standardsId, $0) })
        #expect(byId.count == 41)
        var failing = 0
        for number in 0..<40 {
            let standard = try #require(byId[own(number)])
            let fails = number % 3 == 0 || number % 4 == 0
            failing += fails ? 1 : 0
            #expect(standard.controls == (fails ? ControlCounts(failed: 1) : ControlCounts(passed: 1)))
            #expect(standard.failedControls == (fails ? ["X.\(number)"] : []))
            #expect(standard.accounts.map(\.accountId) == [Self.prod, Self.dev].sorted())
            let inDev = standard.accounts.first { $0.accountId == Self.dev }?.controls
            #expect(inDev == (number % 4 == 0 ? ControlCounts(failed: 1) : ControlCounts(passed: 1)))
            #expect(standard.layers.reduce(0) { $0 + $1.controls.scored + $1.controls.noData } == 1)
        }
        let all = try #require(byId[shared])
        #expect(all.controls == ControlCounts(passed: 40 - failing, failed: failing))
        #expect(all.failedControls.count == failing)
    }

    @Test func findingsWithoutStandardsLeaveNoStandardScore() throws {
        var records = Self.findings
        for index in records.indices {
            var compliance = records[index]["Compliance"] as? [String: Any] ?? [:]
            compliance.removeValue(forKey: "AssociatedStandards")
            records[index]["Compliance"] = compliance
        }
        #expect(try Self.report(records).byStandard.isEmpty)
    }

    /// A page lists the first fifty standards (by name) and says how many more report.json holds: Security Hub has
    /// about ten; an export naming 60,000 made a 65 MB page in 31 s.
    @Test func aPageListsFiftyStandardsAndCountsTheRest() throws {
        let standards = (0..<60).map { "standards/crafted-\(String(format: "%02d", $0))/v/1.0.0" }
        let records = [Self.finding("IAM.6", "FAILED", account: Self.prod, standards: standards)]
        let (document, files) = try PipelineHarness.render(findings: records)
        #expect(document.report.byStandard.count == 60)
        for name in ["report.html", "report.md"] {
            let page = try #require(files[name])
            #expect(page.contains("crafted-49"), "\(name) lists the fiftieth standard")
            #expect(!page.contains("crafted-50"), "\(name) stops at fifty")
            #expect(page.contains("and 10 more in report.json"), "\(name) counts the rest")
        }
        let json = try #require(files["report.json"])
        #expect(json.contains("crafted-59"))
    }
}
