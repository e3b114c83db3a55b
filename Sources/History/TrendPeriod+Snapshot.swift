import ReportModel

extension TrendPeriod {
    /// The headline numbers of a stored period.
    init(_ snapshot: ReportSnapshot) {
        var environments: [String: ControlCounts] = [:]
        for environment in snapshot.environments {
            var counts = environments[environment.name] ?? ControlCounts()
            counts.passed += environment.controls.passed
            counts.failed += environment.controls.failed
            counts.unknown += environment.controls.unknown
            counts.noData += environment.controls.noData
            counts.accepted += environment.controls.accepted
            environments[environment.name] = counts
        }
        self.init(
            period: snapshot.period,
            asOf: snapshot.asOf,
            overall: snapshot.overall,
            layers: Dictionary(
                snapshot.layers.map { ($0.layer.description, $0.controls) },
                uniquingKeysWith: { first, _ in first }
            ),
            openFindings: snapshot.openFindings,
            acceptedFindings: snapshot.acceptedFindings,
            environments: environments
        )
        standards = Dictionary(snapshot.standards.map { ($0.standardsId, $0.controls) }) { first, _ in first }
    }
}
