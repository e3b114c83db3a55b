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
    ///
    /// Made over the UTF-8 bytes (a report's text is hundreds of kilobytes): a line feed is always a
    /// character of its own, so cutting at its byte cuts where cutting the characters does. Only where a
    /// character beyond ASCII stands right before trailing spaces (a prepended mark takes a following space
    /// into its character) are they trimmed character by character, as before.
    var normalisedLines: String {
        var text = self
        return text.withUTF8 { source in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(source.count + 1)
            var lineStart = 0
            for byte in source where byte != 0x0D {
                if byte == 0x0A {
                    Self.trimLineEnd(&bytes, lineStart: lineStart)
                    bytes.append(0x0A)
                    lineStart = bytes.count
                } else {
                    bytes.append(byte)
                }
            }
            Self.trimLineEnd(&bytes, lineStart: lineStart)
            while bytes.last == 0x0A { bytes.removeLast() }
            bytes.append(0x0A)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Removes the spaces and tabs that end the line from `lineStart` to the end of `bytes`.
    private static func trimLineEnd(_ bytes: inout [UInt8], lineStart: Int) {
        var end = bytes.count
        while end > lineStart, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end < bytes.count else { return }
        guard end > lineStart, bytes[end - 1] >= 0x80 else {
            bytes.removeSubrange(end...)
            return
        }
        var line = Substring(String(decoding: bytes[lineStart...], as: UTF8.self))
        while line.last == " " || line.last == "\t" { line = line.dropLast() }
        bytes.removeSubrange(lineStart...)
        bytes.append(contentsOf: line.utf8)
    }
}
