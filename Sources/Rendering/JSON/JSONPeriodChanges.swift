import ReportModel

/// `trend.changes` in report.json: month over month, from history.
struct JSONPeriodChanges: Encodable, Sendable {
    let period: String
    /// `null` in the first period on record: the deltas are then empty.
    let previousPeriod: Nullable<String>
    let newFindings: Delta
    let fixedFindings: Delta
    let regressedFindings: Delta
    let newFailingControls: [String]
    let fixedControls: [String]
    let regressedControls: [String]
    let newlyAccepted: [String]
    let newlyExpired: [String]
    let timeToFix: [Fix]
    let timeToFixInTrend: [Fix]
    let openByAge: FindingAges
    let slaPolicy: SLAPolicy
    let slaBreachesBySeverity: SeverityCounts
    var slaBreaches: [Breach]

    /// Findings that changed: count, by severity, identities (worst first).
    struct Delta: Encodable, Sendable {
        let count: Int
        let bySeverity: SeverityCounts
        /// Kept in parts and joined one at a time as they are encoded (the first month's delta names every finding).
        let identities: [FindingIdentity]

        init(_ delta: FindingDelta) {
            count = delta.count
            bySeverity = delta.bySeverity
            identities = delta.identityKeys
        }

        private enum CodingKeys: String, CodingKey {
            case count, bySeverity, identities
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count, forKey: .count)
            try container.encode(bySeverity, forKey: .bySeverity)
            var list = container.nestedUnkeyedContainer(forKey: .identities)
            for identity in identities { try list.encode(identity.text) }
        }
    }

    /// Time-to-fix of one severity; days rounded to one decimal.
    struct Fix: Encodable, Sendable {
        let severity: Severity
        let fixed: Int
        let meanDays: Double
        let medianDays: Double

        init(_ fix: TimeToFix) {
            severity = fix.severity
            fixed = fix.fixed
            meanDays = (fix.meanDays * 10).rounded() / 10
            medianDays = (fix.medianDays * 10).rounded() / 10
        }
    }

    /// One open finding past its SLA.
    struct Breach: Encodable, Sendable {
        let identity: String
        let severity: Severity
        let layer: String
        let ageDays: Int
        let slaDays: Int
        let overdueDays: Int
    }

    /// The changes as report.json holds them.
    /// - Parameters:
    ///   - changes: the period's changes.
    ///   - withBreaches: whether `slaBreaches` holds the breaches (else it is empty, to be written in batches).
    init(_ changes: PeriodChanges, withBreaches: Bool = true) {
        period = changes.period
        previousPeriod = Nullable(changes.previousPeriod)
        newFindings = Delta(changes.newFindings)
        fixedFindings = Delta(changes.fixedFindings)
        regressedFindings = Delta(changes.regressedFindings)
        newFailingControls = changes.newFailingControls
        fixedControls = changes.fixedControls
        regressedControls = changes.regressedControls
        newlyAccepted = changes.newlyAccepted
        newlyExpired = changes.newlyExpired
        timeToFix = changes.timeToFix.map(Fix.init)
        timeToFixInTrend = changes.timeToFixInTrend.map(Fix.init)
        openByAge = changes.openByAge
        slaPolicy = changes.slaPolicy
        slaBreachesBySeverity = changes.slaBreachesBySeverity
        slaBreaches = withBreaches ? changes.slaBreaches.map(Breach.init) : []
    }
}

extension JSONPeriodChanges.Breach {
    /// A breach as report.json holds it (an extension, so the memberwise initializer stays).
    init(_ breach: SLABreach) {
        self.init(
            identity: breach.identity,
            severity: breach.severity,
            layer: breach.layer.description,
            ageDays: breach.ageDays,
            slaDays: breach.slaDays,
            overdueDays: breach.overdueDays
        )
    }
}
