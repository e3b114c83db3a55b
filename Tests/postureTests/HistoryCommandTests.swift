import Foundation
import TestSupport
import Testing

/// `posture history`: backfill, list, show, delete.
@Suite struct HistoryCommandTests {
    @Test func backfillListShowDelete() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-history")
        let database = folder.appendingPathComponent("h.sqlite").path
        let samples = RepositoryPaths.file("samples")
        let backfill = try CommandRunner.run([
            "history", "backfill", samples.appendingPathComponent("2026-10").path,
            samples.appendingPathComponent("2026-09").path, "--history", database,
            "--acceptances", "samples/risk-acceptances.yml", "--environments", "samples/environments.yml",
        ])
        #expect(backfill.status == 0, "\(backfill.stderr)")
        // Oldest first, whatever order the folders were given in.
        #expect(backfill.stdout.hasPrefix("2026-09\tas of 2026-09-30\t286 findings\tsecurity hub 43%\n"))
        #expect(backfill.stdout.contains("2026-10\tas of 2026-10-31\t286 findings\tsecurity hub 65%"))

        let list = try CommandRunner.run(["history", "list", "--history", database])
        #expect(list.status == 0)
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[1].hasPrefix("2026-09\t2026-09-30\t43%\t"))

        let show = try CommandRunner.run(["history", "show", "2026-10", "--history", database])
        #expect(show.status == 0)
        #expect(show.stdout.contains("\"period\" : \"2026-10\""))

        let delete = try CommandRunner.run(["history", "delete", "2026-09", "--history", database])
        #expect(delete.status == 0)
        #expect(
            try CommandRunner.run(["history", "list", "--history", database]).stdout.split(separator: "\n").count == 2
        )
        let missing = try CommandRunner.run(["history", "show", "2026-09", "--history", database])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("no period 2026-09"))
    }

    @Test func backfillNeedsMonthFolders() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-history-bad")
        let result = try CommandRunner.run([
            "history", "backfill", RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic").path,
            "--history", folder.appendingPathComponent("h.sqlite").path,
        ])
        #expect(result.status == 3)
        #expect(result.stderr.contains("folder name must be the month, YYYY-MM"))
    }
}

/// `--sla` sets the days per severity that SLA breaches are measured against.
@Suite struct SLAOptionTests {
    @Test func customDaysReachTheReport() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-sla")
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run([
            "report", "Tests/ReportPipelineTests/Fixtures/basic/findings.json", "--out", out, "--as-of", "2026-11-30",
            "--format", "json", "--sla", "critical=1,low=none", "--history",
            folder.appendingPathComponent("h.sqlite").path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(
            contentsOf: URL(fileURLWithPath: out).appendingPathComponent("report.json"),
            encoding: .utf8
        )
        #expect(json.contains("\"CRITICAL\" : 1,"))
        #expect(try CommandRunner.run(["report", "x.json", "--out", out, "--sla", "critical=soon"]).status == 2)
    }
}
