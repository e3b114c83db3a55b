public import History
public import Importers
public import Rendering
public import ReportModel
public import Scoring

/// import → score → history → render, all in memory. Only the caller touches the output folder:
/// it hands in `deliver`, which runs before the history commit, so a failed write leaves the
/// history as it was; when the commit fails after a successful delivery, `run` throws and the
/// caller puts the previous output back.
public struct ReportPipeline: Sendable {
    /// Stage 1.
    public var importer: FindingImporter
    /// Stage 2.
    public var scorer: Scorer
    /// Stage 3's reading of the stored periods: the trend and the SLA policy its breaches use.
    public var trendAnalysis: TrendAnalysis
    /// The English wording of messages, for the `--strict` failure the terminal shows.
    public var english: Phrasebook

    /// Creates a pipeline.
    /// - Parameters:
    ///   - importer: stage 1: reads the inputs into findings and evidence, with its import options.
    ///   - scorer: stage 2: places and scores the findings with its configuration (rules, acceptances, environments).
    ///   - trendAnalysis: how the stored periods become the trend.
    ///   - english: the English string table's phrasebook; without it messages show as codes.
    public init(
        importer: FindingImporter,
        scorer: Scorer,
        trendAnalysis: TrendAnalysis = TrendAnalysis(),
        english: Phrasebook = Phrasebook(entries: [:])
    ) {
        self.importer = importer
        self.scorer = scorer
        self.trendAnalysis = trendAnalysis
        self.english = english
    }

    /// Imports and scores: what `check` and `backfill` need, and the first half of `report`.
    /// - Parameters:
    ///   - sources: the files, folder entries and standard input to import.
    ///   - asOf: the report date: acceptances are valid or expired, and findings aged, relative to it.
    ///   - strict: whether warnings fail the run.
    /// - Returns: the scored report.
    /// - Throws: `PipelineError.importing` or `.strict`.
    public func assess(_ sources: [InputSource], asOf: ReportDate, strict: Bool) throws(PipelineError) -> ScoredReport {
        let data: ImportedData
        do {
            data = try importer.importFindings(from: sources)
        } catch {
            throw .importing(error)
        }
        var report = scorer.score(data, asOf: asOf)
        report.frameworks = FrameworkEvidenceBuilder.evidence(for: report, questions: scorer.configuration.questions)
        if strict {
            // One line per failure: a newline inside a value is shown as an escape.
            let warnings = report.diagnostics.filter { $0.level == .warning }
                .map { VisibleText.escaped($0.text(in: english), newlines: true) }
            let failures =
                warnings
                + StrictChecks.failures(report, configuration: scorer.configuration).map {
                    VisibleText.escaped($0, newlines: true)
                }
            if !failures.isEmpty { throw .strict(failures) }
        }
        return report
    }

    /// Runs every stage and hands the rendered files to `deliver`.
    /// - Parameters:
    ///   - sources: the files, folder entries and standard input to import.
    ///   - asOf: the report date: acceptances are valid or expired, and findings aged, relative to it.
    ///   - context: organisation, edition, language, version.
    ///   - formats: which files to render (`html`, `md`, `json`, `pdf`).
    ///   - history: opens the history store, or `nil` to render without a trend. It is called only
    ///     after import and scoring succeeded, so a bad input never creates a database file.
    ///   - renderer: renders `formats` from the scored report, the trend and `context`.
    ///   - strict: whether warnings fail the run.
    ///   - recordWhileDelivering: whether the period's rows are written (into a transaction that commits
    ///     only after `deliver` returned) while the files are rendered and delivered; false when the
    ///     history file lives where `deliver` moves folders, so its journal never crosses a swap.
    ///   - deliver: writes the files; if it throws, the history is left as it was. The history is
    ///     committed only after it returned; if that commit fails, `run` throws `.history`.
    /// - Returns: the scored report and the trend it was rendered with.
    /// - Throws: `PipelineError` naming the stage.
    @discardableResult
    public func run(
        _ sources: [InputSource],
        asOf: ReportDate,
        context: ReportContext,
        formats: Set<OutputFormat>,
        history: (() throws -> HistoryStore)?,
        renderer: ReportRenderer,
        strict: Bool,
        recordWhileDelivering: Bool = true,
        deliver: ([RenderedFile]) throws -> Void
    ) throws(PipelineError) -> ReportDocument {
        try finish(
            try assess(sources, asOf: asOf, strict: strict),
            context: context,
            formats: formats,
            history: history,
            renderer: renderer,
            recordWhileDelivering: recordWhileDelivering,
            deliver: deliver
        )
    }

    /// The stages after `assess`: reads the trend, renders, hands the files to `deliver` and records the period.
    /// `run` is `assess` and then this; the command line calls them one after the other itself, to make the
    /// renderer (its templates parsed on another thread) only once the input is imported and scored.
    /// - Parameters:
    ///   - report: what `assess` returned.
    ///   - context: organisation, edition, language, version.
    ///   - formats: which files to render (`html`, `md`, `json`, `pdf`).
    ///   - history: opens the history store, or `nil` to render without a trend.
    ///   - renderer: renders `formats` from the scored report, the trend and `context`.
    ///   - recordWhileDelivering: as in `run`.
    ///   - deliver: writes the files; if it throws, the history is left as it was.
    /// - Returns: the scored report and the trend it was rendered with.
    /// - Throws: `PipelineError` naming the stage.
    public func finish(
        _ report: ScoredReport,
        context: ReportContext,
        formats: Set<OutputFormat>,
        history: (() throws -> HistoryStore)?,
        renderer: ReportRenderer,
        recordWhileDelivering: Bool = true,
        deliver: ([RenderedFile]) throws -> Void
    ) throws(PipelineError) -> ReportDocument {
        func render(_ trend: Trend) throws -> ReportDocument {
            let document = ReportDocument(report: report, trend: trend, context: context)
            let files: [RenderedFile]
            do {
                files = try renderer.render(document, formats: formats)
            } catch {
                throw PipelineError.rendering(error)
            }
            do {
                try deliver(files)
            } catch {
                throw PipelineError.delivering("\(error)")
            }
            return document
        }
        do {
            guard let openHistory = history else { return try render(Trend()) }
            let store = try openHistory()
            let period = report.asOf.period
            let analysis = trendAnalysis
            // The trend including this period: the stored periods before it, read-only and one at a time,
            // and this period's snapshot from memory (nothing is written and read back before the files are
            // delivered). Neither the stored periods nor the snapshot's finding rows are kept while rendering.
            guard recordWhileDelivering else {
                var fold = try store.trendFold(before: period, analysis: analysis)
                fold.add(ReportSnapshot(report))
                let trend = fold.trend(endingAt: period)
                // Render and deliver, and only then record the period (the same snapshot, made again).
                let document = try render(trend)
                try store.record(ReportSnapshot(report), reading: 0) { (_: [ReportSnapshot]) in }
                return document
            }
            // The snapshot is written into an open transaction on another thread (which keeps its rows
            // until they are written) while the trend is computed and the files are rendered and
            // delivered; it commits only after the delivery succeeded.
            let (pending, trend) = try { () throws -> (PendingRecord, Trend) in
                var fold = try store.trendFold(before: period, analysis: analysis)
                // The rows are made once here for the trend, which lets go of them when it is computed, and
                // again one batch at a time as they are written: none are held while the files are rendered.
                let rows = FindingRows(report.findings, identityOrder: report.identityOrder)
                let snapshot = ReportSnapshot(report, rows: rows)
                var numbers = snapshot
                numbers.findings = []
                let pending = try store.beginRecording(period, rows: rows) { [numbers] in numbers }
                fold.add(snapshot)
                return (pending, fold.trend(endingAt: period))
            }()
            let document: ReportDocument
            do {
                document = try render(trend)
            } catch {
                pending.abandon()
                throw error
            }
            try pending.commit()
            return document
        } catch let error as PipelineError {
            throw error
        } catch let error as HistoryError {
            throw .history(error)
        } catch {
            throw .delivering("\(error)")
        }
    }

    /// Reads each input on its own, without scoring: `posture inspect`.
    /// - Parameters:
    ///   - sources: the files, folder entries and standard input to inspect.
    ///   - options: how strictly they are read.
    /// - Returns: one inspection per input, in order; an input that cannot be read carries its `failure`.
    /// - Throws: `PipelineError.importing` for a failure of the whole run.
    public static func inspect(_ sources: [InputSource], options: ImportOptions) throws(PipelineError)
        -> [FileInspection]
    {
        do {
            return try FindingImporter(options: options).inspect(sources)
        } catch {
            throw .importing(error)
        }
    }

    /// Records old months into the history, oldest first, each as of its last day: `posture history backfill`.
    /// - Parameters:
    ///   - months: each month's period (`YYYY-MM`) and its inputs.
    ///   - history: the store to record into.
    /// - Returns: each month's scored report, oldest first.
    /// - Throws: `PipelineError` for a bad period, an input that cannot be read, or a history failure; months
    ///   recorded before the failure stay recorded.
    public func backfill(
        _ months: [(period: String, sources: [InputSource])],
        into history: HistoryStore
    ) throws(PipelineError) -> [ScoredReport] {
        var reports: [ScoredReport] = []
        for month in months.sorted(by: { $0.period < $1.period }) {
            guard let asOf = ReportDate.lastDay(of: month.period) else { throw .badPeriod(month.period) }
            let report = try assess(month.sources, asOf: asOf, strict: false)
            do {
                try history.record(ReportSnapshot(report), reading: 0) { _ in () }
            } catch let error as HistoryError {
                throw .history(error)
            } catch {
                throw .delivering("the history could not be recorded")
            }
            reports.append(report)
        }
        return reports
    }
}
