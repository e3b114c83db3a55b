/// One stored period's headline numbers, as `posture history list` shows them.
public struct PeriodSummary: Sendable, Equatable, Codable {
    /// `YYYY-MM`.
    public var period: String
    /// The as-of date of the run that recorded it.
    public var asOf: ReportDate
    /// Overall control counts; `overall.securityHubScore` and `overall.withAcceptancesScore` are the scores.
    public var overall: ControlCounts
    /// Open findings by severity.
    public var openFindings: SeverityCounts
    /// Findings covered by valid acceptances.
    public var acceptedFindings: Int
    /// How many input files the run read.
    public var inputCount: Int

    /// Creates a summary; every argument sets the property of the same name.
    public init(
        period: String,
        asOf: ReportDate,
        overall: ControlCounts,
        openFindings: SeverityCounts,
        acceptedFindings: Int,
        inputCount: Int
    ) {
        self.period = period
        self.asOf = asOf
        self.overall = overall
        self.openFindings = openFindings
        self.acceptedFindings = acceptedFindings
        self.inputCount = inputCount
    }
}
