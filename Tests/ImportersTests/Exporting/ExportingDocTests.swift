import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// `docs/exporting.md` tells users which AWS CLI commands produce posture's inputs. Every command it names (in
/// fenced code blocks), and every one `scripts/monthly.sh` and the GitHub workflow run, is either an export with a
/// recorded output in `Fixtures/exporting/` that the importer reads as the expected format, or a helper listed
/// here with the reason it produces no input. A new command in the doc fails this suite until it is one or the other.
@Suite struct ExportingDocTests {
    /// Commands whose output posture reads, with the format the importer must recognise in it.
    static let exports: [String: InputFormat] = [
        "securityhub get-findings": .asff,
        "securityhub get-findings-v2": .ocsf,
        "inspector2 list-findings": .inspector2,
        "ecr describe-image-scan-findings": .ecr,
        "wafv2 get-web-acl": .wafWebACL,
        "wafv2 get-sampled-requests": .wafSampled,
        "logs filter-log-events": .wafLog,
        // The objects it copies are WAF's gzip log files; the recorded lines are gzipped before import.
        "s3 cp": .wafLog,
    ]

    /// Commands that produce no posture input, and why.
    static let helpers: [String: String] = [
        "securityhub list-finding-aggregators": "names the aggregation Region; prints an ARN, not findings",
        "securityhub list-aggregators-v2": "names the Security Hub v2 aggregation Region; prints an ARN",
        "securityhub describe-hub": "tells whether Security Hub is enabled in a Region",
        "ec2 describe-regions": "lists the Regions to loop over",
        "ecr describe-repositories": "lists the repositories to loop over",
        "ecr describe-images": "lists the scanned image digests to loop over",
        "ecr get-registry-scanning-configuration": "tells whether basic or enhanced scanning is on",
        "wafv2 list-web-acls": "lists web ACL names and ids for get-web-acl",
        "wafv2 get-logging-configuration": "tells where a web ACL's logs go",
        "sts get-caller-identity": "shows which account the credentials read",
        "configure get": "reads the profile's default Region",
    ]

    /// Where the commands are named.
    static let documents = ["docs/exporting.md", "scripts/monthly.sh", "examples/github-actions/monthly-report.yml"]

    static let fixtures = RepositoryPaths.file("Tests/ImportersTests/Fixtures/exporting")

    /// `service operation` for every `aws` command in the documents, with where it was first seen.
    static func namedCommands() throws -> [String: String] {
        var commands: [String: String] = [:]
        for document in documents {
            let text = try RepositoryPaths.text(document)
            let lines = document.hasSuffix(".md") ? codeBlockLines(text) : text.components(separatedBy: "\n")
            for line in lines {
                for command in awsCommands(in: line) where commands[command] == nil {
                    commands[command] = document
                }
            }
        }
        return commands
    }

    /// The lines inside fenced code blocks of a Markdown text.
    static func codeBlockLines(_ markdown: String) -> [String] {
        var inside = false
        var lines: [String] = []
        for line in markdown.components(separatedBy: "\n") {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inside.toggle()
            } else if inside {
                lines.append(line)
            }
        }
        return lines
    }

    /// `service operation` of each `aws` word on a shell line, ignoring comments.
    static func awsCommands(in line: String) -> [String] {
        let separators = CharacterSet(charactersIn: " \t()|;&\"'`")
        var words: [String] = []
        for word in line.components(separatedBy: separators) where !word.isEmpty {
            if word.hasPrefix("#") { break }
            words.append(word)
        }
        let name = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-")
        var commands: [String] = []
        for (index, word) in words.enumerated() where word == "aws" && index + 2 < words.count {
            let service = words[index + 1]
            let operation = words[index + 2]
            guard !service.hasPrefix("-"), !operation.hasPrefix("-"),
                service.unicodeScalars.allSatisfy(name.contains), operation.unicodeScalars.allSatisfy(name.contains)
            else { continue }
            commands.append("\(service) \(operation)")
        }
        return commands
    }

    /// The recorded outputs, each assigned to the longest export command whose `service-operation` prefixes its name.
    static func recordedOutputs() throws -> [String: [String]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted()
        var outputs: [String: [String]] = [:]
        for name in names {
            let owner = exports.keys
                .filter { command in
                    let slug = command.replacingOccurrences(of: " ", with: "-")
                    return name.hasPrefix(slug + ".") || name.hasPrefix(slug + "-")
                }
                .max { $0.count < $1.count }
            outputs[owner ?? "", default: []].append(name)
        }
        return outputs
    }

    @Test func everyNamedCommandIsAnExportOrAHelper() throws {
        let named = try Self.namedCommands()
        #expect(named.count >= 10, "found only \(named.keys.sorted())")
        for (command, document) in named.sorted(by: { $0.key < $1.key }) {
            #expect(
                Self.exports[command] != nil || Self.helpers[command] != nil,
                """
                \(document) names `aws \(command)`: record its output in Fixtures/exporting/ and add it to \
                ExportingDocTests.exports with the format posture reads, or add it to helpers with the reason
                """
            )
        }
        for command in Array(Self.exports.keys) + Array(Self.helpers.keys) {
            #expect(named[command] != nil, "`aws \(command)` is listed here but no longer named in \(Self.documents)")
        }
        for command in Self.exports.keys { #expect(Self.helpers[command] == nil, "\(command) is listed twice") }
    }

    @Test func everyExportHasARecordedOutputAndNoOutputIsOrphaned() throws {
        let outputs = try Self.recordedOutputs()
        for command in Self.exports.keys.sorted() {
            let slug = command.replacingOccurrences(of: " ", with: "-")
            #expect(!(outputs[command] ?? []).isEmpty, "no recorded output \(slug).json for `aws \(command)`")
        }
        #expect(outputs[""] == nil, "recorded outputs of no listed command: \(outputs[""] ?? [])")
    }

    @Test(arguments: exports.keys.sorted())
    func recordedOutputIsReadAsItsFormat(_ command: String) throws {
        let expected = try #require(Self.exports[command])
        for name in try Self.recordedOutputs()[command] ?? [] {
            let inspection = try #require(try FindingImporter().inspect([Self.source(name)]).first)
            #expect(inspection.failure == nil, "\(name): \(inspection.failure?.description ?? "")")
            #expect(Array(inspection.formats.keys) == [expected], "\(name): read as \(inspection.formats)")
            #expect((inspection.formats[expected] ?? 0) > 0, "\(name): no \(expected.rawValue) records")
            #expect(inspection.skipped == 0, "\(name): \(inspection.skipped) records skipped")
            #expect(!inspection.partial, "\(name): read as a partial export")
            #expect(inspection.diagnostics.isEmpty, "\(name): \(inspection.diagnostics.map(\.description))")
        }
    }

    /// A recorded output as the importer gets it: `.jsonl` lines are WAF log objects, gzipped as S3 holds them.
    static func source(_ name: String) throws -> InputSource {
        let url = fixtures.appendingPathComponent(name)
        guard name.hasSuffix(".jsonl") else { return InputSource.file(url.path) }
        let bytes = try [UInt8](Data(contentsOf: url))
        return InputSource(path: name + ".gz", content: .bytes(FixtureGzip.member(bytes)))
    }

    @Test func shippedPolicyIsTheDocumentedOneAndAllowsEveryCommand() throws {
        let shipped = try RepositoryPaths.text("docs/posture-readonly-policy.json")
        let doc = try RepositoryPaths.text("docs/exporting.md")
        let section = try #require(doc.components(separatedBy: "## Permissions").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```json\n").dropFirst().first)
        let documented = try #require(block.components(separatedBy: "```").first)
        #expect(try Self.canonical(shipped) == Self.canonical(documented), "docs/posture-readonly-policy.json differs")

        let policy = try #require(
            try JSONSerialization.jsonObject(with: Data(shipped.utf8)) as? [String: Any]
        )
        let statements = try #require(policy["Statement"] as? [[String: Any]])
        var allowed: [String] = []
        for statement in statements {
            #expect(statement["Effect"] as? String == "Allow")
            if let one = statement["Action"] as? String { allowed.append(one) }
            allowed += statement["Action"] as? [String] ?? []
        }
        for action in allowed {
            let verb = action.split(separator: ":").last.map(String.init) ?? ""
            #expect(
                ["Get", "List", "Describe", "Filter"].contains { verb.hasPrefix($0) },
                "\(action) is not a read-only action"
            )
        }
        for command in try Self.namedCommands().keys.sorted() {
            for action in Self.iamActions(command) {
                #expect(
                    allowed.contains { Self.matches(action, pattern: $0) },
                    "`aws \(command)` needs \(action), which the policy does not allow"
                )
            }
        }
    }

    /// The IAM actions a command needs.
    static func iamActions(_ command: String) -> [String] {
        switch command {
        case "sts get-caller-identity", "configure get": return []
        case "s3 cp": return ["s3:ListBucket", "s3:GetObject"]
        // AWS documents that GetFindingsV2 is authorised by securityhub:GetFindings.
        case "securityhub get-findings-v2": return ["securityhub:GetFindings"]
        default:
            let parts = command.split(separator: " ")
            let operation = parts.last?.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            return ["\(parts.first ?? ""):\(operation?.joined() ?? "")"]
        }
    }

    /// IAM matching: case-insensitive, `*` at the end matches any rest.
    static func matches(_ action: String, pattern: String) -> Bool {
        let action = action.lowercased()
        let pattern = pattern.lowercased()
        if pattern.hasSuffix("*") { return action.hasPrefix(pattern.dropLast()) }
        return action == pattern
    }

    /// JSON text re-encoded with sorted keys, so two texts compare by content.
    static func canonical(_ text: String) throws -> Data {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}
