import Foundation
import ReportModel
import TestSupport
import Testing
import XMLSupport

@testable import Rendering

/// The web front door section and month-over-month changes: escaping, JSON keys, redaction.
@Suite struct FrontDoorTests {
    static func section(_ text: String, from start: String, to end: String) -> String {
        guard let lower = text.range(of: start),
            let upper = text.range(of: end, range: lower.upperBound..<text.endIndex)
        else { return "" }
        return String(text[lower.lowerBound..<upper.lowerBound])
    }

    @Test func htmlShowsHostileTrafficAsText() throws {
        let html = try #require(try RenderingFixture.render(sampleReportDocument(), [.html])["report.html"])
        let document = try XMLDocument(parsing: html, name: "report.html")
        #expect(document.elements(named: "script").isEmpty)
        let front = Self.section(html, from: "<section id=\"front-door\"", to: "<section id=\"provenance\"")
        #expect(!front.isEmpty)
        #expect(!front.contains("<script"))
        // Identifier cells carry <wbr/> break hints, which add no text.
        #expect(
            front.replacingOccurrences(of: "<wbr/>", with: "").contains(
                "/search?q=&lt;script&gt;alert(1)&lt;/script&gt;"
            )
        )
        #expect(document.textContent.contains("/search?q=\(HostileText.script)"))
        #expect(document.textContent.contains("user=\(HostileText.sql)"))
        #expect(document.textContent.contains("/api/`id`|cat /etc/passwd"))
        #expect(
            document.textContent.contains(
                "The web ACL shop-prod-alb does not enforce AWSManagedRulesSQLiRuleSet (Count mode)."
            )
        )
        #expect(document.textContent.contains("since October 2026, with EC2.19 regressed from passed to failed"))
        #expect(html.contains("<figure id=\"chart-waf-blocked\""))
    }

    @Test func markdownEscapesHostileTrafficAndKeepsColumns() throws {
        let markdown = try #require(try RenderingFixture.render(sampleReportDocument(), [.md])["report.md"])
        let front = Self.section(markdown, from: "## Web front door", to: "## Method and provenance")
        #expect(!front.isEmpty)
        #expect(!front.contains("<"))
        // Identifier cells carry <wbr/> break hints, which add no text.
        #expect(
            front.replacingOccurrences(of: "<wbr/>", with: "").contains(
                "/search?q=&lt;script&gt;alert(1)&lt;/script&gt;"
            )
        )
        #expect(front.contains("/api/\\`id\\`\\|cat /etc/passwd"))
        #expect(front.contains("![WAF requests by attack category](charts/waf-blocked.svg)"))
        var expected: Int?
        for line in front.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            let count = EscapingTests.cells(String(line)).count
            if let expected { #expect(count == expected, "\(line)") } else { expected = count }
        }
    }

    @Test func jsonHasECRWAFAndTrendChanges() throws {
        let text = try #require(try RenderingFixture.render(sampleReportDocument(), [.json])["report.json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let ecr = try #require(json["ecr"] as? [String: Any])
        let image = try #require((ecr["images"] as? [[String: Any]])?.first)
        for key in [
            "repository", "imageDigest", "imageTags", "scanType", "scanCompletedAt", "severityCounts",
            "reportedSeverityCounts", "fixAvailable", "exploitAvailable", "oldestFindingAgeDays",
        ] {
            #expect(image[key] != nil, "\(key)")
        }
        #expect(image["oldestFindingAgeDays"] as? Int == 121)
        let waf = try #require(json["waf"] as? [String: Any])
        let webACL = try #require((waf["webACLs"] as? [[String: Any]])?.first)
        for key in ["name", "arn", "defaultAction", "enforcing", "checks", "rules"] {
            #expect(webACL[key] != nil, "\(key)")
        }
        let traffic = try #require((waf["traffic"] as? [[String: Any]])?.first)
        for key in [
            "webACL", "source", "requests", "byAction", "blockedByRule", "blockedByCategory", "countMatches", "topURIs",
            "topCountries", "topClientIPs", "firstRequestAt", "lastRequestAt",
        ] {
            #expect(traffic[key] != nil, "\(key)")
        }
        let trend = try #require(json["trend"] as? [String: Any])
        let changes = try #require(trend["changes"] as? [String: Any])
        #expect(changes["regressedControls"] as? [String] == ["EC2.19"])
        let period = try #require((trend["periods"] as? [[String: Any]])?.first)
        for key in ["period", "scores", "openFindings", "layers"] { #expect(period[key] != nil, "\(key)") }
    }

    @Test func withoutEvidenceOrHistoryTheSectionsStayQuiet() throws {
        var document = sampleReportDocument(history: false)
        document.report.frontDoor = FrontDoorEvidence()
        let files = try RenderingFixture.render(document)
        #expect(files["charts/waf-blocked.svg"] == nil)
        #expect(!(files["report.html"] ?? "").contains("id=\"front-door\""))
        #expect((files["report.md"] ?? "").contains("First period: no earlier period to compare."))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data((files["report.json"] ?? "").utf8)) as? [String: Any]
        )
        #expect(json["ecr"] is NSNull)
        #expect(json["waf"] is NSNull)
        #expect((json["trend"] as? [String: Any])?["changes"] is NSNull)
    }

    /// The page lists the first fifty web ACLs and traffic blocks and says how many more report.json holds; the
    /// chart draws the blocks listed: logs gathered from 3,000 web ACLs made a 21 MB page with a chart 498,042 px
    /// tall.
    @Test func aPageListsFiftyWebACLsAndTrafficBlocksAndCountsTheRest() throws {
        var document = sampleReportDocument(history: false)
        let names = (0..<60).map { String(format: "acl-%02d", $0) }
        let traffic = names.map { name in
            var entry = WAFTrafficEvidence(
                webACL: "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/\(name)/id-\(name)",
                source: .log
            )
            entry.requests = 10
            entry.blockedByCategory = [.sqlInjection: 2]
            return entry
        }
        let webACLs = names.map { name in
            WebACLEvidence(
                name: name,
                id: "id-\(name)",
                arn: "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/\(name)/id-\(name)",
                defaultAction: "ALLOW",
                rules: [],
                origin: RecordOrigin(file: "acls.json", record: 0)
            )
        }
        document.report.frontDoor = FrontDoorEvidence(webACLs: webACLs, traffic: traffic)
        let files = try RenderingFixture.render(document)
        let html = try #require(files["report.html"])
        let markdown = try #require(files["report.md"])
        #expect(html.components(separatedBy: "<div class=\"webacl\">").count - 1 == 50)
        #expect(html.components(separatedBy: "<div class=\"traffic\">").count - 1 == 50)
        #expect(html.components(separatedBy: "<p class=\"more\">and 10 more in report.json</p>").count - 1 == 2)
        #expect(markdown.components(separatedBy: "and 10 more in report.json").count - 1 == 2)
        for page in [html, markdown] {
            #expect(page.contains("acl-49"))
            #expect(!page.contains("acl-50"))
        }
        let chart = try #require(files["charts/waf-blocked.svg"])
        #expect(chart.contains("acl-49 · "))
        #expect(!chart.contains("acl-50"))
        let json = try #require(files["report.json"])
        #expect(json.contains("acl-59"))
    }

    @Test func redactedEditionMasksEvidence() throws {
        var document = sampleReportDocument()
        document.context.edition = .redacted
        let files = try RenderingFixture.render(document)
        for (path, contents) in files {
            #expect(!contents.contains("111122223333"), "\(path)")
            #expect(!contents.contains("198.51.100.7"), "\(path)")
        }
    }
}
