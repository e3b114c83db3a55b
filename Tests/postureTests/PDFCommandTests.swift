import Foundation
import TestSupport
import Testing

/// `--format pdf`: report.html printed by headless Chromium from PATH.
@Suite struct PDFCommandTests {
    static let basic = ReportCommandTests.basic

    /// Whether Chromium is on PATH, as the command looks for it.
    static var chromiumOnPath: Bool {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.contains { folder in
            ["chromium", "chromium-browser"].contains {
                FileManager.default.isExecutableFile(atPath: "\(folder)/\($0)")
            }
        }
    }

    static func report(_ out: URL, formats: String, environment: [String: String] = [:]) throws -> CommandRunner.Result
    {
        try CommandRunner.run(
            [
                "report", "\(basic)/findings.json", "--out", out.path, "--as-of", "2026-11-30", "--no-history",
                "--acceptances", "\(basic)/risk-acceptances.yml", "--environments", "\(basic)/environments.yml",
                "--format", formats,
            ],
            environment: environment
        )
    }

    @Test func missingChromiumNamesTheDebianPackageAndWritesNothing() throws {
        let out = try RepositoryPaths.temporaryFolder("cli-pdf-missing")
        let empty = try RepositoryPaths.temporaryFolder("cli-pdf-empty-path")
        let result = try Self.report(out, formats: "html,pdf", environment: ["PATH": empty.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("Chromium not found on PATH"), "\(result.stderr)")
        #expect(result.stderr.contains("apt-get install chromium"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(CommandRunner.files(in: out).isEmpty)
    }

    @Test(.enabled(if: chromiumOnPath, "needs headless Chromium on PATH"))
    func printsAByteIdenticalTaggedPDFDatedByAsOf() throws {
        var pdfs: [Data] = []
        for run in ["a", "b"] {
            let out = try RepositoryPaths.temporaryFolder("cli-pdf-\(run)")
            let result = try Self.report(out, formats: "pdf,json")
            #expect(result.status == 0, "\(result.stderr)")
            let listed = result.stdout.split(separator: "\n").map { URL(fileURLWithPath: String($0)).lastPathComponent }
            #expect(listed.contains("report.json") && listed.contains("report.pdf"))
            // Printing needs report.html, but only the formats asked for are delivered.
            let files = CommandRunner.files(in: out)
            #expect(files.contains("report.pdf") && !files.contains("report.html") && !files.contains("report.md"))
            pdfs.append(try Data(contentsOf: out.appendingPathComponent("report.pdf")))
        }
        #expect(pdfs[0] == pdfs[1])
        let text = String(decoding: pdfs[0], as: UTF8.self)
        #expect(text.hasPrefix("%PDF-"))
        #expect(text.contains("/CreationDate (D:20261130000000+00'00')"))
        #expect(text.contains("/ModDate (D:20261130000000+00'00')"))
        #expect(text.contains("/StructTreeRoot"), "tagged PDF")
        #expect(text.contains("/Outlines"), "document outline")
    }
}
