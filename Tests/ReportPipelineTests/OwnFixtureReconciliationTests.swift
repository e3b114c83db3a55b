import Foundation
import Importers
import ReportModel
import Scoring
import TestSupport
import Testing

/// Every own importer fixture (`Tests/ImportersTests/Fixtures`), imported and scored: each record
/// lands in exactly one bucket. The twin of `FixtureReconciliationTests`, always run.
@Suite struct OwnFixtureReconciliationTests {
    static let folder = RepositoryPaths.file("Tests/ImportersTests/Fixtures")

    static let files: [String] = {
        ["asff", "ocsf", "inspector2", "ecr", "waf"].flatMap { family in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(family).path)) ?? [])
                .sorted().map { "\(family)/\($0)" }
        }
    }()

    @Test(arguments: files)
    func reconciliationAddsUpToRecords(file: String) throws {
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: file, content: .file(Self.folder.appendingPathComponent(file).path))
        ])
        let configuration = try PipelineHarness.configuration(for: PipelineHarness.fixtures)
        let report = Scorer(configuration: configuration).score(data, asOf: ReportDate(year: 2026, month: 11, day: 30))
        let r = report.reconciliation
        #expect(r.balances, "\(file): \(r.records) records, \(r.accountedFor) accounted for")
        #expect(r.records == data.inputs.first?.records)
    }

    @Test func everyOwnFixtureIsCovered() {
        // scripts/make-fixtures.py writes 26 files; a missing folder would silently shrink the arguments.
        #expect(Self.files.count == 26)
    }

    @Test func allOwnFixturesTogetherBalance() throws {
        let sources = Self.files.map {
            InputSource(path: $0, content: .file(Self.folder.appendingPathComponent($0).path))
        }
        let data = try FindingImporter().importFindings(from: sources)
        let configuration = try PipelineHarness.configuration(for: PipelineHarness.fixtures)
        let report = Scorer(configuration: configuration).score(data, asOf: ReportDate(year: 2026, month: 11, day: 30))
        #expect(report.reconciliation.balances)
        #expect(report.reconciliation.records == data.inputs.map(\.records).reduce(0, +))
    }
}
