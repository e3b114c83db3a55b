import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

@Suite struct StringSubstitutionTests {
    private let entries = [
        "label": "Severity", "risky": "<b> & \"q\" 'a'", "blank": "  ", "empty": "", "brace": "a{b",
        "closing": "x}", "lines": "one\ntwo", "ja": "重大度",
    ]

    @Test func plainTagsAreReplacedWithTheirEscapedText() {
        let html = StringSubstitution.substituted(
            "<td data-label=\"{{t.label}}\">{{t.risky}}</td>{{t.ja}}",
            entries: entries,
            escape: { HTMLEscaping.escaped($0) }
        )
        #expect(html == "<td data-label=\"Severity\">&lt;b&gt; &amp; &quot;q&quot; &#39;a&#39;</td>重大度")
    }

    @Test func onlyTagsThatRenderTheSameAreReplaced() {
        let kept = [
            "{{{t.label}}}", "{{& t.label}}", "{{ t.label }}", "{{t.label.more}}", "{{t.missing}}", "{{t.blank}}",
            "{{t.empty}}", "{{t.brace}}", "{{t.closing}}", "{{t.lines}}", "{{t.label", "{{#t.label}}x{{/t.label}}",
        ]
        for text in kept {
            #expect(
                StringSubstitution.substituted(text, entries: entries, escape: { HTMLEscaping.escaped($0) }) == text
            )
        }
        // The library's own escaping (Markdown's templates) is left to the library: only text it leaves as it is.
        #expect(StringSubstitution.substituted("{{t.risky}}", entries: entries, escape: nil) == "{{t.risky}}")
        #expect(StringSubstitution.substituted("| {{t.label}} |", entries: entries, escape: nil) == "| Severity |")
        // A template that changes its delimiters is left whole.
        let delimited = "{{t.label}}{{=<% %>=}}<%t.label%>"
        #expect(StringSubstitution.substituted(delimited, entries: entries, escape: nil) == delimited)
    }

    /// Every edition in both languages renders the same files from templates with their strings written in as from
    /// templates that look them up (fails when a replaced tag renders differently, e.g. a wrong escape).
    @Test(arguments: ["en", "ja"], [ReportContext.Edition.internal, .redacted, .summary])
    func localizedTemplatesRenderTheSameReport(language: String, edition: ReportContext.Edition) throws {
        var document = sampleReportDocument(language: language)
        document.context.edition = edition
        let files = try RenderingFixture.templateFiles()
        let looked = try ReportRenderer(templates: TemplateSet(files: files)).render(document, formats: [.html, .md])
        let localized = try TemplateSet(files: files, language: language)
        #expect(localized.localizedFor == language)
        let written = try ReportRenderer(templates: localized).render(document, formats: [.html, .md])
        #expect(looked.map(\.path) == written.map(\.path))
        for (before, after) in zip(looked, written) {
            #expect(before.contents == after.contents, "\(before.path)")
        }
        // A set localized for the other language renders this one's report the same too (its templates parsed again).
        let other = try TemplateSet(files: files, language: language == "en" ? "ja" : "en")
        let again = try ReportRenderer(templates: other).render(document, formats: [.html, .md])
        #expect(again.map(\.contents) == looked.map(\.contents))
    }

    @Test func aLocalizedTemplateThatDoesNotParseReportsItsOwnPosition() throws {
        var files = try RenderingFixture.templateFiles()
        files["html/report.mustache"] = "<p>{{t.reportTitle}} {{t.reportTitle}}</p>\n{{#open}}\n"
        #expect(throws: RenderError.self) { try TemplateSet(files: files, language: "en") }
        var unlocalized: RenderError?
        var localized: RenderError?
        do { _ = try TemplateSet(files: files) } catch { unlocalized = error }
        do { _ = try TemplateSet(files: files, language: "en") } catch { localized = error }
        #expect(unlocalized != nil && localized == unlocalized)
    }
}
