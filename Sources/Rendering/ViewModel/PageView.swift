import ReportModel

/// What every printed page repeats: the running header (organisation, period, edition), as a CSS
/// string for the `@page` margin box.
struct PageView {
    /// The running header, escaped as the inside of a CSS string: safe in a `<style>` element
    /// whether the file is read as HTML or as XML, since it holds no `"`, `\`, `<`, `&` or newline.
    let running: String

    /// Builds the page furniture.
    /// - Parameters:
    ///   - document: the document (already redacted for the external edition).
    ///   - strings: the edition's language.
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, strings: StringTable) throws(RenderError) {
        let format = ReportFormatter(strings: strings, escape: .html)
        let parts = [
            document.context.organization,
            try format.periodLabel(document.report.period),
            try strings.text("edition_\(document.context.edition.rawValue)"),
        ]
        running = Self.cssString(parts.joined(separator: " · "))
    }

    /// Escapes text for the inside of a double-quoted CSS string: ASCII letters, digits, space and
    /// plain punctuation stay; every other character becomes a `\hex ` escape (control characters
    /// become a space, since CSS cannot hold them).
    /// - Returns: the escaped text.
    static func cssString(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x20, 0x2C, 0x2D, 0x2E, 0x28, 0x29, 0x3A, 0x5F:
                result.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F:
                result += " "
            default:
                result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result
    }
}
