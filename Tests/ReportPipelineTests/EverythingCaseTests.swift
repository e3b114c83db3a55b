import Foundation
import ReportModel
import TestSupport
import Testing
import XMLSupport

/// Every source family, severity, layer and acceptance state in one small case, with hostile
/// free text, rendered with the real templates and compared with golden files.
@Suite struct EverythingCaseTests {
    @Test func coversEverySourceSeverityLayerAndAcceptanceState() throws {
        let report = try PipelineHarness.render("everything").document.report
        #expect(Set(report.inputs.compactMap(\.format)) == [.asff, .ocsf, .inspector2, .ecr, .wafWebACL, .wafLog])
        #expect(Set(report.findings.map(\.finding.severity)) == Set(Severity.allCases))
        #expect(Set(report.findings.map(\.layer)).isSuperset(of: SecurityLayer.allCases.map(LayerKey.layer)))
        #expect(Set(report.acceptances.map(\.status)) == Set(AcceptanceStatus.allCases))
        #expect(report.reconciliation.balances)
        #expect(report.diagnostics.allSatisfy { !$0.english.contains("matched no layer rule") })
        #expect(
            report.findings.contains {
                $0.placedBy.english.hasPrefix("resource arn:aws:s3:::shop-prod-exports (layers.yml:2)")
            }
        )
    }

    @Test func goldenFiles() throws {
        let output = try PipelineHarness.render("everything")
        let folder = PipelineHarness.golden.appendingPathComponent("everything")
        let scored = GoldenFile.compare(
            output.document.report.dump(),
            with: folder.appendingPathComponent("scored.txt")
        )
        #expect(scored == nil, "\(scored ?? "")")
        for (name, contents) in output.files.sorted(by: { $0.key < $1.key }) {
            let message = GoldenFile.compare(contents, with: folder.appendingPathComponent(name))
            #expect(message == nil, "\(message ?? "")")
        }
    }

    /// The masked editions of the same case, keyed, so every masking decision shows up as a diff.
    @Test(arguments: [ReportContext.Edition.redacted, .summary])
    func maskedEditionGoldenFiles(_ edition: ReportContext.Edition) throws {
        let output = try PipelineHarness.render("everything", edition: edition)
        let folder = PipelineHarness.golden.appendingPathComponent("everything-\(edition.rawValue)")
        for (name, contents) in output.files.sorted(by: { $0.key < $1.key }) {
            let message = GoldenFile.compare(contents, with: folder.appendingPathComponent(name))
            #expect(message == nil, "\(message ?? "")")
            #expect(!contents.contains("111122223333") && !contents.contains("shop-prod-exports"), "\(name)")
        }
        if edition == .summary {
            #expect(output.files.keys.allSatisfy { !$0.contains("waf") && !$0.contains("image") })
        }
    }

    @Test func renderingTwiceGivesIdenticalBytes() throws {
        #expect(try PipelineHarness.render("everything").files == PipelineHarness.render("everything").files)
    }
}

/// A WAF log carrying attack strings in the URI, the arguments and the User-Agent: escaped in
/// every output, counted exactly in report.json.
@Suite struct WAFAttackStringTests {
    @Test func attackStringsAreEscapedInHTMLAndMarkdown() throws {
        let files = try PipelineHarness.render("everything").files
        let html = try #require(files["report.html"])
        let parsed = try XMLDocument(parsing: html, name: "report.html")
        #expect(parsed.elements(named: "script").isEmpty)
        #expect(parsed.elements(named: "img").isEmpty)
        #expect(parsed.textContent.contains("/<script>alert(1)</script>"))
        #expect(parsed.textContent.contains("' OR 1=1--"))
        #expect(parsed.textContent.contains("\"><img src=x onerror=alert(1)>"))

        let markdown = try #require(files["report.md"])
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<img"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // The example rows keep their seven columns: every pipe inside a cell is escaped.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| 2026-11-28T21:06:4") {
            let escapedPipes = line.components(separatedBy: "\\|").count - 1
            #expect(line.filter { $0 == "|" }.count - escapedPipes == 8)
        }
    }

    @Test func actionAndRuleCountsInReportJSON() throws {
        let json = try #require(try PipelineHarness.render("everything").files["report.json"])
        let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let waf = try #require(root?["waf"] as? [String: Any])
        let traffic = try #require((waf["traffic"] as? [[String: Any]])?.first)
        #expect(traffic["requests"] as? Int == 4)
        #expect(traffic["byAction"] as? [String: Int] == ["ALLOW": 2, "BLOCK": 2])
        #expect(
            traffic["blockedByRule"] as? [String: Int] == [
                "AWSManagedRulesCommonRuleSet / AWS-AWSManagedRulesCommonRuleSet": 1,
                "AWSManagedRulesSQLiRuleSet / AWS-AWSManagedRulesSQLiRuleSet": 1,
            ]
        )
        let categories = try #require(traffic["blockedByCategory"] as? [String: Int])
        #expect(categories["sqli"] == 1 && categories["xss"] == 1)
        let checks = try #require((waf["webACLs"] as? [[String: Any]])?.first?["checks"] as? [[String: Any]])
        let knownBadInputs = checks.first { $0["id"] as? String == "waf.managed.known-bad-inputs" }
        #expect(knownBadInputs?["passed"] as? Bool == false)
    }
}
