import Foundation
import TestSupport
import Testing

/// The redacted edition (`--redact`) and the quick look at an export.
@Suite struct EditionAndInspectTests {
    @Test func redactedEditionHasNoAccountIdsArnsOrIPs() throws {
        let out = try RepositoryPaths.temporaryFolder("cli-redact")
        let result = try CommandRunner.run([
            "report", "samples/2026-11", "--out", out.path, "--as-of", "2026-11-30", "--no-history", "--redact",
            "--acceptances", "samples/risk-acceptances.yml", "--environments", "samples/environments.yml",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["report.html", "report.md", "report.json"] {
            let text = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
            for secret in ["111122223333", "444455556666", "777788889999", "shop-prod-exports", "203.0.113.66"] {
                #expect(!text.contains(secret), "\(name) contains \(secret)")
            }
            #expect(text.contains("account-"))
        }
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"edition\" : \"redacted\""))
    }

    @Test func inspectDescribesEachOwnFixture() throws {
        let result = try CommandRunner.run([
            "inspect", "Tests/ReportPipelineTests/Fixtures/basic/findings.json",
            "Tests/ImportersTests/Fixtures/waf/waf-log-multi-member.jsonl.gz",
            "Tests/ImportersTests/Fixtures/ocsf/securityhub-v2-findings.jsonl",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("findings.json"))
        #expect(result.stdout.contains("asff"))
        #expect(result.stdout.contains("formats: waf-log 11"))
        #expect(result.stdout.contains("formats: ocsf 6"))
        #expect(result.stdout.contains("products: Inspector 2, Security Hub 4"))
    }

    @Test(.needsSharedFixtures) func inspectDescribesEachFile() throws {
        let result = try CommandRunner.run([
            "inspect", "Tests/ReportPipelineTests/Fixtures/basic/findings.json",
            RepositoryPaths.fixture("waf/wafsa_test_waf_log.gz"),
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("findings.json"))
        #expect(result.stdout.contains("asff"))
        #expect(result.stdout.contains("waf-log"))
        #expect(result.stdout.contains("228"))
    }
}
