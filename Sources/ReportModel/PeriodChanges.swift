/// What changed from the previous stored period to the current one, and how old the open findings are.
///
/// Findings count as *active* when open or accepted, and as *fixed* when passed, resolved, archived or
/// absent. Controls count as *failing* when failed or accepted. Without a previous period the deltas are
/// empty; ages and SLA breaches are always computed.
public struct PeriodChanges: Sendable, Equatable, Codable {
    /// The current period, `YYYY-MM`.
    public var period: String
    /// The period compared with, if history has an earlier one.
    public var previousPeriod: String?
    /// Findings active now that were absent, or neither active nor fixed, before.
    public var newFindings: FindingDelta
    /// Findings active before that are fixed or absent now.
    public var fixedFindings: FindingDelta
    /// Findings passed or resolved before that are active now.
    public var regressedFindings: FindingDelta
    /// Controls failing now that neither failed nor passed before (absent, unknown, no data); sorted.
    public var newFailingControls: [String]
    /// Controls failing before that pass now (FAILED → PASSED); sorted.
    public var fixedControls: [String]
    /// Controls passing before that fail now (PASSED → FAILED); sorted.
    public var regressedControls: [String]
    /// Acceptances in force now that were absent or expired before; sorted.
    public var newlyAccepted: [String]
    /// Acceptances expired now that were absent or in force before; sorted.
    public var newlyExpired: [String]
    /// Time-to-fix per severity, worst first, for the findings fixed in this period.
    public var timeToFix: [TimeToFix]
    /// Time-to-fix per severity, worst first, for every fix within the trend's periods.
    public var timeToFixInTrend: [TimeToFix]
    /// Open findings (not accepted) by age on the as-of date.
    public var openByAge: FindingAges
    /// Open findings (not accepted) older than the SLA allows, worst first.
    public var slaBreaches: [SLABreach]
    /// The SLA policy the breaches were measured against.
    public var slaPolicy: SLAPolicy

    /// Creates the changes; every argument sets the property of the same name, the id lists sorted, time-to-fix
    /// worst severity first and SLA breaches by `SLABreach.precedes`.
    public init(
        period: String,
        previousPeriod: String?,
        newFindings: FindingDelta = FindingDelta(),
        fixedFindings: FindingDelta = FindingDelta(),
        regressedFindings: FindingDelta = FindingDelta(),
        newFailingControls: [String] = [],
        fixedControls: [String] = [],
        regressedControls: [String] = [],
        newlyAccepted: [String] = [],
        newlyExpired: [String] = [],
        timeToFix: [TimeToFix] = [],
        timeToFixInTrend: [TimeToFix] = [],
        openByAge: FindingAges = FindingAges(),
        slaBreaches: [SLABreach] = [],
        slaPolicy: SLAPolicy = .standard
    ) {
        self.period = period
        self.previousPeriod = previousPeriod
        self.newFindings = newFindings
        self.fixedFindings = fixedFindings
        self.regressedFindings = regressedFindings
        self.newFailingControls = newFailingControls.sorted()
        self.fixedControls = fixedControls.sorted()
        self.regressedControls = regressedControls.sorted()
        self.newlyAccepted = newlyAccepted.sorted()
        self.newlyExpired = newlyExpired.sorted()
        self.timeToFix = timeToFix.sorted { $0.severity > $1.severity }
        self.timeToFixInTrend = timeToFixInTrend.sorted { $0.severity > $1.severity }
        self.openByAge = openByAge
        self.slaBreaches = SLABreach.ordered(slaBreaches)
        self.slaPolicy = slaPolicy
    }

    /// SLA breaches counted by severity.
    public var slaBreachesBySeverity: SeverityCounts {
        var counts = SeverityCounts()
        // Read by position: a for-in loop would copy each breach (its identity retained and released).
        for index in slaBreaches.indices { counts.add(slaBreaches[index].severity) }
        return counts
    }
}
