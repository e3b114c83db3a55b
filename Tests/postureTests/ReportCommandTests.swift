import Foundation
import TestSupport
import Testing

/// The command line as users script against it: exit codes, stdout, stderr, files.
@Suite struct ReportCommandTests {
    static let basic = "Tests/ReportPipelineTests/Fixtures/basic"

    @Test func rendersTheThreeFormatsAndListsOnlyTheFilesWritten() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-report")
        let out = folder.appendingPathComponent("reports/2026-11")
        let basic = RepositoryPaths.file(Self.basic).path
        let result = try CommandRunner.run(
            [
                "report", "\(basic)/findings.json", "--out", out.path, "--as-of", "2026-11-30",
                "--acceptances", "\(basic)/risk-acceptances.yml", "--environments", "\(basic)/environments.yml",
            ],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        let listed = result.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
        #expect(listed.contains("report.html"))
        #expect(listed.contains("report.md"))
        #expect(listed.contains("report.json"))
        let files = CommandRunner.files(in: out)
        #expect(files.contains("report.html") && files.contains("report.json"))
        #expect(!files.contains { $0.hasSuffix(".partial") || $0.hasSuffix(".sqlite") })
        // The history stays where the team runs posture from, the same file every month, and the run says so.
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("posture-history.sqlite").path))
        #expect(result.stderr.contains("history: posture-history.sqlite holds 1 period, 2026-11 recorded"))
    }

    /// Standard error shows the first fifty warnings and how many more; report.json lists every one. Sixty findings,
    /// each of a product and resource type of its own that no layer rule places: sixty warnings.
    @Test func standardErrorShowsFiftyWarningsAndCountsTheRest() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-warnings")
        let records: [[String: Any]] = (0..<60).map { number in
            [
                "SchemaVersion": "2018-10-08", "Id": "finding-\(number)",
                "ProductArn": "arn:aws:securityhub:eu-west-1::product/vendor\(number)/tool",
                "ProductName": "Tool \(number)", "GeneratorId": "tool-\(number)", "AwsAccountId": "111122223333",
                "Types": ["Unusual Behaviors"], "CreatedAt": "2026-11-01T00:00:00Z",
                "UpdatedAt": "2026-11-20T00:00:00Z",
                "Severity": ["Label": "LOW"], "Title": "t", "Description": "d",
                "Resources": [["Type": "AwsCustom\(number)Type", "Id": "resource-\(number)"]],
                "Workflow": ["Status": "NEW"], "RecordState": "ACTIVE",
            ]
        }
        let data = try JSONSerialization.data(withJSONObject: ["Findings": records], options: [.sortedKeys])
        try data.write(to: folder.appendingPathComponent("findings.json"))
        let result = try CommandRunner.run(
            ["report", "findings.json", "--out", "out", "--as-of", "2026-11-30", "--no-history", "--format", "json"],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("warning: ") }
        #expect(lines.count == 51, "\(result.stderr)")
        #expect(lines.filter { $0.contains("matched no layer rule") }.count == 50)
        #expect(lines.last == "warning: and 10 more warnings; report.json lists every one")
        let json = try String(contentsOf: folder.appendingPathComponent("out/report.json"), encoding: .utf8)
        #expect(json.components(separatedBy: "matched no layer rule").count - 1 == 60)
    }

    @Test func theFormerDefaultHistoryIsNotLostSilently() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-old-history")
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("not a database".utf8).write(to: out.appendingPathComponent("history.sqlite"))
        let result = try CommandRunner.run(
            [
                "report", RepositoryPaths.file("\(Self.basic)/findings.json").path, "--out", "out",
                "--as-of", "2026-11-30", "--format", "json",
            ],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: out/history.sqlite is history kept where posture 0.1 put it"))
        #expect(result.stderr.contains("--history out/history.sqlite"))
    }

    @Test(arguments: [
        ("truncated.json", #"{"Findings": [{"SchemaVersion": "2018-10-08", "Id": "x"#, "truncated.json:1:"),
        ("shape.json", #""just a string""#, "shape.json:1:1:"),
        ("empty.json", "", "empty.json"),
    ])
    func malformedInputExits3AndWritesNothing(name: String, content: String, prefix: String) throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-bad")
        let input = folder.appendingPathComponent(name)
        try Data(content.utf8).write(to: input)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["report", name, "--out", out.path, "--as-of", "2026-11-30"], in: folder)
        #expect(result.status == 3)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(prefix), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(CommandRunner.files(in: out).isEmpty)
    }

    @Test func usageErrorsExit2() throws {
        let result = try CommandRunner.run(["report", "x.json", "--out", "o", "--format", "docx"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown format \"docx\""))
        #expect(try CommandRunner.run(["report"]).status == 2)
        #expect(try CommandRunner.run(["frobnicate"]).status == 2)
    }

    @Test func failOnIsAGate() throws {
        let out = try RepositoryPaths.temporaryFolder("cli-gate")
        let arguments = [
            "report", "\(Self.basic)/findings.json", "--out", out.path, "--as-of", "2026-11-30", "--no-history",
        ]
        let critical = try CommandRunner.run(arguments + ["--fail-on", "critical"])
        #expect(critical.status == 1)
        #expect(critical.stderr.contains("3 open findings at or above CRITICAL (--fail-on)"))
        #expect(CommandRunner.files(in: out).contains("report.html"))
    }

    @Test func theDateComesFromSourceDateEpoch() throws {
        let out = try RepositoryPaths.temporaryFolder("cli-epoch")
        let result = try CommandRunner.run(
            ["report", "\(Self.basic)/findings.json", "--out", out.path, "--format", "json", "--no-history"],
            environment: ["SOURCE_DATE_EPOCH": "1796083200"]
        )  // 2026-12-01T00:00:00Z
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"asOf\" : \"2026-12-01\""))
    }

    @Test func readsStandardInput() throws {
        let out = try RepositoryPaths.temporaryFolder("cli-stdin")
        let findings = try Data(contentsOf: RepositoryPaths.file("\(Self.basic)/findings.json"))
        let result = try CommandRunner.run(
            ["report", "-", "--out", out.path, "--as-of", "2026-11-30", "--format", "json", "--no-history"],
            stdin: findings
        )
        #expect(result.status == 0, "\(result.stderr)")
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"path\" : \"-\""))
    }
}

/// Configuration problems and `--strict` stop the run before anything is written.
@Suite struct StrictAndConfigurationTests {
    @Test func strictFailsOnWarningsAndWritesNothing() throws {
        let out = try RepositoryPaths.temporaryFolder("cli-strict").appendingPathComponent("out")
        let result = try CommandRunner.run([
            "report", "samples/2026-11", "--out", out.path, "--as-of", "2026-11-30", "--strict",
            "--acceptances", "samples/risk-acceptances.yml", "--environments", "samples/environments.yml",
        ])
        #expect(result.status == 3)
        #expect(result.stderr.contains("acceptance RA-2026-004 expired on 2026-10-31"))
        #expect(result.stderr.contains("acceptance RA-2026-005 matches nothing in the inputs (stale)"))
        #expect(CommandRunner.files(in: out).isEmpty)
    }

    @Test func aBadAcceptancesFileStopsTheReport() throws {
        let folder = try RepositoryPaths.temporaryFolder("cli-badconfig")
        try Data("acceptances:\n  - id: RA-1\n    match: {controls: [IAM.6]}\n    reason: r\n    owner: o\n".utf8)
            .write(to: folder.appendingPathComponent("ra.yml"))
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(
            [
                "report", RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic/findings.json").path,
                "--out", out.path, "--as-of", "2026-11-30", "--acceptances", "ra.yml",
            ],
            in: folder
        )
        #expect(result.status == 3)
        #expect(result.stderr == "posture: ra.yml:2:5: acceptance RA-1 is missing required field \"acceptedOn\"\n")
        #expect(CommandRunner.files(in: out).isEmpty)
    }
}
