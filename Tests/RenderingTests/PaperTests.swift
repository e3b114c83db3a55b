import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// What the report needs on paper, on a phone and for assistive tech, as far as the markup shows it.
@Suite struct PaperTests {
    static func html(organization: String = "Example Shop", language: String = "en") throws -> String {
        var document = sampleReportDocument(history: true)
        document.context = ReportContext(
            organization: organization,
            toolVersion: document.context.toolVersion,
            edition: document.context.edition,
            language: language
        )
        return try #require(try RenderingFixture.render(document, [.html])["report.html"])
    }

    @Test func runningHeaderIsACSSStringEvenForHostileNames() throws {
        let html = try Self.html(organization: "Shop \"A\" </style><b>&amp;\\\n")
        let style = try #require(html.components(separatedBy: "</style>").first)
        #expect(!style.contains("<b>"))
        #expect(
            style.contains(
                #"@top-left { content: "Shop \22 A\22  \3c \2f style\3e \3c b\3e \26 amp\3b \5c   \b7  November 2026 \b7  Internal";"#
            )
        )
        #expect(style.contains(#"@bottom-right { content: counter(page) " / " counter(pages);"#))
    }

    @Test func runningHeaderSpeaksTheEditionsLanguage() throws {
        let html = try Self.html(language: "ja")
        #expect(html.contains(#"content: "Example Shop \b7  2026\5e74 11\6708  \b7  "#))
        #expect(html.contains(#"<html xmlns="http://www.w3.org/1999/xhtml" lang="ja">"#))
    }

    @Test func descriptionListsHoldOnlyTermsAndDescriptions() throws {
        let html = try Self.html()
        for list in html.components(separatedBy: "<dl").dropFirst() {
            let body = try #require(list.components(separatedBy: "</dl>").first)
            #expect(!body.contains("<div"), "\(body.prefix(120))")
        }
    }

    @Test func everyTableSitsInItsOwnFrame() throws {
        let html = try Self.html()
        let tables = html.components(separatedBy: "<table").count - 1
        let framed = html.components(separatedBy: "class=\"frame").count - 1
        #expect(tables > 10)
        #expect(tables == framed)
    }

    @Test func chartsKeepTitleDescriptionAndReadableText() throws {
        let html = try Self.html()
        let charts = html.components(separatedBy: "<svg").dropFirst()
        #expect(charts.count >= 3)
        for chart in charts {
            #expect(chart.contains("role=\"img\""))
            #expect(chart.contains("font-size=\"13\""))
            #expect(chart.contains("<title>") && chart.contains("<desc>"))
            let sizes = chart.components(separatedBy: "font-size=\"").count
            #expect(sizes == chart.components(separatedBy: "font-size=\"13\"").count, "no smaller text inside")
        }
        // 13-unit text in a 760-unit chart never drawn narrower than 650 px: at least 11 px.
        #expect(html.contains(".chart svg { width: 100%; min-width: 650px;"))
    }

    @Test func markdownSummaryIsAListAndChartsHaveCaptions() throws {
        let markdown = try #require(
            try RenderingFixture.render(sampleReportDocument(history: true), [.md])["report.md"]
        )
        let summary = try #require(markdown.components(separatedBy: "## ").dropFirst().first)
        let sentences = summary.split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(sentences.count >= 3)
        #expect(markdown.contains("![Score over time](charts/score.svg)\n\n*Score over time*: "))
    }
}

/// Long identifiers break at sensible points: after `/` and `:`, at camel humps, every 20 hex digits.
@Suite struct IdentifierBreakTests {
    @Test func arnsBreakAfterSlashesAndColonsAndDigestsEvery20Characters() throws {
        var document = sampleReportDocument(history: true)
        let arn =
            "arn:aws:ecr:eu-west-1:111122223333:repository/shop/api/sha256:"
            + "eb9165425b26804acf407ceb252076aa3f868cb66b1fd594d296d725223e32f0"
        let index = try #require(
            document.report.findings.firstIndex { $0.bucket == .open && $0.finding.controlId == nil }
        )
        document.report.findings[index].finding.resources = [Resource(type: "AwsEcrContainerImage", id: arn)]
        let html = try #require(try RenderingFixture.render(document, [.html])["report.html"])
        #expect(
            html.contains(
                "arn:<wbr/>aws:<wbr/>ecr:<wbr/>eu-west-1:<wbr/>111122223333:<wbr/>repository/<wbr/>shop/<wbr/>api/<wbr/>"
                    + "sha256:<wbr/>eb9165425b26804acf40<wbr/>7ceb252076aa3f868cb6<wbr/>6b1fd594d296d725223e<wbr/>32f0"
            )
        )
    }

    /// A control id or an owner with a word longer than a cell of short words keeps whole (another tool's rule name
    /// as `RuleId`, an e-mail address) is broken as identifiers are, so it cannot widen its column and squeeze every
    /// title beside it; short ones stay whole.
    @Test func longWordsInShortWordCellsBreakAsIdentifiers() throws {
        var document = sampleReportDocument(history: true)
        let long = "securityhub-s3-bucket-server-side-encryption-enabled-CustomRuleFromAnotherTool"
        let index = try #require(document.report.controls.indices.first)
        let short = try #require(document.report.controls.indices.last)
        document.report.controls[index].controlId = long
        let ownerIndex = try #require(document.report.acceptances.indices.first)
        document.report.acceptances[ownerIndex].acceptance.owner = "security-approvals@example-company.example"
        let html = try #require(try RenderingFixture.render(document, [.html])["report.html"])
        // The layer's controls table (the id a link): broken at its humps.
        #expect(html.contains(#"<td class="mono wrap" data-label="Control"><a href="#))
        #expect(html.contains("enabled-Custom<wbr/>Rule<wbr/>From<wbr/>Another<wbr/>Tool</a></td>"))
        #expect(html.contains(#"<td class="wrap" data-label="Owner">security-approvals@"#))
        let shortId = document.report.controls[short].controlId
        #expect(shortId.count <= 24)
        #expect(html.contains(#"<td class="mono words" data-label="Control">"#) && html.contains(">\(shortId)<"))
        #expect(html.contains(#"<td class="words" data-label="Owner">"#))
        #expect(html.contains(#"<td class="words" data-label="Environment">"#))
        #expect(IdentifierBreaks.wordsCellClass("Jane Doe of the Platform Security Team") == "words")
        #expect(IdentifierBreaks.wordsCellClass(String(repeating: "x", count: 24)) == "words")
        #expect(IdentifierBreaks.wordsCellClass(String(repeating: "x", count: 25)) == "wrap")
    }

    /// An environment named with a word over 24 characters is broken as identifiers are, in the attention list and
    /// in a layer's findings.
    @Test func longEnvironmentNamesBreakAsIdentifiers() throws {
        var document = sampleReportDocument(history: true)
        for index in document.report.findings.indices {
            document.report.findings[index].environment = "payments-production-eu-west-1-cardholder-data"
        }
        let html = try #require(try RenderingFixture.render(document, [.html])["report.html"])
        #expect(html.contains(#"<td class="wrap" data-label="Environment">payments-production-"#))
        #expect(!html.contains(#"<td class="words" data-label="Environment">"#))
    }

    @Test func breaksStayOutOfTagsEntitiesStylesAndCharts() throws {
        let html = try PaperTests.html(organization: "A&B <Shop>")
        #expect(!html.contains("&<wbr/>") && !html.contains(";<wbr/>&"))
        #expect(html.range(of: #"&[a-z0-9#]{1,8}<wbr/>"#, options: .regularExpression) == nil)
        let style = try #require(html.components(separatedBy: "</style>").first)
        #expect(!style.contains("<wbr/>"))
        for chart in html.components(separatedBy: "<svg").dropFirst() {
            let svg = try #require(chart.components(separatedBy: "</svg>").first)
            #expect(!svg.contains("<wbr/>"))
        }
        // Camel-case rule names break at their humps, and copy back to the same text.
        #expect(html.contains("AWSManaged<wbr/>Rules<wbr/>"))
    }
}
