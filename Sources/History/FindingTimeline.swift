import ReportModel

/// Findings across periods, folded in oldest first: for each identity, when its latest run of active periods
/// began, and for the periods added so far, how long the findings fixed in each took.
///
/// A period is read once and let go: what later periods need of it is kept per identity in a few bytes
/// (`Trace`) and, for the last period added, per active row. A year of monthly snapshots of 100k findings
/// is never held at once (it was: twelve periods' rows and a lookup of each, 100 MB and more).
/// `FindingTimelineTests` holds the fold to the definition it replaced, which looked every period up again.
struct FindingTimeline {
    /// What the periods added so far say about one identity.
    private struct Trace {
        /// The last period that holds it, `Int32.min` before any.
        var lastHeld: Int32
        /// The last period it was active in (open or accepted), `Int32.min` before any.
        var lastActive: Int32
        /// The first period of the run of active periods ending at `lastActive`.
        var runStart: Int32
        /// Whether the period before `runStart` holds it (in another state: it reopened after that period).
        var heldBeforeRun: Bool
        /// Whether it is fixed (passed, resolved or archived) in `lastHeld`.
        var fixedAtLast: Bool
        /// The day it has been open since, as of `lastHeld`.
        var sinceAtLast: ReportDate? = nil
    }

    /// An active row of the last period added.
    struct ActiveRow {
        /// Its identity's trace (`identities`).
        fileprivate var trace: Int32
        /// Its status there: open or accepted.
        var status: FindingBucket
        /// Its severity there.
        var severity: Severity
        /// The day it has been open since; `nil` when unknown (`add(_:)` says how).
        var since: ReportDate?
    }

    /// Each identity's place in `traces`: one hash per row, and none for the rows of the period before.
    private var identities: [FindingIdentity: Int32] = [:]
    private var traces: [Trace] = []
    /// The as-of date of each period added, oldest first.
    private(set) var asOfs: [ReportDate] = []
    /// The active rows (open or accepted) of the last period added, in its row order: the same rows as its
    /// findings that are active.
    private(set) var activeRows: [ActiveRow] = []
    /// For each period added after the first, oldest first: severity and days (never negative) of each finding
    /// active in the period before and fixed (or gone) in it, in the earlier period's row order.
    private(set) var fixDays: [[(Severity, Int)]] = []

    /// An empty timeline.
    init() {}

    /// The number of periods added.
    var count: Int { asOfs.count }

    /// Adds the next period, later than every period added before.
    ///
    /// The day a finding active in a period has been open since is its first-observed day, else the as-of
    /// date of the first period of the run of periods in which it has been active. When the period before
    /// that run holds the finding in another state (it passed, was resolved or archived), it reopened after
    /// that period's as-of date: a control that regressed this month is not "open for 263 days" because
    /// Security Hub first observed the resource long ago. Without a first-observed day, a finding active in
    /// the first period of all has no known start (its age is unknown). Where a period holds one identity
    /// twice, its first row speaks for it.
    /// - Parameter snapshot: the period.
    mutating func add(_ snapshot: ReportSnapshot) {
        let index = Int32(asOfs.count)
        asOfs.append(snapshot.asOf)
        var rows: [ActiveRow] = []
        rows.reserveCapacity(activeRows.count)
        for finding in snapshot.findings {
            let place: Int32
            if let known = identities[finding.identityKey] {
                place = known
            } else {
                place = Int32(traces.count)
                identities[finding.identityKey] = place
                traces.append(
                    Trace(lastHeld: .min, lastActive: .min, runStart: 0, heldBeforeRun: false, fixedAtLast: false)
                )
            }
            let trace = traces[Int(place)]
            let since: ReportDate?
            if trace.lastHeld == index {
                since = trace.sinceAtLast
            } else {
                let run = runStart(at: index, after: trace)
                since = openSince(finding.firstSeen, at: index, run: run)
                traces[Int(place)] = Trace(
                    lastHeld: index,
                    lastActive: finding.isActive ? index : trace.lastActive,
                    runStart: finding.isActive ? run.start : trace.runStart,
                    heldBeforeRun: finding.isActive ? run.heldBefore : trace.heldBeforeRun,
                    fixedAtLast: finding.isFixed,
                    sinceAtLast: since
                )
            }
            if finding.isActive {
                rows.append(ActiveRow(trace: place, status: finding.status, severity: finding.severity, since: since))
            }
        }
        if index > 0 {
            let fixedOn = snapshot.asOf
            fixDays.append(
                activeRows.compactMap { before in
                    let now = traces[Int(before.trace)]
                    guard now.lastHeld != index || now.fixedAtLast, let start = before.since else { return nil }
                    return (before.severity, max(0, start.days(until: fixedOn)))
                }
            )
        }
        activeRows = rows
    }

    /// Where the run of active periods a finding is in at period `index` began, walking back from it through
    /// the periods before in which it was active, and whether the period before that run holds it.
    private func runStart(at index: Int32, after trace: Trace) -> (start: Int32, heldBefore: Bool) {
        if trace.lastActive == index - 1 { return (trace.runStart, trace.heldBeforeRun) }
        return (index, trace.lastHeld == index - 1)
    }

    /// The day a finding at period `index` has been open since (`add(_:)` says how), from its first-observed
    /// day there and the run of active periods it is in (`runStart(at:after:)`).
    private func openSince(
        _ observed: ReportDate?,
        at index: Int32,
        run: (start: Int32, heldBefore: Bool)
    ) -> ReportDate? {
        let (start, heldBefore) = run
        if start > 0, heldBefore {
            let reopenedAfter = asOfs[Int(start) - 1]
            return max(observed ?? reopenedAfter, reopenedAfter)
        }
        if observed == nil && start == index && index == 0 { return nil }
        return observed ?? asOfs[Int(start)]
    }
}
