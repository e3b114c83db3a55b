import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The ASFF fast path gives exactly what `JSONDecoder` gives (the whole decoded `ASFFFinding`, the
/// mapped `Finding` and its diagnostics), or steps aside.
@Suite struct ASFFFastReaderTests {
    /// Checks one record: when the fast path answers, the general path must read the same
    /// `ASFFFinding` and map it to the same finding with the same diagnostics. Returns whether the
    /// fast path answered.
    @discardableResult
    private func check(_ bytes: [UInt8], _ label: String = "") throws -> Bool {
        guard let fast = ASFFFastReader.finding(bytes) else { return false }
        FastReaderCorpus.expectAgreement(fast, bytes, ASFFFamily.self, label: label, same: ==)
        return true
    }

    @Test("a member's key finds its modelled member by its bytes, and only its exact name does")
    func membersByKeyBytes() {
        func named(_ name: String) -> ASFFFinding.CodingKeys? {
            Array(name.utf8).withUnsafeBufferPointer { ASFFFinding.CodingKeys.named($0) }
        }
        for key in ASFFFinding.CodingKeys.allCases {
            #expect(named(key.rawValue) == key, "\(key.rawValue)")
            // A name one byte short, one byte long, or differing in case is another member.
            #expect(named(String(key.rawValue.dropLast())) != key)
            #expect(named(key.rawValue + "s") == nil || named(key.rawValue + "s") != key)
            #expect(named(key.rawValue.lowercased()) == nil)
        }
        for other in ["", "Details", "detail-type", "source", "SchemaVersionX", String(repeating: "Id", count: 200)] {
            #expect(named(other) == nil, "\(other)")
        }
    }

    @Test("every ASFF finding of the samples takes the fast path and reads identically")
    func samples() throws {
        var asff = 0
        var fast = 0
        for path in FastReaderCorpus.inputFiles(under: "samples") {
            for record in FastReaderCorpus.records(.file(path)) ?? [] {
                if try check(record, path) { fast += 1 }
                if FastReaderCorpus.format(record) == .asff { asff += 1 }
            }
        }
        #expect(asff > 200)
        #expect(fast == asff)
    }

    @Test("the project's fixtures (importers, goldens, hostile corpus): where the fast path answers it agrees")
    func projectFixtures() throws {
        var answered = 0
        for (path, record) in FastReaderCorpus.projectFixtureRecords() where try check(record, path) { answered += 1 }
        #expect(answered > 20)
    }

    @Test(
        "the benchmark generator's findings all take the fast path and read identically",
        .enabled(if: FastReaderCorpus.generatorAvailable)
    )
    func generatorOutput() throws {
        let all = try FastReaderCorpus.generated("asff", count: 400)
        #expect(all.count == 400)
        var fast = 0
        for record in all where try check(record, "generator") { fast += 1 }
        #expect(fast == all.count)
    }

    @Test("real-world ASFF fixtures: where the fast path answers it agrees")
    func sharedFixtures() throws {
        guard RepositoryPaths.sharedAvailable else { return }
        var answered = 0
        for (name, record) in try FastReaderCorpus.sharedFixtureRecords("asff") where try check(record, name) {
            answered += 1
        }
        #expect(answered > 0)
    }

    private static let base =
        #""SchemaVersion":"2018-10-08","Id":"id-1","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub","GeneratorId":"security-control/S3.1","AwsAccountId":"111122223333","CreatedAt":"2026-11-01T00:00:00Z","UpdatedAt":"2026-11-02T00:00:00.5Z","Title":"t","Description":"d","Resources":[{"Type":"AwsS3Bucket","Id":"arn:aws:s3:::b","Tags":{"k":"v"},"Details":{"AwsS3Bucket":{"a":[1,2.5,-3,true,false,null,{"x":"y"}]}}}]"#

    /// `base` with the resource's tags (an object's members) replaced.
    private static func tagged(_ members: String) -> String {
        "{" + base.replacingOccurrences(of: #""Tags":{"k":"v"}"#, with: #""Tags":{"# + members + "}") + "}"
    }

    private static let image =
        #""Resources":[{"Type":"AwsEcrContainerImage","Id":"arn:aws:ecr:eu-west-1:111122223333:repository/shop/sha256:abc"}]"#

    /// Records the fast path reads itself (they must agree with JSONDecoder).
    @Test(arguments: [
        #"{\#(base),"Severity":{"Label":"HIGH","Normalized":70,"Original":"8"},"Compliance":{"Status":"FAILED","SecurityControlId":"S3.1","AssociatedStandards":[{"StandardsId":"standards/x"},{}]}}"#,
        #"{\#(base),"Compliance":{"Status":"PASSED","RelatedRequirements":["PCI DSS v3.2.1/3.4","","NIST.800-53.r5 SC-13"],"AssociatedStandards":[{"StandardsId":"b"},{"StandardsId":"a"},{"StandardsId":"a"},{"StandardsId":null}]}}"#,
        #"{\#(base),"Compliance":{"Status":"FAILED"},"ProductFields":{"StandardsControlArn":"arn:aws:securityhub:eu-west-1:111122223333:control/cis-aws-foundations-benchmark/v/1.2.0/1.4"}}"#,
        #"{\#(base),"ProductName":"a\"b\\c\/d\n\t\u00e9\u0041\u0000","Severity":{"Normalized":-12.25}}"#,
        #"{\#(base),"Note":null,"Sample":true,"Workflow":{"Status":"NEW"},"RecordState":"ARCHIVED","Vulnerabilities":[{"Id":"CVE-1"},{"Other":1}]}"#,
        #"{\#(base),"Note":{"Text":"n","UpdatedBy":"me","UpdatedAt":"2026-11-03T00:00:00Z"},"ProductFields":{"ControlId":"S3.9"},"Types":["a","b"]}"#,
        #"{\#(base),"Severity":{"Label":"nonsense"},"Remediation":{"Recommendation":{"Text":"fix","Url":"https://x"}},"Sample":false}"#,
        #"{\#(base),"Severity":null,"Compliance":null,"Types":null,"ProductFields":null}"#,
        #"{\#(base),"RecordState":"WEIRD","Workflow":{"Status":"?"}}"#.replacingOccurrences(
            of: "2026-11-01T00:00:00Z",
            with: "not a date"
        ).replacingOccurrences(of: "2026-11-02T00:00:00.5Z", with: "2026-13-40T99:00:00Z"),
        #"{"SchemaVersion":"2018-10-08","Id":"arn:aws:inspector2:eu-west-1:111122223333:finding/f1","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/inspector","\#(image.dropFirst()),"Vulnerabilities":[{"Id":"CVE-2026-1","VulnerablePackages":[{"Name":"openssl","Version":"3"}]}]}"#,
        #"{"SchemaVersion":"2018-10-08","Id":"i-2","GeneratorId":"g",\#(image),"Vulnerabilities":[{"Id":"CVE-2026-2","VulnerablePackages":[{"name":"zlib"},{"Name":null,"name":"x"},{}]}]}"#,
        #"{"SchemaVersion":"2018-10-08","Id":"i-3","GeneratorId":"g",\#(image),"Vulnerabilities":[{"Id":"CVE-2026-3","VulnerablePackages":null},{"Id":"CVE-2026-4","VulnerablePackages":[]}]}"#,
        "{\n  \(base),\n  \"Severity\" : { \"Label\" : \"LOW\" }\n}",
        "{\(base),\"ProductName\":\"café ☕ 日本\",\"Extra\":\"naïve\"}",
        #"{"SchemaVersion":"2018-10-08","GeneratorId":"g"}"#,
        #"{"SchemaVersion":"2018-10-08","Id":"","ProductArn":"p"}"#,
        // ProductFields: the members read are kept, the others only checked (escapes, repeats, non-ASCII).
        #"{\#(base),"ProductFields":{"a":"1","RuleId":"r-1","a":"2","bé":"x","c":"q\"\\\n\u0041","ControlId":"C.1","d":"日本","StandardsControlArn":"arn:aws:securityhub:::control/x/v/1/C.1","aws/securityhub/ProductName":"Security Hub","aws/securityhub/CompanyName":"AWS"}}"#,
        #"{\#(base),"ProductFields":{}}"#,
        #"{\#(base),"ProductFields":{"ControlIdX":"no","XControlId":"no","controlid":"no","RuleI":"no"}}"#,
        // Tags: kept as a list sorted by key, then value, whatever the record's order; a key beyond ASCII is read
        // as the dictionary reads it.
        tagged(#""z":"1","a":"2","m":"","B":"x""#),
        tagged("\"é\":\"1\",\"a\":\"x\",\"日本\":\"2\""),
        tagged(#""K":"upper","k":"lower""#),
        tagged(""),
        // Timestamps: parsed in place when ISO 8601, else read as text (padded, numeric, escaped, unparseable).
        "{\(base)}".replacingOccurrences(of: "2026-11-01T00:00:00Z", with: " 2026-11-01T00:00:00Z  "),
        "{\(base)}".replacingOccurrences(of: "2026-11-01T00:00:00Z", with: "1700000000.5"),
        "{\(base)}".replacingOccurrences(of: "2026-11-01T00:00:00Z", with: #"2026-11-01T00:00:00\u005a"#),
        "{\(base)}".replacingOccurrences(of: "2026-11-01T00:00:00Z", with: "2026-11-01T25:00:00Z"),
        #"{\#(base),"FirstObservedAt":"2026-10-30 08:00:00+02","LastObservedAt":null,"Note":{"Text":"n","UpdatedAt":"x"}}"#,
    ])
    func readsAndAgrees(_ json: String) throws {
        #expect(try check(Array(json.utf8)))
    }

    /// Records where the fast path steps aside (the general path decides, with its diagnostics).
    @Test(arguments: [
        #"{\#(base),"Title":"caf\u00e9 \ud83d\ude00"}"#,  // surrogates
        #"{\#(base),"Severity":"HIGH"}"#,  // wrong type
        #"{\#(base),"Types":[null]}"#,  // null in an array
        #"{\#(base),"Id":"again"}"#,  // a repeated key
        #"{\#(base),"Severity":{"Normalized":"40"}}"#,  // a number as a string
        #"{\#(base),"Severity":{"Normalized":1e2}}"#,  // an exponent
        #"{\#(base),"ProductFields":{"n":5}}"#,  // a non-string map value
        #"{\#(base),"ProductFields":{"n":{"x":"y"}}}"#,  // an object where a string is read
        #"{\#(base),"ProductFields":{"n":"\ud83d\ude00"}}"#,  // surrogates in a member not kept
        #"{\#(base),"ProductFields":{"ControlId":"a","ControlId":"b"}}"#,  // a member kept, twice
        #"{\#(base),"ProductFields":{"ControlId":null}}"#,
        #"{\#(base),"AwsAccountId":1}"#.replacingOccurrences(of: #""AwsAccountId":"111122223333","#, with: ""),
        #"{\#(base),"Sample":"yes"}"#,
        #"{\#(base),"detail-type":"x","source":"y"}"#,  // an EventBridge envelope
        #"{"SchemaVersion":"2018-10-08","Id":"x"}"#,  // not ASFF by the classifier's rules
        #"{\#(base),"Extra":"bad \x escape"}"#,
        #"{\#(base),"Resources":[null]}"#,
        #"{\#(base),"Resources":{"Id":"x"}}"#,
        #"{\#(base),"Tit\u006ce":"escaped key"}"#,
        #"{\#(base),"Compliance":{"RelatedRequirements":[1]}}"#,  // a number read leniently as a string
        #"{\#(base),"Compliance":{"RelatedRequirements":"PCI"}}"#,
        #"{\#(base),"Compliance":{"Status":"FAILED","Status":"PASSED"}}"#,
        #"{\#(base),"Vulnerabilities":[{"Id":"CVE-1","VulnerablePackages":{"Name":"x"}}]}"#,
        #"{\#(base),"Vulnerabilities":[{"Id":"CVE-1","VulnerablePackages":["x"]}]}"#,
        #"{\#(base),"Vulnerabilities":[{"Id":"CVE-1","VulnerablePackages":[{"Name":7}]}]}"#,
        #"{\#(base),"CreatedAt":1700000000}"#.replacingOccurrences(
            of: #""CreatedAt":"2026-11-01T00:00:00Z","#,
            with: ""
        ),
        "[1,2]",
        tagged(#""a":"1","b":"2","a":"3""#),  // a tag key twice
        tagged("\"\u{212A}\":\"kelvin\",\"K\":\"k\""),  // KELVIN SIGN and K: one key as strings compare
        tagged("\"é\":\"1\",\"e\u{0301}\":\"2\""),  // é written two ways: one key as strings compare
        tagged(#""a":1"#),  // a number, which the decoder reads leniently as a string
    ])
    func stepsAside(_ json: String) throws {
        #expect(ASFFFastReader.finding(Array(json.utf8)) == nil)
    }

    @Test("bytes that are not UTF-8 make the fast path step aside")
    func invalidUTF8() {
        var bytes = Array("{\(Self.base),\"ProductName\":\"caf".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        #expect(ASFFFastReader.finding(bytes) == nil)
    }

    @Test("a key repeated inside a skipped member: the fast path agrees with JSONDecoder or steps aside")
    func repeatedKeyInsideDetails() throws {
        let json = #"{\#(Self.base),"Details":{"a":1,"a":2}}"#
        try check(Array(json.utf8))
    }
}
