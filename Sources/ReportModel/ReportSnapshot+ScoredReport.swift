extension ReportSnapshot {
    /// Keeps what history needs of a scored report; sample findings are left out.
    public init(_ report: ScoredReport) {
        self.init(
            asOf: report.asOf,
            inputCount: report.inputs.count,
            overall: report.overall,
            layers: report.layers.map(LayerSnapshot.init),
            environments: report.environments.map(EnvironmentSnapshot.init),
            controls: report.controls.map(ControlSnapshot.init),
            acceptances: report.acceptances.map(AcceptanceSnapshot.init),
            findings: Self.findingRows(report.findings)
        )
        standards = report.byStandard.map {
            StandardSnapshot(standardsId: $0.standardsId, name: $0.name, controls: $0.controls)
        }
    }

    /// The rows of the findings that are not samples, in identity order, made without an intermediate
    /// copy of the findings and sorted where they are.
    private static func findingRows(_ findings: [ScoredFinding]) -> [FindingSnapshot] {
        var rows: [FindingSnapshot] = []
        rows.reserveCapacity(findings.count)
        for scored in findings where scored.bucket != .sample { rows.append(FindingSnapshot(scored)) }
        rows.sort { $0.identityKey < $1.identityKey }
        return rows
    }
}
