import Foundation
import TestSupport
import Testing

/// Issue 11: `--out` holds the previous complete set or the new complete set, nothing else, and the
/// history agrees with it; nothing outside the report is ever written.
@Suite struct DeliveryTests {
    static let october = ["samples/2026-10"]
    static let november = ["samples/2026-11"]

    /// The `asOf` of the set in `--out`, after checking every file against `SHA256SUMS` and that
    /// nothing else (but the history file) is there.
    static func completeSet(in out: URL, allowing extra: Set<String> = []) throws -> String? {
        let files = CommandRunner.files(in: out)
        guard !files.isEmpty else { return nil }
        let sums = try String(contentsOf: out.appendingPathComponent("SHA256SUMS"), encoding: .utf8)
        let listed = Set(sums.split(separator: "\n").map { String($0.dropFirst(66)) })
        #expect(Set(files).subtracting(extra) == listed.union(["SHA256SUMS"]), "\(files)")
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "-c", "--quiet", "SHA256SUMS"]
        check.currentDirectoryURL = out
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "sha256sum -c failed in \(out.path)")
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        return json.contains("\"asOf\" : \"2026-11-30\"") || json.contains("\"asOf\":\"2026-11-30\"")
            ? "2026-11" : "2026-10"
    }

    static func periods(_ history: String) throws -> [String] {
        let list = try CommandRunner.run(["history", "list", "--history", history])
        #expect(list.status == 0, "\(list.stderr)")
        return list.stdout.split(separator: "\n").dropFirst().map { String($0.prefix(7)) }
    }

    /// An interrupt (Ctrl-C) at every delivery step ends the run by SIGINT and leaves no staging folder and no
    /// history file the run created: before the swap, the previous set and history stay; from the swap, the
    /// interrupt waits until the new set is delivered and its period recorded.
    @Test(arguments: [false, true])
    func anInterruptAtEveryStepLeavesNothingHalfMade(historyInsideOut: Bool) throws {
        let bench = try FaultBench("interrupt", historyInsideOut: historyInsideOut, fault: "INTERRUPT")
        defer { bench.remove() }
        let (folder, out, history, extra) = (bench.folder, bench.out, bench.history, bench.extra)
        // A first run interrupted while it writes: no report, no staging folder, no history file.
        let first = try bench.report(Self.october, "2026-10-31", faultAfterStep: 1)
        #expect(first.signalled && first.status == SIGINT, "\(first.status) \(first.stderr)")
        #expect(first.stderr.contains("interrupted (SIGINT): nothing was delivered or recorded"), "\(first.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(try bench.report(Self.october, "2026-10-31").status == 0)
        var step = 1
        var held = 0
        var stopped = 0
        while step < 40 {
            let run = try bench.report(Self.november, "2026-11-30", faultAfterStep: step)
            if run.status == 0, !run.signalled { break }
            #expect(run.signalled && run.status == SIGINT, "step \(step): \(run.status) \(run.stderr)")
            let set = try Self.completeSet(in: out, allowing: extra)
            let stored = try Self.periods(history.path)
            if run.stderr.contains("held until the report was delivered") {
                held += 1
                #expect(set == "2026-11" && stored.suffix(1) == ["2026-11"], "step \(step): \(String(describing: set))")
            } else {
                stopped += 1
                #expect(set == "2026-10" && !stored.contains("2026-11"), "step \(step): \(String(describing: set))")
            }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0 != "out" && $0 != "h.sqlite" && !$0.hasPrefix("h.sqlite-")
            }
            #expect(leftovers.isEmpty, "step \(step): \(leftovers)")
            step += 1
        }
        #expect(stopped >= 5 && held >= 1, "interrupts acted on at \(stopped) steps, held at \(held)")
    }

    @Test(arguments: [false, true])
    func sigkillAtEveryStepLeavesOneCompleteSet(historyInsideOut: Bool) throws {
        let bench = try FaultBench("kill", historyInsideOut: historyInsideOut, fault: "KILL")
        defer { bench.remove() }
        let (folder, out, history, extra) = (bench.folder, bench.out, bench.history, bench.extra)
        #expect(try bench.report(Self.october, "2026-10-31").status == 0)
        #expect(try Self.completeSet(in: out, allowing: extra) == "2026-10")
        var step = 1
        var killed = 0
        while step < 40 {
            let run = try bench.report(Self.november, "2026-11-30", faultAfterStep: step)
            if run.status == 0 { break }
            #expect(run.status == 9 || run.status == 137, "step \(step): \(run.status) \(run.stderr)")
            killed += 1
            let set = try Self.completeSet(in: out, allowing: extra)
            let stored = try Self.periods(history.path)
            #expect(set == "2026-10" || set == "2026-11", "step \(step)")
            if set == "2026-10" { #expect(!stored.contains("2026-11"), "step \(step): history ran ahead") }
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
                $0 != "out" && $0 != "h.sqlite" && !$0.hasPrefix("h.sqlite-")
            }
            #expect(leftovers.allSatisfy { $0.hasPrefix(".out.posture-") }, "\(leftovers)")
            step += 1
        }
        #expect(killed >= 5, "the fault hook fired at \(killed) steps")
        // Every point was survived; a clean run delivers November and records it.
        #expect(try bench.report(Self.november, "2026-11-30").status == 0)
        #expect(try Self.completeSet(in: out, allowing: extra) == "2026-11")
        #expect(try Self.periods(history.path).suffix(1) == ["2026-11"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!leftovers.contains { $0.hasPrefix(".out.posture-") }, "staging folders left behind: \(leftovers)")
    }

    @Test func foreignFilesAreRefusedUnlessForced() throws {
        let folder = try RepositoryPaths.temporaryFolder("foreign")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let arguments = ["report", "samples/2026-11", "--out", out.path, "--as-of", "2026-11-30", "--no-history"]
        // An output folder kept in git by a `.gitkeep` is posture's to fill; the placeholder stays.
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data().write(to: out.appendingPathComponent(".gitkeep"))
        #expect(try CommandRunner.run(arguments).status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(".gitkeep").path))
        try Data("mine".utf8).write(to: out.appendingPathComponent("notes.txt"))
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("keep".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(
            atPath: out.appendingPathComponent(".report.html.partial").path,
            withDestinationPath: victim.path
        )
        let refused = try CommandRunner.run(arguments)
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("notes.txt") && refused.stderr.contains("--force"), "\(refused.stderr)")
        let forced = try CommandRunner.run(arguments + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        #expect(forced.stdout.contains("SHA256SUMS"))
    }

    @Test func aHistoryLinkPlantedInOutIsRefused() throws {
        let folder = try RepositoryPaths.temporaryFolder("history-link")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("keep".utf8).write(to: victim)
        let history = out.appendingPathComponent("history.sqlite")
        try FileManager.default.createSymbolicLink(atPath: history.path, withDestinationPath: victim.path)
        let result = try CommandRunner.run([
            "report", "samples/2026-11", "--out", out.path, "--as-of", "2026-11-30", "--history", history.path,
        ])
        #expect(result.status == 3 && result.stderr.contains("symbolic link"), "\(result.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
    }

    @Test func emptyOutIsAUsageError() throws {
        let result = try CommandRunner.run(["report", "samples/2026-11", "--out", "", "--as-of", "2026-11-30"])
        #expect(result.status == 2, "\(result.stderr)")
    }

    @Test func aFailedRunCreatesNoHistoryInOut() throws {
        let folder = try RepositoryPaths.temporaryFolder("nohistory")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let history = out.appendingPathComponent("history.sqlite").path
        // Templates that render HTML which is not well-formed: the run fails after the history opened.
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: RepositoryPaths.file("templates"), to: templates)
        try Data("<p>unclosed\n".utf8).write(to: templates.appendingPathComponent("html/report.mustache"))
        let result = try CommandRunner.run([
            "report", "samples/2026-11", "--out", out.path, "--as-of", "2026-11-30", "--history", history,
            "--format", "html", "--templates", templates.path,
        ])
        #expect(result.status == 3)
        #expect(!FileManager.default.fileExists(atPath: history))
        #expect(CommandRunner.files(in: out).isEmpty)
    }

    @Test func templatesAndRulesInTheCurrentFolderAreIgnored() throws {
        let folder = try RepositoryPaths.temporaryFolder("cwd")
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates/html")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("<html><script>alert(1)</script></html>".utf8).write(
            to: templates.appendingPathComponent("report.mustache")
        )
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("rules"),
            withIntermediateDirectories: true
        )
        let input = RepositoryPaths.file("samples/2026-11").path
        let result = try CommandRunner.run(
            ["report", input, "--out", "out", "--as-of", "2026-11-30", "--no-history"],
            in: folder
        )
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
    }

    @Test func inputFoldersSkipFIFOsAndFollowLinksOnce() throws {
        let folder = try RepositoryPaths.temporaryFolder("walk")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        let real = folder.appendingPathComponent("real")
        for path in [input.appendingPathComponent("sub"), real] {
            try FileManager.default.createDirectory(at: path, withIntermediateDirectories: true)
        }
        let findings = RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic/findings.json")
        try FileManager.default.copyItem(at: findings, to: input.appendingPathComponent("a.json"))
        try FileManager.default.copyItem(at: findings, to: real.appendingPathComponent("b.json"))
        #expect(mkfifo(input.appendingPathComponent("queue").path, 0o600) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("linked").path,
            withDestinationPath: real.path
        )
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("sub/up").path,
            withDestinationPath: ".."
        )
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("inlink").path,
            withDestinationPath: input.path
        )
        let run = try LimitedRun.run(["inspect", "inlink"], in: folder)
        #expect(run.status == 0 && run.signal == nil, "\(run.stderr)")
        let listed = try CommandRunner.run(["inspect", "inlink"], in: folder).stdout
        #expect(listed.contains("inlink/linked/b.json"))
        try FileManager.default.createSymbolicLink(
            atPath: input.appendingPathComponent("dangling").path,
            withDestinationPath: "/nonexistent/x.json"
        )
        let arguments = ["report", "in", "--out", "out", "--as-of", "2026-11-30", "--no-history"]
        let strict = try LimitedRun.run(arguments, in: folder)
        #expect(strict.status == 3 && strict.stderr.contains("dangling"), "\(strict.stderr)")
        let skipped = try LimitedRun.run(arguments + ["--skip-invalid"], in: folder)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("in/queue: skipped: a FIFO"), "\(skipped.stderr)")
        #expect(skipped.stderr.contains("in/sub/up: skipped: symbolic link loop"), "\(skipped.stderr)")
        let json = try String(contentsOf: folder.appendingPathComponent("out/report.json"), encoding: .utf8)
        #expect(json.contains("in/dangling"), "the unreadable entry is counted in inputs[]")
    }

    /// Root reads every folder, so this runs only for an ordinary user.
    @Test(.enabled(if: getuid() != 0))
    func anUnreadableSubfolderIsAnErrorUnlessSkipped() throws {
        let folder = try RepositoryPaths.temporaryFolder("unreadable")
        defer {
            chmod(folder.appendingPathComponent("in/locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let locked = folder.appendingPathComponent("in/locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let findings = RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic/findings.json")
        try FileManager.default.copyItem(at: findings, to: folder.appendingPathComponent("in/a.json"))
        #expect(chmod(locked.path, 0) == 0)
        let arguments = ["report", "in", "--out", "out", "--as-of", "2026-11-30", "--no-history"]
        let failed = try CommandRunner.run(arguments, in: folder)
        #expect(failed.status == 3 && failed.stderr.contains("in/locked"), "\(failed.stderr)")
        let skipped = try CommandRunner.run(arguments + ["--skip-invalid"], in: folder)
        #expect(skipped.status == 0 && skipped.stderr.contains("in/locked"), "\(skipped.stderr)")
    }
}

/// A folder for a delivery fault test: `out`, a history inside or beside it, and report runs with one fault
/// injected (`POSTURE_TEST_<fault>_AFTER_STEP`).
struct FaultBench {
    let folder: URL
    let out: URL
    let history: URL
    /// What `out` may hold besides the report set: the history when it lives there.
    let extra: Set<String>
    let fault: String

    init(_ name: String, historyInsideOut: Bool, fault: String) throws {
        folder = try RepositoryPaths.temporaryFolder(name)
        out = folder.appendingPathComponent("out")
        history =
            historyInsideOut ? out.appendingPathComponent("history.sqlite") : folder.appendingPathComponent("h.sqlite")
        extra = historyInsideOut ? ["history.sqlite"] : []
        self.fault = fault
    }

    /// Runs `posture report`, with the fault after `faultAfterStep` delivery steps when given.
    func report(_ inputs: [String], _ asOf: String, faultAfterStep: Int? = nil) throws -> CommandRunner.Result {
        try CommandRunner.run(
            ["report"] + inputs + ["--out", out.path, "--as-of", asOf, "--history", history.path],
            environment: faultAfterStep.map { ["POSTURE_TEST_\(fault)_AFTER_STEP": String($0)] } ?? [:]
        )
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
