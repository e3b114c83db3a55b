import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The ECR scan page fast path gives exactly what `JSONDecoder` gives (the whole decoded
/// `ECRScanExport`, its timestamps bit for bit, the importer's findings, image evidence and
/// diagnostics, and the whole import's result), or steps aside.
@Suite struct ECRScanFastReaderTests {
    /// Checks one record: when the fast path answers, the general path must classify the record as
    /// an ECR scan page, decode the same `ECRScanExport`, and the importer must read both alike.
    /// Returns whether the fast path answered.
    @discardableResult
    private func check(_ bytes: [UInt8], _ label: String = "") -> Bool {
        guard let fast = ECRScanFastReader.page(bytes) else { return false }
        let context = "\(label): \(String(decoding: bytes.prefix(300), as: UTF8.self))"
        guard let slow = Self.slow(bytes) else {
            Issue.record("fast path answered; the general path does not decode an ECR scan page: \(context)")
            return true
        }
        #expect(fast == slow, "\(context)")
        #expect(Self.timeBits(fast) == Self.timeBits(slow), "\(context)")
        let origin = RecordOrigin(file: "t.json", record: 0)
        for region in [nil, "eu-west-1"] {
            let importer = ECRScanImporter(region: region)
            #expect(
                importer.importScanFindings(fast, origin: origin) == importer.importScanFindings(slow, origin: origin),
                "\(context)"
            )
        }
        return true
    }

    /// What the general path decodes: the page's `ECRScanExport` when `JSONDecoder` classifies it as
    /// an ECR scan page and decodes it, else nil.
    private static func slow(_ bytes: [UInt8]) -> ECRScanExport? {
        guard let decoded = try? JSONDecoder().decode(ClassifiedRecord.self, from: Data(bytes)),
            case .record(let record) = decoded.kind,
            case .decoded(let export)? = (record as? DecodedRecord<ECRScanFamily>)?.record
        else { return nil }
        return export
    }

    /// Every timestamp's instant as its bit pattern (so -0 and 0 are told apart).
    private static func timeBits(_ export: ECRScanExport) -> [UInt64?] {
        let scan = export.imageScanFindings
        let enhanced = (scan?.enhancedFindings ?? []).flatMap { [$0.firstObservedAt, $0.lastObservedAt, $0.updatedAt] }
        return ([scan?.imageScanCompletedAt, scan?.vulnerabilitySourceUpdatedAt] + enhanced).map {
            $0?.date?.timeIntervalSinceReferenceDate.bitPattern
        }
    }

    @Test("every ECR scan page of the samples takes the fast path and reads identically")
    func samples() {
        var pages = 0
        var fast = 0
        for path in FastReaderCorpus.inputFiles(under: "samples") {
            for record in FastReaderCorpus.records(.file(path)) ?? [] {
                let answered = check(record, path)
                let format = FastReaderCorpus.format(record)
                #expect(!answered || format == .ecr, "\(path)")
                if answered { fast += 1 }
                if format == .ecr { pages += 1 }
            }
        }
        #expect(pages >= 2)
        #expect(fast == pages)
    }

    @Test("the project's fixtures (importers, goldens, hostile corpus): where the fast path answers it agrees")
    func projectFixtures() {
        var answered = 0
        for (path, record) in FastReaderCorpus.projectFixtureRecords() {
            let fast = check(record, path)
            #expect(!fast || FastReaderCorpus.format(record) == .ecr, "\(path)")
            if fast { answered += 1 }
        }
        #expect(answered >= 2)
    }

    @Test(
        "the benchmark generator's pages all take the fast path and read identically",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func generatorOutput() throws {
        let all = try FastReaderCorpus.generated("ecr", count: 300)
        #expect(all.count == 300)
        var fast = 0
        for record in all where check(record, "generator") { fast += 1 }
        #expect(fast == all.count)
    }

    @Test(
        "the benchmark generator's ASFF and OCSF findings and WAF log lines are never read as ECR pages",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func otherFormats() throws {
        for kind in ["asff", "ocsf", "waf"] {
            for record in try FastReaderCorpus.generated(kind, count: 50) {
                #expect(ECRScanFastReader.page(record) == nil)
            }
        }
    }

    @Test("real-world ECR exports: where the fast path answers it agrees")
    func sharedFixtures() throws {
        for (name, record) in try FastReaderCorpus.sharedFixtureRecords("ecr") { check(record, name) }
        for (name, record) in try FastReaderCorpus.sharedFixtureRecords("inspector2") {
            #expect(!check(record, name), "an Inspector2 finding is not an ECR page: \(name)")
        }
    }

    /// A page of both kinds of findings with every modelled member; `\#(base)` opens it without its brace.
    static let base =
        #""registryId":"111122223333","repositoryName":"shop/web","imageId":{"imageDigest":"sha256:3ebdb719b07c3e189187f2d62b692867d41412f73700a324e131a222e9593876","imageTag":"2026.11.3"},"imageScanStatus":{"status":"COMPLETE","description":"The scan was completed successfully."},"imageScanFindings":{"imageScanCompletedAt":1795921320.0,"vulnerabilitySourceUpdatedAt":1795920420,"findingSeverityCounts":{"HIGH":2,"MEDIUM":1},"findings":[{"name":"CVE-2023-44487","description":"HTTP/2 rapid reset","uri":"https://security-tracker.debian.org/tracker/CVE-2023-44487","severity":"HIGH","attributes":[{"key":"package_version","value":"0.15.0"},{"key":"package_name","value":"golang.org/x/net"},{"key":"CVSS3_SCORE","value":7.5}]}],"enhancedFindings":[{"awsAccountId":"111122223333","description":"golang.org/x/net before 0.17.0","findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/c1da819f6cde86e5c96e832953553127","firstObservedAt":1789796333.0,"lastObservedAt":1795922062.5,"updatedAt":"2026-11-14T04:03:53.051000+02:00","fixAvailable":"YES","exploitAvailable":"NO","packageVulnerabilityDetails":{"cvss":[{"baseScore":7.5}],"sourceUrl":"https://nvd.nist.gov/vuln/detail/CVE-2023-44487","vulnerabilityId":"CVE-2023-44487","vulnerablePackages":[{"arch":"AMD64","epoch":0,"fixedInVersion":"0.17.0","name":"golang.org/x/net","version":"0.15.0"}]},"remediation":{"recommendation":{"text":"Upgrade golang.org/x/net to 0.17.0","Url":"https://example.com/fix"}},"resources":[{"details":{"awsEcrContainerImage":{"architecture":"amd64","imageHash":"sha256:3ebdb719b07c3e189187f2d62b692867d41412f73700a324e131a222e9593876","imageTags":["2026.11.3","latest"],"registry":"111122223333","repositoryName":"shop/web"}},"id":"arn:aws:ecr:eu-west-1:111122223333:repository/shop/web/sha256:3ebd","region":"eu-west-1","tags":{"team":"web","cost-centre":"42"},"type":"AWS_ECR_CONTAINER_IMAGE"}],"severity":"HIGH","status":"ACTIVE","title":"CVE-2023-44487 - golang.org/x/net","type":"PACKAGE_VULNERABILITY"}]},"nextToken":null"#

    /// The base page (`{\(base)}`) with `old` replaced by `new`.
    static func edited(_ old: String, _ new: String) -> String {
        let page = "{\(base)}"
        precondition(page.contains(old), old)
        return page.replacingOccurrences(of: old, with: new)
    }

    /// Pages the fast path reads itself (they must agree with JSONDecoder).
    private static let readCases: [String] = [
        "{\(base)}",
        "{\n  \(base.replacingOccurrences(of: ",", with: ",\n    ").replacingOccurrences(of: ":", with: " : "))\n}",
        #"{"imageScanStatus":{"status":"FAILED","description":"UnsupportedImageError"}}"#,
        #"{"imageScanFindings":{}}"#,
        #"{"imageScanFindings":null,"imageScanStatus":null,"imageId":null}"#,
        #"{"imageScanFindings":{"findings":[],"enhancedFindings":[],"findingSeverityCounts":{}}}"#,
        #"{"imageScanFindings":{"findings":[{}],"enhancedFindings":[{}]}}"#,
        // Resource and package text chosen by whoever pushed the image: escapes, \u0000, non-ASCII.
        edited(#""imageTag":"2026.11.3""#, #""imageTag":"<script>\"x\"\\\/\n\t\u00e9\u0000\b\f\r""#),
        edited(#""repositoryName":"shop/web","imageId""#, "\"repositoryName\":\"café ☕ 日本 \u{10FFFF}\",\"imageId\""),
        edited(#""name":"golang.org/x/net","version""#, #""name":"\u003cimg src=x onerror=alert(1)\u003e","version""#),
        edited(
            #""description":"HTTP/2 rapid reset""#,
            "\"description\":\"\(String(repeating: "long é ", count: 20_000))\""
        ),
        // LenientString attribute values; counts as plain integers; timestamps of every kind.
        edited(#""value":7.5"#, #""value":true"#),
        edited(#""value":7.5"#, #""value":null"#),
        edited(#""value":7.5"#, #""value":-0"#),
        edited(#""value":7.5"#, #""value":123456789012345"#),
        edited(#""HIGH":2,"MEDIUM":1"#, #""HIGH":0,"MEDIUM":999999999999999,"UNDEFINED":3"#),
        edited(#""imageScanCompletedAt":1795921320.0"#, #""imageScanCompletedAt":"2026-11-28T10:00:00Z""#),
        edited(#""imageScanCompletedAt":1795921320.0"#, #""imageScanCompletedAt":"not a date""#),
        edited(#""imageScanCompletedAt":1795921320.0"#, #""imageScanCompletedAt":-0"#),
        edited(#""imageScanCompletedAt":1795921320.0"#, #""imageScanCompletedAt":null"#),
        edited(#""firstObservedAt":1789796333.0"#, #""firstObservedAt":"1789796333""#),
        // Unmodelled members of any shape, repeated keys inside them, deep nesting.
        #"{\#(base),"extra":{"a":1,"a":2},"more":[1e999,-1E-999,true,false,null,{"x":"\u00e9"}]}"#,
        "{\(base),\"deep\":\(String(repeating: "[{\"a\":", count: 200))1\(String(repeating: "}]", count: 200))}",
        // A paged export: a token left.
        edited(#""nextToken":null"#, #""nextToken":"eyJ2IjoxfQ==""#),
        // An Inspector2-looking member inside a finding is only a member there.
        edited(#""type":"PACKAGE_VULNERABILITY""#, #""type":"NETWORK_REACHABILITY""#),
    ]

    @Test(arguments: readCases)
    func readsAndAgrees(_ json: String) {
        #expect(check(Array(json.utf8)))
    }

    /// Pages where the fast path steps aside (the general path decides, with its error).
    private static let asideCases: [String] = [
        edited(#""imageTag":"2026.11.3""#, #""imageTag":"caf\u00e9 \ud83d\ude00""#),  // a surrogate pair
        edited(#""imageTag":"2026.11.3""#, #""imageTag":"\ud800""#),  // a lone surrogate
        edited(#""architecture":"amd64""#, #""architecture":"\udc00""#),  // surrogates in a skipped member
        edited(#""imageTag":"2026.11.3""#, #""imageTag":"bad \x escape""#),
        edited(#""HIGH":2"#, #""HIGH":2.0"#),  // counts that are not plain integers
        edited(#""HIGH":2"#, #""HIGH":-2"#),
        edited(#""HIGH":2"#, #""HIGH":2e0"#),
        edited(#""HIGH":2"#, #""HIGH":"2""#),
        edited(#""HIGH":2"#, #""HIGH":null"#),
        edited(#""HIGH":2"#, #""HIGH":1234567890123456"#),
        // Counts past what an Int holds (19 digits and more trapped on overflow before the fast path gave up).
        edited(#""HIGH":2"#, #""HIGH":18446744073709551616"#),
        edited(#""HIGH":2"#, #""HIGH":9999999999999999999"#),
        edited(#""HIGH":2"#, #""HIGH":\#(String(repeating: "9", count: 400))"#),
        edited(#""HIGH":2,"MEDIUM":1"#, #""HIGH":2,"HIGH":1"#),  // a repeated key in a map
        edited(#""imageScanCompletedAt":1795921320.0"#, #""imageScanCompletedAt":1.7e9"#),  // exponents
        edited(#""imageScanCompletedAt":1795921320.0"#, #""imageScanCompletedAt":true"#),  // wrong types
        edited(#""imageTag":"2026.11.3""#, #""imageTag":5"#),
        edited(#""imageTag":"2026.11.3""#, #""imageTag":["x"]"#),
        edited(#""status":"COMPLETE""#, #""status":{}"#),
        edited(#""findings":[{"#, #""findings":[null,{"#),
        edited(#""findings":[{"#, #""findings":["x",{"#),
        edited(#""attributes":[{"#, #""attributes":[null,{"#),
        edited(#""value":7.5"#, #""value":[1]"#),
        edited(#""value":7.5"#, #""value":1e5"#),
        edited(#""imageTags":["2026.11.3","latest"]"#, #""imageTags":["x",null]"#),
        edited(#""imageTags":["2026.11.3","latest"]"#, #""imageTags":"x""#),
        edited(#""tags":{"team":"web","cost-centre":"42"}"#, #""tags":{"team":1}"#),
        edited(#""tags":{"team":"web","cost-centre":"42"}"#, #""tags":{"team":null}"#),
        edited(#""tags":{"team":"web","cost-centre":"42"}"#, #""tags":{"team":"a","team":"b"}"#),
        edited(#""tags":{"team":"web","cost-centre":"42"}"#, #""tags":{"te\u0061m":"a"}"#),  // an escaped key
        edited(#""vulnerablePackages":[{"#, #""vulnerablePackages":[null,{"#),
        edited(#""recommendation":{"#, #""recommendation":[],"r_":{"#),
        edited(#""imageScanFindings":{"#, #""imageScanFindings":[],"i_":{"#),
        edited(#""repositoryName":"shop/web","imageId""#, #""repositoryName":"a","repositoryName":"b","imageId""#),
        edited(#""findingArn":"arn"#, #""findingArn":"a","findingArn":"arn"#),
    ]

    /// More pages where the fast path steps aside: other families, escaped keys, not objects, truncated.
    private static let moreAsideCases: [String] = [
        #"{\#(base),"detail-type":"x","source":"y"}"#,  // an EventBridge envelope
        #"{\#(base),"SchemaVersion":"2018-10-08","GeneratorId":"g"}"#,  // families offered first
        #"{\#(base),"class_uid":2003}"#,
        #"{\#(base),"findingArn":"a","type":"PACKAGE_VULNERABILITY"}"#,
        #"{"registryId":"1","repositoryName":"r"}"#,  // not an ECR page by the classifier's rules
        #"{"image\u0053canFindings":{}}"#,  // an escaped key
        #"{"imageScanFindings":{},"image\u0049d":{}}"#,
        "{\(base)",  // truncated
        "{}",
        "[{\(base)}]",
        #""imageScanFindings""#,
    ]

    @Test(arguments: asideCases + moreAsideCases)
    func stepsAside(_ json: String) {
        #expect(ECRScanFastReader.page(Array(json.utf8)) == nil)
    }

    @Test("bytes that are not UTF-8, and every truncation of a page, make the fast path step aside")
    func badBytes() {
        FastReaderCorpus.expectStepsAsideForBadBytes(base: Self.base) { ECRScanFastReader.page($0) != nil }
    }

    /// The paths of the modelled members, `.` between keys and `0` for the first element.
    private static let paths = [
        "registryId", "repositoryName", "nextToken", "imageId", "imageId.imageDigest", "imageId.imageTag",
        "imageScanStatus", "imageScanStatus.status", "imageScanStatus.description", "imageScanFindings",
        "imageScanFindings.imageScanCompletedAt", "imageScanFindings.vulnerabilitySourceUpdatedAt",
        "imageScanFindings.findingSeverityCounts", "imageScanFindings.findingSeverityCounts.HIGH",
        "imageScanFindings.findings", "imageScanFindings.findings.0", "imageScanFindings.findings.0.name",
        "imageScanFindings.findings.0.description", "imageScanFindings.findings.0.uri",
        "imageScanFindings.findings.0.severity", "imageScanFindings.findings.0.attributes",
        "imageScanFindings.findings.0.attributes.0", "imageScanFindings.findings.0.attributes.0.key",
        "imageScanFindings.findings.0.attributes.0.value", "imageScanFindings.enhancedFindings",
        "imageScanFindings.enhancedFindings.0", "imageScanFindings.enhancedFindings.0.findingArn",
        "imageScanFindings.enhancedFindings.0.awsAccountId", "imageScanFindings.enhancedFindings.0.title",
        "imageScanFindings.enhancedFindings.0.description", "imageScanFindings.enhancedFindings.0.type",
        "imageScanFindings.enhancedFindings.0.severity", "imageScanFindings.enhancedFindings.0.status",
        "imageScanFindings.enhancedFindings.0.firstObservedAt", "imageScanFindings.enhancedFindings.0.lastObservedAt",
        "imageScanFindings.enhancedFindings.0.updatedAt", "imageScanFindings.enhancedFindings.0.fixAvailable",
        "imageScanFindings.enhancedFindings.0.exploitAvailable", "imageScanFindings.enhancedFindings.0.remediation",
        "imageScanFindings.enhancedFindings.0.remediation.recommendation",
        "imageScanFindings.enhancedFindings.0.remediation.recommendation.text",
        "imageScanFindings.enhancedFindings.0.remediation.recommendation.Url",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.vulnerabilityId",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.sourceUrl",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.vulnerablePackages",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.vulnerablePackages.0",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.vulnerablePackages.0.name",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.vulnerablePackages.0.version",
        "imageScanFindings.enhancedFindings.0.packageVulnerabilityDetails.vulnerablePackages.0.fixedInVersion",
        "imageScanFindings.enhancedFindings.0.resources", "imageScanFindings.enhancedFindings.0.resources.0",
        "imageScanFindings.enhancedFindings.0.resources.0.id", "imageScanFindings.enhancedFindings.0.resources.0.type",
        "imageScanFindings.enhancedFindings.0.resources.0.region",
        "imageScanFindings.enhancedFindings.0.resources.0.tags",
        "imageScanFindings.enhancedFindings.0.resources.0.tags.team",
        "imageScanFindings.enhancedFindings.0.resources.0.details",
        "imageScanFindings.enhancedFindings.0.resources.0.details.awsEcrContainerImage",
        "imageScanFindings.enhancedFindings.0.resources.0.details.awsEcrContainerImage.repositoryName",
        "imageScanFindings.enhancedFindings.0.resources.0.details.awsEcrContainerImage.imageHash",
        "imageScanFindings.enhancedFindings.0.resources.0.details.awsEcrContainerImage.imageTags",
        "imageScanFindings.enhancedFindings.0.resources.0.details.awsEcrContainerImage.imageTags.0",
        "imageScanFindings.enhancedFindings.0.resources.0.details.awsEcrContainerImage.registry",
    ]

    @Test("every modelled member replaced by every kind of value, or removed: the fast path agrees or steps aside")
    func mutations() throws {
        let (answered, total) = try FastReaderCorpus.mutations(of: "{\(Self.base)}", at: Self.paths) { bytes, label in
            check(bytes, label)
        }
        // The fast path reads a good part of them itself (the rest are mostly wrong types the general path decides).
        #expect(answered > total / 4)
    }

    /// A JSON array of `pages`.
    private static func pages(_ path: String, _ pages: [String]) -> InputSource {
        InputSource(path: path, content: .bytes(Array("[\(pages.joined(separator: ",\n"))]".utf8)))
    }

    @Test("every project file with ECR scan pages imports alike with and without the fast path")
    func projectFilesImportAlike() {
        let files =
            ["samples", "Tests/ImportersTests/Fixtures", "Tests/ReportPipelineTests/Fixtures"]
            .flatMap(FastReaderCorpus.inputFiles(under:))
            + FastReaderCorpus.inputFiles(under: "Tests/postureTests/Fixtures")
        var checked = 0
        let key = Array("\"imageScan".utf8)
        for path in files
        where (FastReaderCorpus.records(.file(path)) ?? []).contains(where: { $0.firstRange(of: key) != nil }) {
            FastReaderCorpus.expectSameImport([.file(path)])
            checked += 1
        }
        #expect(checked >= 3)
    }

    @Test(
        "the benchmark generator's pages import alike with and without the fast path",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func generatorImportsAlike() throws {
        let pages = try FastReaderCorpus.generated("ecr", count: 200).map { String(decoding: $0, as: UTF8.self) }
        #expect(pages.count == 200)
        // Twice: the second copy of each page repeats its image and findings.
        FastReaderCorpus.expectSameImport([Self.pages("a.json", pages), Self.pages("b.json", pages)])
    }

    @Test("a hostile export imports alike with and without the fast path: pages read, pages stepped aside")
    func hostileExportImportsAlike() {
        FastReaderCorpus.expectSameImport([Self.pages("good.json", Self.readCases)])
        for page in Self.asideCases + Self.moreAsideCases where page.hasPrefix("{") && page.hasSuffix("}") {
            FastReaderCorpus.expectSameImport([Self.pages("aside.json", Self.readCases.prefix(3) + [page])])
        }
    }
}
