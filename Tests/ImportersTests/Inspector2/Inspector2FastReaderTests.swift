import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The Inspector2 fast path gives exactly what `JSONDecoder` gives (the whole decoded
/// `Inspector2Finding`, its timestamps bit for bit, the mapped `Finding` and its diagnostics, and
/// the whole import's result), or steps aside.
@Suite struct Inspector2FastReaderTests {
    /// Checks one record: when the fast path answers, the general path must read the same
    /// `Inspector2Finding` and map it to the same finding with the same diagnostics. Returns whether
    /// the fast path answered.
    @discardableResult
    private func check(_ bytes: [UInt8], _ label: String = "") -> Bool {
        guard let fast = Inspector2FastReader.finding(bytes) else { return false }
        FastReaderCorpus.expectAgreement(fast, bytes, Inspector2Family.self, label: label) { fast, slow in
            fast == slow && Self.timeBits(fast) == Self.timeBits(slow)
        }
        return true
    }

    /// Every number timestamp as its bit pattern (so -0 and 0 are told apart).
    private static func timeBits(_ finding: Inspector2Finding) -> [UInt64?] {
        [finding.firstObservedAt, finding.lastObservedAt, finding.updatedAt].map { time in
            if case .number(let number) = time { number.bitPattern } else { nil }
        }
    }

    @Test(
        "the project's fixtures (importers, goldens, hostile corpus): every Inspector2 finding takes the fast path and agrees"
    )
    func projectFixtures() {
        var answered = 0
        var inspector = 0
        for (path, record) in FastReaderCorpus.projectFixtureRecords() {
            let fast = check(record, path)
            let format = FastReaderCorpus.format(record)
            #expect(!fast || format == .inspector2, "\(path)")
            if fast { answered += 1 }
            if format == .inspector2 { inspector += 1 }
        }
        #expect(answered >= 3)
        #expect(answered == inspector)
    }

    @Test("real-world Inspector2 exports: every finding takes the fast path and agrees")
    func sharedFixtures() throws {
        guard RepositoryPaths.sharedAvailable else { return }
        var answered = 0
        var inspector = 0
        for (name, record) in try FastReaderCorpus.sharedFixtureRecords("inspector2") {
            if check(record, name) { answered += 1 }
            if FastReaderCorpus.format(record) == .inspector2 { inspector += 1 }
        }
        #expect(answered > 0)
        #expect(answered == inspector)
    }

    @Test(
        "the benchmark generator's other formats are never read as Inspector2 findings",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func otherFormats() throws {
        for kind in ["asff", "ocsf", "ecr", "waf"] {
            for record in try FastReaderCorpus.generated(kind, count: 30) {
                #expect(Inspector2FastReader.finding(record) == nil)
            }
        }
    }

    /// A package vulnerability with every modelled member; `\#(base)` opens it without its brace.
    static let base =
        #""awsAccountId":"111122223333","description":"cryptography before 42.0.4 allows a denial of service.","epss":{"score":0.00075},"exploitAvailable":"NO","findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/2ec528fc8e0c51cc81de5309720e1318","firstObservedAt":"2026-10-02T16:30:33.045000+01:00","fixAvailable":"YES","inspectorScore":5.9,"lastObservedAt":1795922062.5,"remediation":{"recommendation":{"text":"Upgrade cryptography","Url":"https://example.com/fix"}},"resources":[{"details":{"awsEcrContainerImage":{"imageHash":"sha256:f9c9","imageTags":["2026.11.2"]}},"id":"arn:aws:ecr:eu-west-1:111122223333:repository/shop/api/sha256:f9c9","partition":"aws","region":"eu-west-1","tags":{"team":"api","tier":1},"type":"AWS_ECR_CONTAINER_IMAGE"}],"severity":"MEDIUM","status":"ACTIVE","title":"CVE-2024-26130 - cryptography","type":"PACKAGE_VULNERABILITY","updatedAt":1795922062,"packageVulnerabilityDetails":{"cvss":[{"baseScore":5.9}],"vulnerabilityId":"CVE-2024-26130","vulnerablePackages":[{"name":"cryptography","version":"41.0.7"},{"Name":"openssl"}]}"#

    /// The base finding (`{\(base)}`) with `old` replaced by `new`.
    static func edited(_ old: String, _ new: String) -> String {
        let finding = "{\(base)}"
        precondition(finding.contains(old), old)
        return finding.replacingOccurrences(of: old, with: new)
    }

    /// Findings the fast path reads itself (they must agree with JSONDecoder).
    private static let readCases: [String] = [
        "{\(base)}",
        "{\n  \(base.replacingOccurrences(of: ",", with: ",\n    ").replacingOccurrences(of: ":", with: " : "))\n}",
        #"{"findingArn":"a","type":"NETWORK_REACHABILITY"}"#,
        edited(#""type":"PACKAGE_VULNERABILITY""#, #""type":"PACKAGE\u005fVULNERABILITY""#),  // an escape in the type
        #"{"findingArn":null,"type":"CODE_VULNERABILITY","resources":null,"remediation":null}"#,
        #"{"findingArn":"","type":"PACKAGE_VULNERABILITY","resources":[{}],"remediation":{"recommendation":{}}}"#,
        #"{"findingArn":"a","type":"PACKAGE_VULNERABILITY","imageScanStatus":{"status":"ACTIVE"}}"#,
        // The link as `url`, and as both.
        edited(#""Url":"https://example.com/fix""#, #""url":"https://example.com/lower""#),
        edited(#""Url":"https://example.com/fix""#, #""Url":null,"url":"https://example.com/lower""#),
        edited(#""Url":"https://example.com/fix""#, #""url":"https://example.com/lower","Url":"https://e.com/u""#),
        // Text chosen by package authors and resource owners: escapes, \u0000, non-ASCII, long.
        edited(#""title":"CVE-2024-26130 - cryptography""#, #""title":"<script>\"x\"\\\/\n\t\u00e9\u0000\b\f\r""#),
        edited(#""team":"api""#, "\"team\":\"café ☕ 日本 \u{10FFFF}\""),
        edited(#""description":"cryptography"#, "\"description\":\"\(String(repeating: "long é ", count: 20_000))"),
        // LenientString account ids and tags; timestamps of every kind.
        edited(#""awsAccountId":"111122223333""#, #""awsAccountId":111122223333"#),
        edited(#""awsAccountId":"111122223333""#, #""awsAccountId":true"#),
        edited(#""awsAccountId":"111122223333""#, #""awsAccountId":null"#),
        edited(#""tier":1"#, #""tier":-0.5"#),
        edited(#""updatedAt":1795922062"#, #""updatedAt":-0"#),
        edited(#""updatedAt":1795922062"#, #""updatedAt":"not a date""#),
        edited(#""updatedAt":1795922062"#, #""updatedAt":null"#),
        edited(#""lastObservedAt":1795922062.5"#, #""lastObservedAt":123456789012345"#),
        // Statuses and severities the importer warns about.
        edited(#""status":"ACTIVE""#, #""status":"closed""#),
        edited(#""status":"ACTIVE""#, #""status":"PENDING""#),
        edited(#""severity":"MEDIUM""#, #""severity":"UNTRIAGED""#),
        // Unmodelled members of any shape, repeated keys inside them, deep nesting.
        #"{\#(base),"extra":{"a":1,"a":2},"more":[1e999,-1E-999,true,false,null,{"x":"\u00e9"}]}"#,
        "{\(base),\"deep\":\(String(repeating: "[{\"a\":", count: 200))1\(String(repeating: "}]", count: 200))}",
    ]

    @Test(arguments: readCases)
    func readsAndAgrees(_ json: String) {
        #expect(check(Array(json.utf8)))
    }

    /// Findings where the fast path steps aside (the general path decides, with its diagnostics or its error).
    private static let asideCases: [String] = [
        edited(#""title":"CVE-2024-26130 - cryptography""#, #""title":"caf\u00e9 \ud83d\ude00""#),  // surrogates
        edited(#""title":"CVE-2024-26130 - cryptography""#, #""title":"\ud800""#),
        edited(#""score":0.00075"#, #""score":"\udc00""#),  // surrogates in a skipped member
        edited(#""title":"CVE-2024-26130 - cryptography""#, #""title":"bad \x escape""#),
        edited(#""updatedAt":1795922062"#, #""updatedAt":1.7e9"#),  // exponents
        edited(#""updatedAt":1795922062"#, #""updatedAt":true"#),  // wrong types
        edited(#""title":"CVE-2024-26130 - cryptography""#, #""title":5"#),
        edited(#""severity":"MEDIUM""#, #""severity":["MEDIUM"]"#),
        edited(#""awsAccountId":"111122223333""#, #""awsAccountId":{}"#),
        edited(#""Url":"https://example.com/fix""#, #""Url":5"#),
        edited(#""Url":"https://example.com/fix""#, #""url":5"#),
        edited(#""tier":1"#, #""tier":null"#),
        edited(#""tier":1"#, #""tier":[1]"#),
        edited(#""team":"api","tier":1"#, #""team":"api","team":"web""#),  // a repeated key in a map
        edited(#""team":"api""#, #""te\u0061m":"api""#),  // an escaped key
        edited(#""resources":[{"#, #""resources":[null,{"#),
        edited(#""resources":[{"#, #""resources":["x",{"#),
        edited(#""status":"ACTIVE""#, #""status":"ACTIVE","status":"CLOSED""#),
        edited(#""vulnerabilityId":"CVE-2024-26130""#, #""vulnerabilityId":"a","vulnerabilityId":"b""#),
        // Package lists of other shapes, which `PackageNames` reads leniently.
        edited(#"{"Name":"openssl"}"#, #"{"Name":"openssl"},"odd""#),
        edited(#"{"Name":"openssl"}"#, #"{"name":5}"#),
    ]

    /// More findings where the fast path steps aside: other families, not Inspector's types, escaped keys, truncated.
    private static let moreAsideCases: [String] = [
        #"{\#(base),"detail-type":"x","source":"y"}"#,  // an EventBridge envelope
        #"{\#(base),"SchemaVersion":"2018-10-08","GeneratorId":"g"}"#,  // families offered first
        #"{\#(base),"class_uid":2003}"#,
        #"{\#(base),"imageScanFindings":{}}"#,  // an ECR scan page
        edited(#""type":"PACKAGE_VULNERABILITY""#, #""type":"package_vulnerability""#),
        edited(#""type":"PACKAGE_VULNERABILITY""#, #""type":null"#),
        #"{"type":"PACKAGE_VULNERABILITY"}"#,
        #"{"finding\u0041rn":"a","type":"PACKAGE_VULNERABILITY"}"#,  // an escaped key
        "{\(base)",  // truncated
        "{}",
        "[{\(base)}]",
        #""findingArn""#,
    ]

    @Test(arguments: asideCases + moreAsideCases)
    func stepsAside(_ json: String) {
        #expect(Inspector2FastReader.finding(Array(json.utf8)) == nil)
    }

    @Test("bytes that are not UTF-8, and every truncation, make the fast path step aside")
    func badBytes() {
        FastReaderCorpus.expectStepsAsideForBadBytes(base: Self.base) { Inspector2FastReader.finding($0) != nil }
    }

    /// The paths of the modelled members, `.` between keys and `0` for the first element.
    private static let paths = [
        "findingArn", "awsAccountId", "type", "title", "description", "severity", "status", "firstObservedAt",
        "lastObservedAt", "updatedAt", "remediation", "remediation.recommendation", "remediation.recommendation.text",
        "remediation.recommendation.Url", "remediation.recommendation.url", "resources", "resources.0",
        "resources.0.type", "resources.0.id", "resources.0.region", "resources.0.tags", "resources.0.tags.team",
        "packageVulnerabilityDetails", "packageVulnerabilityDetails.vulnerabilityId",
        "packageVulnerabilityDetails.vulnerablePackages", "packageVulnerabilityDetails.vulnerablePackages.0",
        "packageVulnerabilityDetails.vulnerablePackages.0.name",
    ]

    @Test("every modelled member replaced by every kind of value, or removed: the fast path agrees or steps aside")
    func mutations() throws {
        let extra: [Any?] = ["PACKAGE_VULNERABILITY", "SUPPRESSED", "CRITICAL", [["name": "x"]]]
        let (answered, total) = try FastReaderCorpus.mutations(of: "{\(Self.base)}", at: Self.paths, extra: extra) {
            bytes,
            label in check(bytes, label)
        }
        #expect(answered > total / 4)
    }

    /// A `list-findings` page of `findings`.
    private static func page(_ path: String, _ findings: [String]) -> InputSource {
        InputSource(path: path, content: .bytes(Array(#"{"findings":[\#(findings.joined(separator: ",\n"))]}"#.utf8)))
    }

    @Test("every project file with Inspector2 findings imports alike with and without the fast path")
    func projectFilesImportAlike() {
        let files =
            ["samples", "Tests/ImportersTests/Fixtures", "Tests/ReportPipelineTests/Fixtures"]
            .flatMap(FastReaderCorpus.inputFiles(under:))
            + FastReaderCorpus.inputFiles(under: "Tests/postureTests/Fixtures")
        var checked = 0
        let key = Array("\"findingArn\"".utf8)
        for path in files
        where (FastReaderCorpus.records(.file(path)) ?? []).contains(where: { $0.firstRange(of: key) != nil }) {
            FastReaderCorpus.expectSameImport([.file(path)])
            checked += 1
        }
        #expect(checked >= 4)
    }

    @Test("a hostile page imports alike with and without the fast path: findings read, findings stepped aside, copies")
    func hostilePageImportsAlike() {
        let good = Self.readCases + ["{\(Self.base)}"]
        FastReaderCorpus.expectSameImport([Self.page("good.json", good)])
        for finding in Self.asideCases + Self.moreAsideCases where finding.hasPrefix("{") && finding.hasSuffix("}") {
            FastReaderCorpus.expectSameImport([Self.page("aside.json", good.prefix(3) + [finding])])
        }
    }
}
