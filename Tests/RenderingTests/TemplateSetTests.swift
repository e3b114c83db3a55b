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

    @Test func templateSyntaxErrorNamesTemplateAndLine() throws {
        var files = try RenderingFixture.templateFiles()
        files["markdown/report.mustache"] = "line one\n{{#open}}\nnever closed\n"
        do {
            _ = try TemplateSet(files: files)
            Issue.record("expected a syntax error")
        } catch {
            guard case .templateSyntax(let template, _, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(template == "markdown/report.mustache")
        }
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
