import ReportModel

/// What the summary edition keeps of a (masked) document for report.json: scores, layers,
/// environments, the trend, the acceptance register without what it matches, framework evidence,
/// inputs and the reconciliation. No finding, control row, resource, CVE, rule, request or
/// diagnostic.
enum SummaryEdition {
    /// The reduced document.
    /// - Parameter document: the masked document.
    /// - Returns: the document the summary's report.json is written from.
    static func reduced(_ document: ReportDocument) -> ReportDocument {
        var document = document
        document.report.findings = []
        document.report.controls = []
        document.report.frontDoor = FrontDoorEvidence()
        document.report.diagnostics = []
        document.report.layerRules = []
        document.report.acceptances = document.report.acceptances.map { result in
            var result = result
            result.acceptance.match.findingIds = []
            result.acceptance.match.resources = []
            result.acceptance.match.accounts = []
            result.acceptance.match.cves = []
            result.acceptance.compensatingControls = []
            result.warnings = []
            return result
        }
        document.trend.changes = nil
        return document
    }
}
