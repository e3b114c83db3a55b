import Foundation
import Importers
import ReportModel
import Scoring
import TestSupport
import Testing

/// Every shared fixture, imported and scored: each record lands in exactly one bucket.
@Suite(.needsSharedFixtures) struct FixtureReconciliationTests {
    static let files: [String] = {
        let root = RepositoryPaths.sharedFixtures
        let folders = ["asff", "ocsf", "inspector2", "ecr", "waf"]
        return folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .sorted().map { "\(folder)/\($0)" }
        }
    }()

    @Test(arguments: files)
    func reconciliationAddsUpToRecords(file: String) throws {
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: file, content: .file(RepositoryPaths.fixture(file)))
        ])
        let configuration = try PipelineHarness.configuration(for: PipelineHarness.fixtures)
        let report = Scorer(configuration: configuration).score(data, asOf: ReportDate(year: 2026, month: 11, day: 30))
        let r = report.reconciliation
        #expect(r.balances, "\(file): \(r.records) records, \(r.accountedFor) accounted for")
        #expect(r.records == data.inputs.first?.records)
    }

    @Test func everyFixtureFolderIsCovered() {
        #expect(Self.files.count >= 26)
    }
}
