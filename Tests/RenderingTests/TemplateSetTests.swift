import Foundation
import Rendering
import ReportModel
import TestSupport
import Testing

@Suite struct TemplateSetTests {
    @Test func missingPartialNamesTemplateAndLine() throws {
        var files = try RenderingFixture.templateFiles()
        files["html/partials/finding-row.mustache"] = nil
        #expect(
            throws: RenderError.missingPartial(
                template: "html/partials/layer-section.mustache",
                line: 31,
                partial: "partials/finding-row"
            )
        ) {
            try TemplateSet(files: files)
        }
    }

    @Test func missingStringKeyNamesTemplateAndLine() throws {
        var files = try RenderingFixture.templateFiles()
        files["html/report.mustache"] = "<p>\n{{t.noSuchLabel}}</p>\n"
        let set = try TemplateSet(files: files)
        #expect(
            throws: RenderError.missingString(
                key: "noSuchLabel",
                table: "strings/en.json",
                template: "html/report.mustache",
                line: 2
            )
        ) {
            try ReportRenderer(templates: set).render(sampleReportDocument(), formats: [.html])
        }
    }

    @Test func missingStringUsedByViewModelIsAnError() throws {
        var files = try RenderingFixture.templateFiles()
        files["strings/en.json"] = #"{"reportTitle": "x"}"#
        files["html/report.mustache"] = "<p/>\n"
        files["markdown/report.mustache"] = "x\n"
        files["html/summary.mustache"] = "<p/>\n"
        files["markdown/summary.mustache"] = "x\n"
        files["html/partials/layer-card.mustache"] = ""
        files["html/partials/attention-row.mustache"] = ""
        files = files.filter { !$0.key.hasPrefix("html/partials") && !$0.key.hasPrefix("markdown/partials") }
        let set = try TemplateSet(files: files)
        #expect(throws: RenderError.self) {
            try ReportRenderer(templates: set).render(sampleReportDocument(), formats: [.html])
        }
    }

    /// The template and line of the syntax error a template set with `text` at `path` is refused with.
    private static func syntaxError(at path: String, _ text: String) throws -> (template: String, line: Int)? {
        var files = try RenderingFixture.templateFiles()
        files[path] = text
        do {
            _ = try TemplateSet(files: files)
        } catch {
            guard case .templateSyntax(let template, let line, _, _) = error else { return nil }
            return (template, line)
        }
        return nil
    }

    @Test func templateSyntaxErrorNamesTemplateAndLine() throws {
        let error = try Self.syntaxError(at: "markdown/report.mustache", "line one\n{{#open}}\nnever closed\n")
        #expect(error?.template == "markdown/report.mustache")
    }

    /// The HTML templates are parsed with `HTMLEscaping`'s pragma on a line before theirs: an error still names the
    /// template's own line and column.
    @Test func anHTMLTemplateErrorNamesItsOwnLine() throws {
        let error = try Self.syntaxError(
            at: "html/report.mustache",
            "<html>\n<body>\n  {{#a}}x{{/b}}\n</body></html>\n"
        )
        #expect(error?.template == "html/report.mustache")
        #expect(error?.line == 3)
    }

    @Test func missingReportTemplateIsMissingTemplate() throws {
        var files = try RenderingFixture.templateFiles()
        files["markdown/report.mustache"] = nil
        let set = try TemplateSet(files: files)
        #expect(throws: RenderError.missingTemplate("markdown/report.mustache")) {
            try ReportRenderer(templates: set).render(sampleReportDocument(), formats: [.md])
        }
    }

    @Test func invalidHTMLIsRejected() throws {
        var files = try RenderingFixture.templateFiles()
        files["html/report.mustache"] = "<html><p>unclosed</html>\n"
        let set = try TemplateSet(files: files)
        #expect(throws: RenderError.self) {
            try ReportRenderer(templates: set).render(sampleReportDocument(), formats: [.html])
        }
    }

    @Test func stringTablesHaveTheSameKeys() throws {
        let set = try TemplateSet(files: RenderingFixture.templateFiles())
        let en = try set.table(for: "en")
        let ja = try set.table(for: "ja")
        #expect(Set(en.entries.keys) == Set(ja.entries.keys))
        #expect(ja.entries["layer_webapp"] == "Webアプリケーション")
    }
}
