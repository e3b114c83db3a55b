import ReportModel

/// What the reader must know about the edition in hand, printed under the header and in the footer
/// of every page: its name and, for the masked editions, what is masked and how.
struct EditionView {
    /// `Internal` / `Redacted` / `Summary`.
    let name: String
    /// `internal`, `redacted` or `summary`, for CSS.
    let key: String
    /// Whether identifiers are masked.
    let isMasked: Bool
    /// Whether this is the summary edition.
    let isSummary: Bool
    /// What is masked (masked editions only).
    let notice: String

    /// Builds the note on `context`'s edition, worded by `format`.
    /// - Throws: `RenderError.missingString`.
    init(context: ReportContext, format: ReportFormatter) throws(RenderError) {
        name = try format.strings.text("edition_\(context.edition.rawValue)")
        key = context.edition.rawValue
        isMasked = context.edition.isMasked
        isSummary = context.edition == .summary
        notice = isMasked ? try format.strings.text("editionNotice_\(context.edition.rawValue)") : ""
    }
}
