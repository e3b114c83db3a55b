/// Everything a renderer needs: the scored period, its trend, and the context.
public struct ReportDocument: Sendable, Equatable {
    /// The scored period.
    public var report: ScoredReport
    /// Earlier periods and the current one, oldest first (empty without history).
    public var trend: Trend
    /// Organisation, edition, language, tool version.
    public var context: ReportContext

    /// Creates a document; every argument sets the property of the same name.
    public init(report: ScoredReport, trend: Trend, context: ReportContext) {
        self.report = report
        self.trend = trend
        self.context = context
    }
}

/// An output format of `posture report --format`.
public enum OutputFormat: String, Sendable, Codable, CaseIterable, Hashable {
    /// `report.html`: one self-contained file.
    case html
    /// `report.md` and `charts/*.svg`.
    case md
    /// `report.json`: the assessment as data.
    case json
    /// `report.pdf`: report.html printed to A4 by headless Chromium (the command line does the printing).
    case pdf
}
