import Mustache
import ReportModel
import XMLSupport

/// Renders report.html from `html/report` (or `html/summary` for the summary edition) and checks it
/// is well-formed XML before returning it.
struct HTMLReportWriter {
    /// The HTML templates.
    let library: MustacheLibrary

    /// Renders and checks the HTML.
    /// - Parameters:
    ///   - model: the HTML view model.
    ///   - template: the top-level template, `report` or `summary`.
    /// - Returns: the file.
    /// - Throws: `RenderError.missingTemplate` when `html/<template>.mustache` is absent,
    ///   `RenderError.invalidHTML` when the result is not well-formed.
    func render(_ model: ReportViewModel, template: String = "report") throws(RenderError) -> RenderedFile {
        guard let text = library.render(model, withTemplate: template) else {
            throw .missingTemplate("html/\(template).mustache")
        }
        let contents = IdentifierBreaks.insert(into: VisibleText.escaped(text.normalisedLines))
        do {
            _ = try XMLDocument(parsing: contents, name: "report.html")
        } catch {
            switch error {
            case .notWellFormed(let document, let line, let column, let message):
                throw .invalidHTML(document: document, line: line, column: column, message: message)
            case .parserUnavailable(let document):
                throw .invalidHTML(document: document, line: 0, column: 0, message: "parser unavailable")
            }
        }
        return RenderedFile(path: "report.html", contents: contents)
    }
}

extension String {
    /// LF line endings, no trailing spaces on a line, exactly one newline at the end.
    var normalisedLines: String {
        var lines = replacingCRLF.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while line.last == " " || line.last == "\t" { line = line.dropLast() }
            return line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Without carriage returns (scalar by scalar, never an array of characters: 16 bytes each).
    private var replacingCRLF: String {
        guard unicodeScalars.contains("\r") else { return self }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: unicodeScalars.lazy.filter { $0 != "\r" })
        return String(scalars)
    }
}
