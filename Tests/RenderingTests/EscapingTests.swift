import Foundation
import ReportModel
import TestSupport
import Testing
import XMLSupport

@testable import Rendering

@Suite struct EscapingTests {
    @Test func htmlParsesAndKeepsHostileTextAsText() throws {
        let html = try #require(try RenderingFixture.render(sampleReportDocument(), [.html])["report.html"])
        let document = try XMLDocument(parsing: html, name: "report.html")
        #expect(document.rootName == "html")
        #expect(document.elements(named: "script").isEmpty)
        #expect(document.textContent.contains(HostileText.script))
        #expect(document.textContent.contains("shop-backups\(HostileText.sql)"))
        #expect(document.textContent.contains(HostileText.markdown))
        let hrefs = document.elements(named: "a").compactMap { $0.attributes["href"] }
        #expect(!hrefs.isEmpty)
        #expect(hrefs.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://") || $0.hasPrefix("http://") })
        #expect(!html.lowercased().contains("href=\"javascript:"))
        #expect(html.contains("default-src 'none'; style-src 'unsafe-inline'; img-src data:"))
    }

    @Test func markdownHasNoRawHTMLAndNoUnescapedPipes() throws {
        let markdown = try #require(try RenderingFixture.render(sampleReportDocument(), [.md])["report.md"])
        #expect(markdown.hasPrefix("# "))
        #expect(!markdown.contains("<"))
        #expect(!markdown.replacingOccurrences(of: "\\](", with: "").contains("](javascript:"))
        for line in markdown.split(separator: "\n") where line.hasPrefix("|") {
            let cells = Self.cells(String(line))
            let header = markdown.split(separator: "\n").last { $0.hasPrefix("|") && Self.cells(String($0)).count > 0 }
            #expect(header != nil)
            #expect(!line.contains("*star*") || line.contains("\\*star\\*"), "\(line)")
            #expect(cells.count >= 2, "\(line)")
        }
        #expect(markdown.contains("\\| pipe \\*star\\* \\_under\\_ \\`tick\\` \\](javascript:alert(1))"))
    }

    /// A page shows the first 1,024 characters of a text from the data and an ellipsis, links no URL longer than
    /// 2,048 bytes, and shows what the team wrote whole: sixty findings with half a megabyte of title, resource id and
    /// tag each made an 89 MB report.html. report.json keeps every text whole.
    @Test func pagesCutLongTextsFromTheDataAndKeepTheTeamsWords() throws {
        var document = sampleReportDocument()
        let title = "T " + String(repeating: "x", count: 5_000)
        let url = "https://docs.example.com/" + String(repeating: "a", count: 3_000)
        for index in document.report.findings.indices {
            document.report.findings[index].finding.title = title
            document.report.findings[index].finding.remediationURL = url
        }
        let reason = "R " + String(repeating: "y", count: 2_000)
        #expect(!document.report.acceptances.isEmpty)
        for index in document.report.acceptances.indices {
            document.report.acceptances[index].acceptance.reason = reason
        }
        let files = try RenderingFixture.render(document, [.html, .md, .json])
        let shown = "T " + String(repeating: "x", count: 1_022) + "…"
        for name in ["report.html", "report.md"] {
            let page = try #require(files[name])
            #expect(page.contains(shown), "\(name) shows the first 1,024 characters")
            #expect(!page.contains(String(repeating: "x", count: 1_023)), "\(name) shows no more")
            #expect(!page.contains(String(repeating: "a", count: 2_100)), "\(name) links no such URL")
            #expect(page.contains(reason), "\(name) shows an acceptance's reason whole")
        }
        let json = try #require(files["report.json"])
        #expect(json.contains(title))
    }

    @Test func shownTextsAreCutOnCharacters() {
        #expect(TextEscaper.shown("short") == "short")
        let exact = String(repeating: "é", count: 1_024)
        #expect(TextEscaper.shown(exact) == exact, "1,024 characters in 2,048 bytes stay whole")
        let flags = String(repeating: "🇯🇵", count: 1_100)
        #expect(TextEscaper.shown(flags) == String(repeating: "🇯🇵", count: 1_024) + "…")
        #expect(TextEscaper.markdown("# " + String(repeating: "|", count: 2_000)).hasPrefix("\\# \\|"))
    }

    @Test func markdownTableRowsKeepTheirColumnCount() throws {
        let markdown = try #require(try RenderingFixture.render(sampleReportDocument(), [.md])["report.md"])
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            let count = Self.cells(String(line)).count
            if let expected { #expect(count == expected, "\(line)") } else { expected = count }
        }
    }

    /// Splits a table row on pipes that are not backslash-escaped.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        return Array(cells.dropFirst())
    }
}
