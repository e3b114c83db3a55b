import Foundation
import TestSupport
import Testing

/// Every edition's folder checks with `sha256sum -c SHA256SUMS`, and the same inputs, date and key give the same
/// bytes in every file.
@Suite struct ChecksumTests {
    static let basic = RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic").path

    static func render(edition: String, into out: URL, key: URL) throws -> CommandRunner.Result {
        try CommandRunner.run(
            [
                "report", "\(basic)/findings.json", "--out", out.path, "--edition", edition, "--no-history",
                "--acceptances", "\(basic)/risk-acceptances.yml", "--environments", "\(basic)/environments.yml",
                "--redaction-key", key.path, "--format", "html,md,json",
            ],
            environment: ["SOURCE_DATE_EPOCH": "1796083199"]
        )
    }

    @Test(arguments: ["internal", "redacted", "summary"])
    func everyEditionChecksAndRerunsByteForByte(edition: String) throws {
        let folder = try RepositoryPaths.temporaryFolder("checksums-\(edition)")
        let key = folder.appendingPathComponent("key")
        try Data("a redaction key of the team, kept out of git".utf8).write(to: key)
        let first = folder.appendingPathComponent("first")
        let second = folder.appendingPathComponent("second")
        for out in [first, second] {
            let result = try Self.render(edition: edition, into: out, key: key)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", "-c", "--strict", "SHA256SUMS"]
        check.currentDirectoryURL = first
        check.standardOutput = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        #expect(check.terminationStatus == 0, "sha256sum -c failed for the \(edition) edition")
        let files = CommandRunner.files(in: first)
        #expect(files.contains("SHA256SUMS") && files.contains("report.html") && files.contains("evidence.csv"))
        #expect(files == CommandRunner.files(in: second))
        for file in files {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(a == b, "\(edition): \(file) differs between two runs")
        }
    }
}
