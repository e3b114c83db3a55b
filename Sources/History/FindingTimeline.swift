import ReportModel

/// Findings across periods, folded in oldest first: for each identity, when its latest run of active periods
/// began, and for the periods added so far, how long the findings fixed in each took.
///
/// A period is read once and let go: what later periods need of it is kept per identity in a few bytes
/// (`Trace`) and, for the last period added, per active row. A year of monthly snapshots of 100k findings
/// is never held at once (it was: twelve periods' rows and a lookup of each, 100 MB and more). The last period
/// added is only looked up against the others; its identities join the table when a later period comes, so a
/// first month, or the current month of a year, adds no table of its own (100k identities: ~17 MB).
/// `FindingTimelineTests` holds the fold to the definition it replaced, which looked every period up again.
struct FindingTimeline {
    /// What the periods folded in so far say about one identity.
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
        var fixedAtLast = false
        /// The day it has been open since, as of `lastHeld`.
        var sinceAtLast: ReportDate? = nil

        /// An identity no period folded in holds.
        static let unseen = Trace(lastHeld: .min, lastActive: .min, runStart: 0, heldBeforeRun: false)
    }

    /// An active row of the last period added.
    struct ActiveRow {
        /// Its identity's trace (`identities`), -1 while its period is not folded in and for an identity new in it.
        fileprivate var trace: Int32
        /// Its severity there.
        var severity: Severity
        /// The day it has been open since; `nil` when unknown (`add(_:)` says how).
        var since: ReportDate?
    }

    /// Each identity's place in `traces`: one hash per row.
    private var identities: [FindingIdentity: Int32] = [:]
    private var traces: [Trace] = []
    /// The last period added, folded into `traces` when the next one comes.
    private var unfolded: [FindingSnapshot] = []
    /// The active rows of the last period added with their traces, when it was folded in at once.
    private var foldedRows: [ActiveRow]?
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

    /// Adds the next period, later than every period added before.
    ///
    /// The day a finding active in a period has been open since is its first-observed day, else the as-of
    /// date of the first period of the run of periods in which it has been active. When the period before
    /// that run holds the finding in another state (it passed, was resolved or archived), it reopened after
    /// that period's as-of date: a control that regressed this month is not "open for 263 days" because
    /// Security Hub first observed the resource long ago. Without a first-observed day, a finding active in
    /// the first period of all has no known start (its age is unknown). Where a period holds one identity
    /// twice, its first row speaks for it.
    /// - Parameters:
    ///   - snapshot: the period.
    ///   - laterPeriodsFollow: whether a later period will be added: this one is then folded in at once, and its
    ///     rows are not kept until then (a stored period read for the timeline alone).
    mutating func add(_ snapshot: ReportSnapshot, laterPeriodsFollow: Bool = false) {
        let earlierRows = foldedRows ?? foldInLastPeriod()
        foldedRows = nil
        let index = Int32(asOfs.count)
        asOfs.append(snapshot.asOf)
        unfolded = snapshot.findings
        if laterPeriodsFollow {
            // Folded in at once: the fold's own pass gives the rows, and the traces say what became of the earlier.
            let rows = foldInLastPeriod()
            if index > 0 {
                fixDays.append(
                    Self.fixes(earlierRows, fixedOn: snapshot.asOf) { place in
                        let now = traces[Int(place)]
                        return now.lastHeld != index || now.fixedAtLast
                    }
                )
            }
            activeRows = rows
            foldedRows = rows
            return
        }
        // Looked up against the periods folded in, not added to them (`foldInLastPeriod` adds it later, if ever).
        let firstRows = FindingLookup(snapshot.findings)
        var now = [UInt8](repeating: 0, count: traces.count)  // 1: held, 2: held and fixed
        var rows: [ActiveRow] = []
        rows.reserveCapacity(earlierRows.count)
        // Read in parts, through the buffer: a finding taken whole, or through the array's subscript, is a copy of it
        // (each of its texts retained and released).
        snapshot.findings.withUnsafeBufferPointer { findings in
            for position in findings.indices {
                let identity = findings[position].identityKey
                let (firstSeen, firstFixed) =
                    firstRows.givenSortedAndUnique
                    ? (findings[position].firstSeen, findings[position].isFixed)
                    : (firstRows[identity] ?? findings[position]).firstSeenAndFixed
                let place = identities[identity]
                let trace = place.map { traces[Int($0)] } ?? .unseen
                let since = openSince(firstSeen, at: index, run: runStart(at: index, after: trace))
                if let place, now[Int(place)] == 0 { now[Int(place)] = firstFixed ? 2 : 1 }
                if findings[position].isActive {
                    rows.append(
                        ActiveRow(trace: place ?? -1, severity: findings[position].severity, since: since)
                    )
                }
            }
        }
        if index > 0 {
            fixDays.append(Self.fixes(earlierRows, fixedOn: snapshot.asOf) { now[Int($0)] != 1 })
        }
        activeRows = rows
    }

    /// Severity and days (never negative) of each earlier active row whose finding is fixed or gone.
    private static func fixes(
        _ earlierRows: [ActiveRow],
        fixedOn: ReportDate,
        fixedOrGone: (Int32) -> Bool
    ) -> [(Severity, Int)] {
        earlierRows.compactMap { before in
            guard fixedOrGone(before.trace), let start = before.since else { return nil }
            return (before.severity, max(0, start.days(until: fixedOn)))
        }
    }

    /// Folds the last period added into the traces (its identities join the table) and returns its active rows
    /// with their traces, for the fixes of the period that follows it.
    private mutating func foldInLastPeriod() -> [ActiveRow] {
        guard !asOfs.isEmpty else { return [] }
        let index = Int32(asOfs.count - 1)
        var rows: [ActiveRow] = []
        rows.reserveCapacity(activeRows.count)
        for finding in unfolded {
            let place: Int32
            if let known = identities[finding.identityKey] {
                place = known
            } else {
                place = Int32(traces.count)
                identities[finding.identityKey] = place
                traces.append(.unseen)
            }
            let trace = traces[Int(place)]
            if trace.lastHeld != index {
                // The identity's first row in the period: it speaks for the others.
                let run = runStart(at: index, after: trace)
                traces[Int(place)] = Trace(
                    lastHeld: index,
                    lastActive: finding.isActive ? index : trace.lastActive,
                    runStart: finding.isActive ? run.start : trace.runStart,
                    heldBeforeRun: finding.isActive ? run.heldBefore : trace.heldBeforeRun,
                    fixedAtLast: finding.isFixed,
                    sinceAtLast: openSince(finding.firstSeen, at: index, run: run)
                )
            }
            if finding.isActive {
                rows.append(
                    ActiveRow(
                        trace: place,
                        severity: finding.severity,
                        since: traces[Int(place)].sinceAtLast
                    )
                )
            }
        }
        unfolded = []
        return rows
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

extension FindingSnapshot {
    /// When the finding was first seen, and whether it is fixed: what a timeline reads of a period's first row.
    fileprivate var firstSeenAndFixed: (ReportDate?, Bool) { (firstSeen, isFixed) }
}
