import Foundation
import TestSupport
import Testing

/// Issue 11: every case of the hostile corpus (written by scripts/make-hostile-corpus.py) runs the
/// built binary under `timeout 30` and `ulimit -v` (1 GiB of address space): it must end with one
/// of the allowed exit codes (never a signal, a timeout or an out-of-memory abort), say what the
/// case expects on stderr, and leave a report without raw control or direction characters.
@Suite struct HostileCorpusTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var name: String
        var inputs: [String]
        var arguments: [String]
        var exit: [Int32]
        var stderr: [String]
        var notStderr: [String]
        var report: [String]
        var notReport: [String]

        var testDescription: String { name }
    }

    static let folder = RepositoryPaths.file("Tests/postureTests/Fixtures/hostile")

    static let cases: [Case] = {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("cases.json")),
            let cases = try? JSONDecoder().decode([Case].self, from: data)
        else { return [] }
        return cases
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count >= 25)
    }

    @Test(arguments: cases)
    func endsWithinLimits(_ hostile: Case) throws {
        let out = try RepositoryPaths.temporaryFolder("hostile-\(hostile.name)")
        defer { try? FileManager.default.removeItem(at: out) }
        let arguments =
            ["report"] + hostile.inputs
            + ["--out", out.appendingPathComponent("report").path, "--as-of", "2026-11-30", "--no-history"]
            + hostile.arguments.map { $0.replacingOccurrences(of: "{case}", with: hostile.name) }
        let started = Date()
        let result = try LimitedRun.run(arguments, in: Self.folder)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.signal == nil, "ended by signal \(result.signal ?? 0): \(result.stderr)")
        #expect(hostile.exit.contains(result.status), "exit \(result.status) after \(seconds) s: \(result.stderr)")
        #expect(seconds < 30)
        for text in hostile.stderr { #expect(result.stderr.contains(text), "stderr lacks \(text): \(result.stderr)") }
        for text in hostile.notStderr {
            #expect(!result.stderr.contains(text), "stderr holds \(text.debugDescription)")
        }
        let report = ["report.html", "report.md", "report.json"].compactMap { name in
            try? String(contentsOf: out.appendingPathComponent("report/\(name)"), encoding: .utf8)
        }.joined()
        for text in hostile.report { #expect(report.contains(text), "report lacks \(text)") }
        for text in hostile.notReport { #expect(!report.contains(text), "report holds \(text.debugDescription)") }
        if result.status != 0 { #expect(CommandRunner.files(in: out).isEmpty, "a failed run wrote files") }
    }
}

/// Runs the binary through `/bin/sh` with an address-space limit and a timeout.
enum LimitedRun {
    struct Result {
        var status: Int32
        var signal: Int32?
        var stderr: String
    }

    /// The address-space limit, in KiB: 1 GiB.
    static let addressSpaceKiB = 1 << 20

    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let script = "ulimit -v \(addressSpaceKiB); exec timeout -s KILL 30 \"$0\" \"$@\""
        process.arguments = ["-c", script, CommandRunner.executable.path] + arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "SOURCE_DATE_EPOCH")
        env.merge(environment) { _, new in new }
        process.environment = env
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationStatus
        // `exec timeout` exits 128+N when the command died of signal N, 124/137 when it timed out.
        let signal: Int32? =
            process.terminationReason == .uncaughtSignal ? status : (status >= 124 && status != 255 ? status : nil)
        return Result(status: status, signal: signal, stderr: String(decoding: stderrData, as: UTF8.self))
    }
}
