import Foundation
import Rendering
import ReportModel
import TestSupport
import Testing
import XMLSupport

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
