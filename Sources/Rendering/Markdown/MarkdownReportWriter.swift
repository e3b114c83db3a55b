import Mustache
import ReportModel

/// Renders report.md from `markdown/report` and returns the charts as `charts/<name>.svg` beside it.
struct MarkdownReportWriter {
    /// The Markdown templates.
    let library: MustacheLibrary

    /// Renders the Markdown and its chart files.
    /// - Parameters:
    ///   - model: the Markdown view model (free text already escaped for Markdown).
    ///   - charts: the charts the Markdown links to.
    ///   - template: the top-level template, `report` or `summary`.
    /// - Returns: report.md and one SVG file per chart.
    /// - Throws: `RenderError.missingTemplate` when `markdown/<template>.mustache` is absent.
    func render(_ model: ReportViewModel, charts: [Chart], template: String = "report") throws(RenderError)
        -> [RenderedFile]
    {
        guard let text = library.render(model, withTemplate: template) else {
            throw .missingTemplate("markdown/\(template).mustache")
        }
        let report = RenderedFile(path: "report.md", contents: text.collapsingBlankLines.normalisedLines)
        return [report] + charts.map { RenderedFile(path: $0.path, contents: $0.svg) }
    }
}

extension String {
    /// At most one blank line in a row, so optional sections leave no gaps.
    fileprivate var collapsingBlankLines: String {
        var result: [Substring] = []
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank, result.last.map({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) ?? true { continue }
            result.append(blank ? "" : line)
        }
        return result.joined(separator: "\n")
    }
}
