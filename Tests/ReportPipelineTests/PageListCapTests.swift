import Foundation
import ReportModel
import Testing

/// The reference tables and the diagnostics are capped on the page like every other long list (REPORT.md: "Long
/// lists are capped in HTML (top N with a count of the rest) and complete in JSON"): 8,000 findings that shared no
/// account, requirement or resource type made a 9.6 MB page, 7.5 MB of it those three lists.
struct PageListCapTests {
    static let count = 210
    static let fsbp = "standards/aws-foundational-security-best-practices/v/1.0.0"

    /// Each finding its own account, control, requirement and resource type; every control also names one shared
    /// requirement.
    static var records: [[String: Any]] {
        (0..<count).map { number in
            StandardScoreTests.finding(
                "Crafted.\(number)",
                "FAILED",
                account: String(format: "1000000%05d", number),
                standards: [fsbp],
                resource: "resource-\(number)",
                resourceType: "AwsCrafted\(number)Type",
                requirements: ["CRAFT ALL", String(format: "CRAFT REQ-%03d", number)]
            )
        }
    }

    @Test func pagesListTwoHundredAccountsAndRequirementsAndFiftyDiagnostics() throws {
        let (document, files) = try PipelineHarness.render(findings: Self.records)
        #expect(document.report.environments.count == Self.count)
        #expect(document.report.frameworks.requirements.count == Self.count + 1)
        let diagnostics = document.report.diagnostics.count
        #expect(diagnostics > 50)
        for name in ["report.html", "report.md"] {
            let page = try #require(files[name])
            // Accounts: unmapped, so by account ID; the first 200 listed.
            #expect(page.contains("100000000199"), "\(name) lists the 200th account")
            #expect(!page.contains("100000000200"), "\(name) stops at 200 accounts")
            #expect(page.contains("and 10 more in report.json"), "\(name) counts the other accounts")
            // Requirements: ALL, then REQ-000 to REQ-198.
            #expect(page.contains("REQ-198"), "\(name) lists the 200th requirement")
            #expect(!page.contains("REQ-199"), "\(name) stops at 200 requirements")
            #expect(page.contains("and 11 more in evidence.csv and report.json"), "\(name) counts the rest")
            // The requirement every control names lists fifty of them.
            #expect(page.contains("and \(Self.count - 50) more"), "\(name) counts the other controls of a requirement")
            // Diagnostics: fifty, then how many more.
            #expect(page.contains("and \(diagnostics - 50) more in report.json"), "\(name) counts the diagnostics")
        }
        let html = try #require(files["report.html"])
        #expect(html.components(separatedBy: "<p class=\"more\">").count - 1 >= 3)
        let json = try #require(files["report.json"])
        let csv = try #require(files["evidence.csv"])
        for complete in [json, csv] {
            #expect(complete.contains("REQ-209"))
        }
        #expect(json.contains("100000000209"))
        #expect(json.components(separatedBy: "matched no layer rule").count - 1 >= Self.count)
    }

    @Test func theSummaryEditionAndJapaneseCapTheSameLists() throws {
        let (_, summary) = try PipelineHarness.render(findings: Self.records, edition: .summary)
        for name in ["report.html", "report.md"] {
            let page = try #require(summary[name])
            #expect(!page.contains("100000000200"), "\(name) stops at 200 accounts")
            #expect(page.contains("and 10 more in report.json"), "\(name) counts the other accounts")
            #expect(page.contains("and 11 more in evidence.csv and report.json"), "\(name) counts the requirements")
        }
        let (_, japanese) = try PipelineHarness.render(findings: Self.records, language: "ja")
        for name in ["report.html", "report.md"] {
            let page = try #require(japanese[name])
            #expect(page.contains("他10件は report.json を参照"), "\(name) counts the other accounts")
            #expect(page.contains("他11件は evidence.csv と report.json を参照"), "\(name) counts the requirements")
            #expect(page.contains("他\(Self.count - 50)件"), "\(name) counts the other controls of a requirement")
        }
    }
}
