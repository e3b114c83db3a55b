import Foundation
import ReportModel
import TestSupport
import Testing

/// The small ASFF case worked by hand (Fixtures/basic, see its comments in the test below).
@Suite struct BasicCaseTests {
    /// 16 records: 2 are older copies (pagination overlap), 14 unique findings.
    ///
    /// Controls over both accounts:
    /// - IAM.6 fails in prod and staging, both accepted by RA-2026-001 → accepted
    /// - S3.8 fails in prod only (the newer copy wins over an older PASSED copy) → failed
    /// - EC2.19: the failing finding is ARCHIVED, the other passes → passed
    /// - S3.1: its only finding is SUPPRESSED → no data
    /// - Config.1 WARNING (the newer copy wins over an older PASSED one) → unknown
    /// - CloudTrail.1 NOT_AVAILABLE in staging, PASSED in prod → unknown
    /// - IAM.5 passes → passed
    /// Security Hub score: passed 2 ÷ (2 + failed 1 + unknown 2 + accepted 1) = 33.3 %;
    /// with acceptances: (2 + 1) ÷ 6 = 50 %.
    @Test func scoresMatchTheHandComputation() throws {
        let report = try PipelineHarness.render("basic").document.report
        #expect(report.overall == ControlCounts(passed: 2, failed: 1, unknown: 2, noData: 1, accepted: 1))
        #expect(report.overall.securityHubScore?.percentOneDecimal == 33.3)
        #expect(report.overall.withAcceptancesScore?.percentOneDecimal == 50)

        let prod = try #require(report.environments.first)
        #expect(prod.name == "shop-prod")
        // prod: IAM.6 accepted, S3.8 failed, EC2.19 passed, Config.1 unknown, CloudTrail.1 passed
        #expect(prod.controls == ControlCounts(passed: 2, failed: 1, unknown: 1, accepted: 1))
        #expect(prod.openFindings[.high] == 2)  // S3.8 and the GuardDuty SSH brute force

        let r = report.reconciliation
        #expect(r.records == 16)
        #expect(r.duplicates == 2)
        #expect(
            r.buckets == [
                .passed: 4, .accepted: 2, .open: 3, .unknown: 2, .archived: 1, .suppressed: 1, .resolved: 1, .sample: 0,
            ]
        )
        #expect(r.balances)
    }

    @Test func suppressionWithARecordedDecisionIsNotFlagged() throws {
        let report = try PipelineHarness.render("basic").document.report
        let suppressed = try #require(report.findings.first { $0.bucket == .suppressed })
        #expect(suppressed.acceptanceId == "RA-2026-002")
        #expect(report.acceptances.map(\.status) == [.active, .expiring])
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        let first = try PipelineHarness.render("basic").files
        let second = try PipelineHarness.render("basic").files
        #expect(first == second)
        #expect(Set(first.keys).isSuperset(of: ["report.html", "report.md", "report.json"]))
    }

    @Test func goldenFiles() throws {
        let output = try PipelineHarness.render("basic")
        let folder = PipelineHarness.golden.appendingPathComponent("basic")
        #expect(
            GoldenFile.compare(output.document.report.dump(), with: folder.appendingPathComponent("scored.txt")) == nil
        )
        for name in ["report.html", "report.md", "report.json"] {
            let message = GoldenFile.compare(output.files[name] ?? "", with: folder.appendingPathComponent(name))
            #expect(message == nil, "\(message ?? "")")
        }
    }
}
