import Foundation
import History
import Importers
import Rendering
import ReportModel
import ReportPipeline
import Scoring
import TestSupport
import Testing

/// A run that fails after scoring (rendering done, writing the files fails) leaves the history
/// exactly as it was: the snapshot is written in the same transaction as the files are delivered.
@Suite struct HistoryAtomicityTests {
    struct DiskFull: Error {}

    /// The pipeline for the `basic` fixture, and the fixture's folder.
    static func basic() throws -> (ReportPipeline, URL) {
        let fixture = PipelineHarness.fixtures.appendingPathComponent("basic")
        let pipeline = ReportPipeline(
            importer: FindingImporter(),
            scorer: Scorer(configuration: try PipelineHarness.configuration(for: fixture))
        )
        return (pipeline, fixture)
    }

    @Test func aFailedDeliveryLeavesHistoryUnchanged() throws {
        let folder = try RepositoryPaths.temporaryFolder("atomic")
        let store = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        let (pipeline, fixture) = try Self.basic()
        let renderer = ReportRenderer(templates: try PipelineHarness.templates())
        let context = ReportContext(organization: "Example Shop", toolVersion: "test")
        func run(_ asOf: ReportDate, deliver: ([RenderedFile]) throws -> Void) throws {
            try pipeline.run(
                try PipelineHarness.sources(for: fixture),
                asOf: asOf,
                context: context,
                formats: [.json],
                history: { store },
                renderer: renderer,
                strict: false,
                deliver: deliver
            )
        }

        try run(ReportDate(year: 2026, month: 10, day: 31)) { _ in }
        let before = try store.periods()
        #expect(before.map(\.period) == ["2026-10"])

        #expect(throws: PipelineError.self) {
            try run(ReportDate(year: 2026, month: 11, day: 30)) { _ in throw DiskFull() }
        }
        #expect(try store.periods() == before)
        #expect(try store.snapshot(for: "2026-11") == nil)

        try run(ReportDate(year: 2026, month: 11, day: 30)) { _ in }
        #expect(try store.periods().map(\.period) == ["2026-10", "2026-11"])
    }

    /// A report that cannot be rendered (here a template whose HTML is not well-formed) fails as a
    /// rendering failure, delivers nothing, and the period being written meanwhile is rolled back.
    @Test func aReportThatCannotBeRenderedFailsAsRenderingAndLeavesHistoryUnchanged() throws {
        let folder = try RepositoryPaths.temporaryFolder("unrenderable")
        let store = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        let (pipeline, fixture) = try Self.basic()
        var files = try PipelineHarness.templateFiles()
        files["html/report.mustache"] = "<p>{{organization}}</div>"
        let renderer = ReportRenderer(templates: try TemplateSet(files: files))
        var delivered = false
        #expect {
            try pipeline.run(
                try PipelineHarness.sources(for: fixture),
                asOf: ReportDate(year: 2026, month: 11, day: 30),
                context: ReportContext(organization: "Example Shop", toolVersion: "test"),
                formats: [.html, .md, .json],
                history: { store },
                renderer: renderer,
                strict: false
            ) { _ in delivered = true }
        } throws: { error in
            guard case .rendering(.invalidHTML) = error as? PipelineError else { return false }
            return true
        }
        #expect(!delivered)
        #expect(try store.periods().isEmpty)
        // The store is free again: the next run records.
        try pipeline.run(
            try PipelineHarness.sources(for: fixture),
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            context: ReportContext(organization: "Example Shop", toolVersion: "test"),
            formats: [.json],
            history: { store },
            renderer: ReportRenderer(templates: try PipelineHarness.templates()),
            strict: false
        ) { _ in }
        #expect(try store.periods().map(\.period) == ["2026-11"])
    }
}
