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
            findings: report.findings.filter { $0.bucket != .sample }.map(FindingSnapshot.init)
        )
        standards = report.byStandard.map {
            StandardSnapshot(standardsId: $0.standardsId, name: $0.name, controls: $0.controls)
        }
    }
}
