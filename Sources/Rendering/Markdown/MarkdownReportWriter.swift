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
        let report = RenderedFile(
            path: "report.md",
            contents: VisibleText.escaped(text.collapsingBlankLines.normalisedLines)
        )
        return [report] + charts.map { RenderedFile(path: $0.path, contents: VisibleText.escaped($0.svg)) }
    }
}

extension String {
    /// At most one blank line in a row, so optional sections leave no gaps.
    ///
    /// Made over the UTF-8 bytes: lines end at a line feed that is a character of its own (not the second
    /// half of a CR LF pair, which is one character), and a line is blank when all its bytes are spaces
    /// or tabs, which are then all its characters.
    var collapsingBlankLines: String {
        var text = self
        return text.withUTF8 { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count)
            /// Whether the last line kept was blank; `nil` before the first.
            var lastBlank: Bool?
            var start = 0
            var index = 0
            while index <= source.count {
                let ends = index == source.count || (source[index] == 0x0A && (index == 0 || source[index - 1] != 0x0D))
                guard ends else {
                    index += 1
                    continue
                }
                let line = UnsafeBufferPointer(rebasing: source[start..<index])
                let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
                if !(blank && (lastBlank ?? true)) {
                    if lastBlank != nil { bytes.append(0x0A) }
                    if !blank { bytes.append(contentsOf: line) }
                    lastBlank = blank
                }
                start = index + 1
                index += 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
