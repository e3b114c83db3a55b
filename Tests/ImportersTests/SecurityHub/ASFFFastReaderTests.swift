import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The ASFF fast path gives exactly what `JSONDecoder` gives, or steps aside.
@Suite struct ASFFFastReaderTests {
    /// Cuts records out of a text as the importer does.
    private func records(_ text: [UInt8]) throws -> [[UInt8]] {
        var splitter = JSONValueSplitter(file: "t.json")
        var result: [[UInt8]] = []
        let collect: (SplitEvent) throws(ImportError) -> Void = { event in
            if case .record(let raw) = event { result.append(raw.bytes) }
        }
        try splitter.feed(text, emit: collect)
        try splitter.finish(emit: collect)
        return result
    }

    /// Checks one record: when the fast path answers, the general path must agree on the mapped
    /// finding and its diagnostics. Returns whether the fast path answered.
    @discardableResult
    private func check(_ bytes: [UInt8]) throws -> Bool {
        guard let fast = ASFFFastReader.finding(bytes) else { return false }
        let decoded = try JSONDecoder().decode(ClassifiedRecord.self, from: Data(bytes))
        guard case .asff(let slow) = decoded.kind else {
            Issue.record("fast path answered for a record the general path reads as \(decoded.kind)")
            return true
        }
        let origin = RecordOrigin(file: "t.json", record: 0)
        var fastReport = FieldReport()
        var slowReport = FieldReport()
        let fastFinding = ASFFImporter.finding(from: fast, origin: origin, report: &fastReport)
        let slowFinding = ASFFImporter.finding(from: slow, origin: origin, report: &slowReport)
        #expect(fastFinding == slowFinding, "\(String(decoding: bytes.prefix(200), as: UTF8.self))")
        #expect(fastReport.diagnostics == slowReport.diagnostics)
        return true
    }

    @Test("every finding of the November sample takes the fast path and maps identically")
    func samples() throws {
        let text = try Data(contentsOf: RepositoryPaths.file("samples/2026-11/securityhub/findings.json"))
        let all = try records([UInt8](text))
        #expect(all.count > 200)
        var fast = 0
        for record in all where try check(record) { fast += 1 }
        #expect(fast == all.count)
    }

    @Test(
        "real-world ASFF fixtures: where the fast path answers it agrees",
        .enabled(if: RepositoryPaths.sharedAvailable, Comment(rawValue: RepositoryPaths.sharedAbsentReason))
    )
    func sharedFixtures() throws {
        let folder = RepositoryPaths.sharedFixtures.appendingPathComponent("asff")
        var answered = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let text = try Data(contentsOf: folder.appendingPathComponent(name))
            guard let all = try? records([UInt8](text)) else { continue }
            for record in all where try check(record) { answered += 1 }
        }
        #expect(answered > 0)
    }

    private static let base =
        #""SchemaVersion":"2018-10-08","Id":"id-1","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub","GeneratorId":"security-control/S3.1","AwsAccountId":"111122223333","CreatedAt":"2026-11-01T00:00:00Z","UpdatedAt":"2026-11-02T00:00:00.5Z","Title":"t","Description":"d","Resources":[{"Type":"AwsS3Bucket","Id":"arn:aws:s3:::b","Tags":{"k":"v"},"Details":{"AwsS3Bucket":{"a":[1,2.5,-3,true,false,null,{"x":"y"}]}}}]"#

    /// Records the fast path reads itself (they must agree with JSONDecoder).
    @Test(arguments: [
        #"{\#(base),"Severity":{"Label":"HIGH","Normalized":70,"Original":"8"},"Compliance":{"Status":"FAILED","SecurityControlId":"S3.1","AssociatedStandards":[{"StandardsId":"standards/x"},{}]}}"#,
        #"{\#(base),"ProductName":"a\"b\\c\/d\n\t\u00e9\u0041\u0000","Severity":{"Normalized":-12.25}}"#,
        #"{\#(base),"Note":null,"Sample":true,"Workflow":{"Status":"NEW"},"RecordState":"ARCHIVED","Vulnerabilities":[{"Id":"CVE-1"},{"Other":1}]}"#,
        #"{\#(base),"Note":{"Text":"n","UpdatedBy":"me","UpdatedAt":"2026-11-03T00:00:00Z"},"ProductFields":{"ControlId":"S3.9"},"Types":["a","b"]}"#,
        #"{\#(base),"Severity":{"Label":"nonsense"},"Remediation":{"Recommendation":{"Text":"fix","Url":"https://x"}},"Sample":false}"#,
        #"{\#(base),"Severity":null,"Compliance":null,"Types":null,"ProductFields":null}"#,
        "{\n  \(base),\n  \"Severity\" : { \"Label\" : \"LOW\" }\n}",
        "{\(base),\"ProductName\":\"café ☕ 日本\",\"Extra\":\"naïve\"}",
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
        #"{\#(base),"AwsAccountId":1}"#.replacingOccurrences(of: #""AwsAccountId":"111122223333","#, with: ""),
        #"{\#(base),"Sample":"yes"}"#,
        #"{\#(base),"detail-type":"x","source":"y"}"#,  // an EventBridge envelope
        #"{"SchemaVersion":"2018-10-08","Id":"x"}"#,  // not ASFF by the classifier's rules
        #"{\#(base),"Extra":"bad \x escape"}"#,
        #"{\#(base),"Resources":[null]}"#,
        #"{\#(base),"Resources":{"Id":"x"}}"#,
        #"{\#(base),"Tit\u006ce":"escaped key"}"#,
        "[1,2]",
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
