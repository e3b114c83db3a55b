import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The redacted and summary editions, run as a user would: every file they write is scanned for
/// every identifier of the inputs, found independently of the redactor (by pattern in the input
/// files, plus the list of planted identifiers of scripts/make-planted-input.py).
@Suite struct EditionTests {
    /// An input set and its configuration files.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let inputs: String
        let acceptances: String
        let environments: String
        /// Identifiers a pattern cannot find in the inputs (names), that must not appear either.
        let names: [String]

        var testDescription: String { name }
    }

    static let samples = Case(
        name: "samples",
        inputs: "samples/2026-11",
        acceptances: "samples/risk-acceptances.yml",
        environments: "samples/environments.yml",
        names: [
            "shop/api", "shop/web", "shop-prod-exports", "shop-staging-exports", "shop-dev-image-resizer",
            "sg-0a1b2c3d4e5f60718", "shop-prod-alb", "shop-rate-limit", "block-sqlmap-on-api",
        ]
    )

    static let planted = Case(
        name: "planted",
        inputs: "Tests/postureTests/Fixtures/planted/inputs",
        acceptances: "Tests/postureTests/Fixtures/planted/risk-acceptances.yml",
        environments: "Tests/postureTests/Fixtures/planted/environments.yml",
        names: ((try? RepositoryPaths.text("Tests/postureTests/Fixtures/planted/planted.txt")) ?? "")
            .split(separator: "\n").map(String.init)
    )

    @Test(arguments: [samples, planted], ["redacted", "summary"])
    func maskedEditionLeaksNoIdentifier(_ input: Case, edition: String) throws {
        #expect(input.names.count >= 9, "the planted list is missing")
        let folder = try RepositoryPaths.temporaryFolder("edition-\(edition)")
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run([
            "report", input.inputs, "--out", out.path, "--as-of", "2026-11-30", "--edition", edition,
            "--history", folder.appendingPathComponent("history/history.sqlite").path,
            "--acceptances", input.acceptances, "--environments", input.environments,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let identifiers = try Self.identifiers(inInputsOf: input) + input.names
        #expect(identifiers.count > 20)
        let files = CommandRunner.files(in: out)
        #expect(files.contains("report.html") && files.contains("evidence.csv"))
        let reportFiles = ["evidence.csv", "SHA256SUMS"]
        #expect(files.allSatisfy { $0.hasPrefix("report.") || $0.hasPrefix("charts/") || reportFiles.contains($0) })
        for file in files {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            // As a reader sees it: no backslash escapes, no <wbr/> break hints splitting an identifier.
            let readable = text.replacingOccurrences(of: "<wbr/>", with: "").replacingOccurrences(of: "\\", with: "")
            for identifier in identifiers {
                #expect(!text.contains(identifier) && !readable.contains(identifier), "\(file) contains \(identifier)")
            }
            #expect(!file.contains("shop") && !file.contains("acme"), "file name \(file)")
        }
        let json = try String(contentsOf: out.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"edition\" : \"\(edition)\""))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains(edition == "summary" ? "Edition</dt><dd>Summary" : "Edition</dt><dd>Redacted"))
        #expect(html.contains("class=\"edition-notice\""))
    }

    @Test(arguments: [samples, planted])
    func summaryListsNoFindingTitleResourceOrCVE(_ input: Case) throws {
        let folder = try RepositoryPaths.temporaryFolder("summary-titles")
        var titles: Set<String> = []
        var cves: Set<String> = []
        for edition in ["internal", "summary"] {
            let result = try CommandRunner.run([
                "report", input.inputs, "--out", folder.appendingPathComponent(edition).path, "--as-of", "2026-11-30",
                "--edition", edition, "--no-history", "--acceptances", input.acceptances,
                "--environments", input.environments,
            ])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let internalJSON = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("internal/report.json"))
        )
        let findings = (internalJSON as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        #expect(!findings.isEmpty)
        for finding in findings {
            if let title = finding["title"] as? String, title.count >= 12 { titles.insert(title) }
            for id in finding["vulnerabilityIds"] as? [String] ?? [] { cves.insert(id) }
        }
        #expect(!titles.isEmpty)
        let summary = folder.appendingPathComponent("summary")
        for file in CommandRunner.files(in: summary) {
            let text = try String(contentsOf: summary.appendingPathComponent(file), encoding: .utf8)
            for title in titles { #expect(!text.contains(title), "\(file) names the finding \"\(title)\"") }
            for cve in cves { #expect(!text.contains(cve), "\(file) names \(cve)") }
        }
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: summary.appendingPathComponent("report.json"))
        )
        let object = try #require(json as? [String: Any])
        #expect((object["findings"] as? [Any])?.isEmpty == true)
        #expect((object["controls"] as? [Any])?.isEmpty == true)
        #expect(object["ecr"] is NSNull && object["waf"] is NSNull)
        #expect(((object["frameworks"] as? [String: Any])?["questions"] as? [Any])?.isEmpty == false)
    }

    @Test func aKeyKeepsPseudonymsAcrossMonthsAndRunsByteIdentical() throws {
        let folder = try RepositoryPaths.temporaryFolder("edition-key")
        let key = folder.appendingPathComponent("redaction.key")
        try Data("a secret only the team knows, kept beside the history".utf8).write(to: key)
        func run(_ month: String, _ name: String, key: URL?) throws -> [String: String] {
            let out = folder.appendingPathComponent(name)
            var arguments = [
                "report", "samples/\(month)", "--out", out.path, "--as-of",
                month == "2026-10" ? "2026-10-31" : "2026-11-30",
                "--edition", "redacted", "--no-history", "--environments", "samples/environments.yml",
            ]
            if let key { arguments += ["--redaction-key", key.path] }
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            var files: [String: String] = [:]
            for file in CommandRunner.files(in: out) {
                files[file] = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            }
            return files
        }
        func prodAccount(_ files: [String: String]) throws -> String {
            let json = try JSONSerialization.jsonObject(with: Data((files["report.json"] ?? "").utf8))
            let environments = (json as? [String: Any])?["environments"] as? [[String: Any]] ?? []
            return try #require(environments.first { $0["environment"] as? String == "prod" }?["accountId"] as? String)
        }
        let october = try run("2026-10", "october", key: key)
        let november = try run("2026-11", "november", key: key)
        let again = try run("2026-11", "again", key: key)
        let unkeyed = try run("2026-11", "unkeyed", key: nil)
        #expect(november == again)
        #expect(try prodAccount(october) == prodAccount(november))
        #expect(try prodAccount(november).hasPrefix("account-"))
        #expect(try prodAccount(unkeyed) != prodAccount(november))
    }

    @Test func maskedEditionRefusesAHistoryInsideTheOutputFolder() throws {
        let out = try RepositoryPaths.temporaryFolder("edition-history")
        let result = try CommandRunner.run([
            "report", "samples/2026-11", "--out", out.path, "--as-of", "2026-11-30", "--redact",
            "--history", out.appendingPathComponent("posture-history.sqlite").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--history"))
        #expect(CommandRunner.files(in: out).isEmpty)
        let conflicting = try CommandRunner.run([
            "report", "samples/2026-11", "--out", out.path, "--redact", "--edition", "summary", "--no-history",
        ])
        #expect(conflicting.status != 0)
    }

    /// Every ARN with an account, account id, IPv4 and IPv6 address and e-mail address in the input
    /// files (gzip ones through `gzip -dc`), and the resource names in ARNs: found by pattern here,
    /// independently of the redactor.
    static func identifiers(inInputsOf input: Case) throws -> [String] {
        var text = ""
        for file in CommandRunner.files(in: RepositoryPaths.file(input.inputs)) {
            let url = RepositoryPaths.file(input.inputs).appendingPathComponent(file)
            text += file.hasSuffix(".gz") ? try gunzip(url) : try String(contentsOf: url, encoding: .utf8)
            text += "\n"
        }
        text += try RepositoryPaths.text(input.acceptances) + "\n" + RepositoryPaths.text(input.environments)
        var found: Set<String> = []
        let patterns = [
            #"arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:[A-Za-z0-9/:._-]+"#,
            #"arn:aws:s3:::[a-z0-9.-]+"#,
            #"(?<![0-9])[0-9]{12}(?![0-9])"#,
            #"(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9])"#,
            #"(?<![0-9A-Za-z:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}(?![0-9A-Za-z:])"#,
            #"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#,
        ]
        for pattern in patterns {
            let expression = try NSRegularExpression(pattern: pattern)
            for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let range = Range(match.range, in: text) else { continue }
                found.insert(String(text[range]))
            }
        }
        var identifiers: [String] = []
        for token in found.sorted() {
            if ["0.0.0.0", "127.0.0.1", "255.255.255.255"].contains(token) { continue }
            if token.contains(":"), !token.hasPrefix("arn:") {
                var address = in6_addr()
                guard inet_pton(AF_INET6, token, &address) == 1, token != "::" else { continue }
            }
            identifiers.append(token)
            // The resource name inside an ARN (`shop-prod-exports`, `shop/api`).
            if token.hasPrefix("arn:"), let name = token.split(separator: "/").last ?? token.split(separator: ":").last,
                name.count >= 8, name.contains("-")
            {
                identifiers.append(String(name))
            }
        }
        return identifiers
    }

    static func gunzip(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc \"$0\"", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
