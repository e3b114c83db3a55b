import Foundation
import TestSupport
import Testing

/// The first ten minutes: help that works, and errors a user can act on.
@Suite struct HelpTests {
    @Test(arguments: [
        [], ["--help"], ["-h"], ["help"], ["help", "report"], ["report", "-h"], ["report", "--help"],
        ["inspect", "--help"], ["check", "--help"], ["history", "--help"], ["help", "history", "backfill"],
        ["history", "list", "--help"], ["history", "show", "--help"], ["history", "delete", "--help"],
    ])
    func helpPrintsUsageAndExitsZero(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("USAGE: posture"), "\(result.stdout)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(!result.stdout.contains("CommandError") && !result.stdout.contains("helpRequested"))
    }

    @Test(arguments: [
        ["--help"], ["report", "--help"], ["inspect", "--help"], ["check", "--help"], ["history", "--help"],
    ])
    func everyCommandShowsAnExample(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.stdout.contains("Example"), "\(result.stdout)")
        #expect(result.stdout.contains("  posture "), "\(result.stdout)")
    }

    @Test func versionExitsZero() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: ".").count == 3)
    }

    @Test(arguments: [
        ["report", "x.json", "--out", "o", "--as-of", "2026-13-01"],
        ["report", "x.json", "--out", "o", "--as-of", "yesterday"],
        ["report", "x.json", "--out", "o", "--lang", "fr"],
        ["report", "x.json", "--out", "o", "--sla", "critical=soon"],
        ["report", "x.json", "--out", "o", "--fail-on", "SEVERE"],
        ["check", "x.json", "--as-of", "2026-02-30"],
        ["history", "show", "2026-13"],
        ["history", "delete", "november"],
        ["report", "x.json", "--out", "o", "--max-depth", "513"],
        ["inspect", "x.json", "--max-depth", "0"],
        ["report", "x.json"],
        ["frobnicate"],
    ])
    func usageErrorsExitTwoAndPointAtHelpThatWorks(arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(!result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }
}

/// Every error a user can see is a sentence naming where and why, never a Swift or Foundation dump.
@Suite struct ErrorWordingTests {
    /// Spellings that only a type dump or an enum case would print.
    static let internals = [
        "Error Domain", "Optional(", "Dictionary<", "array<", "Array<", "NSCocoa", "NSPOSIX", "CommandError",
        "ParserError", "DecodingError", "typeMismatch", "keyNotFound", "valueNotFound", "dataCorrupted",
        "sectionCloseNameIncorrect", "expectedSectionEnd", "unfinishedName", "(null)", "The operation could not",
        "Swift.", "Foundation.",
    ]

    static func expectPlain(_ result: CommandRunner.Result, mentions: String) {
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("posture: "), "\(result.stderr)")
        #expect(result.stderr.contains(mentions), "\(result.stderr)")
        for spelling in internals {
            #expect(!result.stderr.contains(spelling), "\(spelling) in \(result.stderr)")
        }
    }

    static let findings = RepositoryPaths.file("Tests/ReportPipelineTests/Fixtures/basic/findings.json").path

    func run(_ arguments: [String], in folder: URL) throws -> CommandRunner.Result {
        try CommandRunner.run(
            ["report", Self.findings, "--as-of", "2026-11-30", "--no-history"] + arguments,
            in: folder
        )
    }

    /// A binary away from its checkout finds its data folders only through `--rules` and `--templates`: the error
    /// that ends the run is worded from that string table too, not shown as the message's code.
    @Test func anErrorIsWordedFromTheTemplatesOption() throws {
        let folder = try RepositoryPaths.temporaryFolder("err-elsewhere")
        let binary = folder.appendingPathComponent("posture")
        try FileManager.default.copyItem(at: CommandRunner.executable, to: binary)
        try Data(#"{"Findings":[{"Id":"a",]}"#.utf8).write(to: folder.appendingPathComponent("broken.json"))
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "report", "broken.json", "--out", "out", "--as-of", "2026-11-30", "--no-history",
            "--rules", RepositoryPaths.file("rules").path, "--templates", RepositoryPaths.file("templates").path,
        ]
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3, "\(stderr)")
        #expect(stderr == "posture: import: broken.json:1:24: invalid JSON: unexpected character ']'\n")
    }

    @Test func outUnderAFile() throws {
        let folder = try RepositoryPaths.temporaryFolder("err-outfile")
        try Data("x".utf8).write(to: folder.appendingPathComponent("afile"))
        let result = try run(["--out", "afile/report"], in: folder)
        Self.expectPlain(result, mentions: "afile")
        #expect(result.stderr.contains("not a folder"), "\(result.stderr)")
    }

    @Test func outWhereNothingCanBeWritten() throws {
        let folder = try RepositoryPaths.temporaryFolder("err-outproc")
        Self.expectPlain(try run(["--out", "/proc/posture-cannot-write-here"], in: folder), mentions: "/proc/posture")
    }

    @Test func missingConfigurationFiles() throws {
        let folder = try RepositoryPaths.temporaryFolder("err-missing")
        for option in ["--acceptances", "--environments", "--layers"] {
            let result = try run(["--out", "out", option, "nope.yml"], in: folder)
            Self.expectPlain(result, mentions: "nope.yml: cannot read: no such file")
        }
    }

    @Test(arguments: [
        ("acceptances:\n  - id: [1\n", "--acceptances", "ra.yml:3:1: invalid YAML"),
        ("environments: 5\n", "--environments", "env.yml:1:15:"),
        ("acceptances:\n  - id: RA-1\n    match: {controls: [IAM.6]}\n", "--acceptances", "ra.yml:2:5:"),
        ("\u{FF}\u{FE}binary", "--acceptances", "ra.yml"),
    ])
    func malformedConfigurationFiles(text: String, option: String, mentions: String) throws {
        let folder = try RepositoryPaths.temporaryFolder("err-config")
        let name = option == "--acceptances" ? "ra.yml" : "env.yml"
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        Self.expectPlain(try run(["--out", "out", option, name], in: folder), mentions: mentions)
    }

    @Test(arguments: [
        (
            #"{"Findings":[{"SchemaVersion":"2018-10-08","Id":"a","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub","GeneratorId":"g","AwsAccountId":"111122223333","Types":[],"CreatedAt":"2026-11-01T00:00:00Z","UpdatedAt":"2026-11-01T00:00:00Z","Severity":{"Label":"HIGH"},"Title":"t","Description":"d","Resources":{"Type":"AwsS3Bucket","Id":"x"}}]}"#,
            "Resources"
        ),
        (
            #"{"Findings":[{"SchemaVersion":"2018-10-08","Id":"a","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub","GeneratorId":"g","AwsAccountId":"111122223333","Types":[],"CreatedAt":"2026-11-01T00:00:00Z","UpdatedAt":"2026-11-01T00:00:00Z","Severity":"HIGH","Title":"t","Description":"d","Resources":[]}]}"#,
            "Severity"
        ),
    ])
    func wrongJSONTypes(json: String, mentions: String) throws {
        let folder = try RepositoryPaths.temporaryFolder("err-types")
        try Data(json.utf8).write(to: folder.appendingPathComponent("f.json"))
        let result = try CommandRunner.run(
            ["report", "f.json", "--out", "out", "--as-of", "2026-11-30", "--no-history"],
            in: folder
        )
        Self.expectPlain(result, mentions: "f.json:")
        #expect(result.stderr.contains(mentions), "\(result.stderr)")
    }

    @Test func brokenTemplate() throws {
        let folder = try RepositoryPaths.temporaryFolder("err-template")
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: RepositoryPaths.file("templates"), to: templates)
        try Data("{{#a}}x{{/b}}\n".utf8).write(to: templates.appendingPathComponent("html/report.mustache"))
        let result = try run(["--out", "out", "--templates", templates.path], in: folder)
        Self.expectPlain(result, mentions: "html/report.mustache:1:")
        #expect(result.stderr.contains("closed with another name"), "\(result.stderr)")
    }

    /// The templates are parsed while the input is read and scored: a broken template is still the run's one error,
    /// whatever else is wrong after the rule tables (an input cut short, a missing one, a good one), and the run
    /// leaves no output folder and no history behind.
    @Test(arguments: ["broken.json", "missing.json", "good"])
    func aBrokenTemplateIsTheErrorWhateverTheInput(input: String) throws {
        let folder = try RepositoryPaths.temporaryFolder("err-template-first")
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: RepositoryPaths.file("templates"), to: templates)
        try Data("{{#a}}x{{/b}}\n".utf8).write(to: templates.appendingPathComponent("markdown/report.mustache"))
        try Data(#"{"Findings":[{"Id":"a","#.utf8).write(to: folder.appendingPathComponent("broken.json"))
        let result = try CommandRunner.run(
            [
                "report", input == "good" ? Self.findings : input, "--as-of", "2026-11-30", "--out", "out",
                "--history", "history.sqlite", "--templates", templates.path,
            ],
            in: folder
        )
        Self.expectPlain(result, mentions: "markdown/report.mustache:1:")
        #expect(result.stderr.contains("closed with another name"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("history.sqlite").path))
    }
}
