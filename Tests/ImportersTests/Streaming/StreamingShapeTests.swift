import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// Container shapes, gzip and the errors that abort an import.
@Suite struct StreamingShapeTests {
    static let finding =
        #"{"SchemaVersion":"2018-10-08","Id":"ID","ProductArn":"arn:aws:securityhub:us-east-1::product/aws/securityhub","GeneratorId":"security-control/S3.1","AwsAccountId":"111122223333","CreatedAt":"2024-01-01T00:00:00Z","UpdatedAt":"UPDATED","Title":"t","Description":"d","Resources":[{"Type":"AwsS3Bucket","Id":"arn:aws:s3:::b","Tags":{"z":"1","a":"2"}}],"Severity":{"Label":"HIGH"},"Compliance":{"Status":"FAILED","SecurityControlId":"S3.1"},"Workflow":{"Status":"NEW"},"RecordState":"ACTIVE"}"#

    static func record(_ id: String, updated: String = "2024-01-02T00:00:00Z") -> String {
        finding.replacingOccurrences(of: "\"ID\"", with: "\"\(id)\"").replacingOccurrences(of: "UPDATED", with: updated)
    }

    @discardableResult
    static func run(_ text: String, path: String = "x.json", options: ImportOptions = ImportOptions())
        throws(ImportError) -> ImportedData
    {
        try run(bytes: Array(text.utf8), path: path, options: options)
    }

    @discardableResult
    static func run(bytes: [UInt8], path: String = "x.json", options: ImportOptions = ImportOptions())
        throws(ImportError) -> ImportedData
    {
        try FindingImporter(options: options).importFindings(from: [InputSource(path: path, content: .bytes(bytes))])
    }

    static let shapes: [(String, String)] = [
        ("wrapper", "{\"Findings\":[\(record("a")),\(record("b"))]}"),
        ("lowercase wrapper", "{\"findings\":[\(record("a")),\(record("b"))]}"),
        ("bare array", "[\(record("a")),\(record("b"))]"),
        ("json lines", "\(record("a"))\n\(record("b"))\n"),
        ("firehose glued", "\(record("a"))\(record("b"))"),
        ("bom", "\u{FEFF}[\(record("a")), \(record("b"))]"),
        (
            "eventbridge glued",
            "{\"detail-type\":\"Security Hub Findings - Imported\",\"source\":\"aws.securityhub\",\"detail\":{\"findings\":[\(record("a"))]}}{\"detail-type\":\"Security Hub Findings - Imported\",\"source\":\"aws.securityhub\",\"detail\":{\"findings\":[\(record("b"))]}}"
        ),
        (
            "cloudwatch events",
            "{\"events\":[{\"logStreamName\":\"s\",\"message\":\(jsonString(record("a")))},{\"logStreamName\":\"s\",\"message\":\(jsonString(record("b")))}]}"
        ),
    ]

    @Test(arguments: shapes)
    func shapesYieldTwoFindings(_ name: String, _ text: String) throws {
        let data = try Self.run(text)
        #expect(data.findings.map(\.id) == ["a", "b"], "\(name)")
        #expect(data.records == 2)
        #expect(data.diagnostics.isEmpty, "\(data.diagnostics)")
        let finding = try #require(data.findings.first)
        #expect(finding.resources.first?.tags.map(\.key) == ["a", "z"])
        #expect(finding.controlId == "S3.1")
        #expect(finding.severity == .high)
    }

    static func jsonString(_ text: String) -> String {
        let data = (try? JSONEncoder().encode(text)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func gzipRoundTripThroughATemporaryFile() throws {
        let folder = try RepositoryPaths.temporaryFolder("gzip")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Array("{\"Findings\":[\(Self.record("a"))]}\n".utf8)
        let glued = Array("\(Self.record("b"))\(Self.record("c"))".utf8)
        let url = folder.appendingPathComponent("findings.json.gz")
        try Data(FixtureGzip.member(text) + FixtureGzip.member(glued)).write(to: url)
        let data = try FindingImporter().importFindings(from: [.file(url.path)])
        #expect(data.findings.map(\.id) == ["a", "b", "c"])
        #expect(data.inputs[0].records == 3)
    }

    @Test(.needsSharedFixtures) func concatenatedGzipFixture() throws {
        let bytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.fixture("waf/wafsa_test_waf_log.gz")))
        )
        let data = try Self.run(bytes: bytes + bytes, path: "waf.gz")
        #expect(data.inputs[0].records == 456)
        #expect(data.inputs[0].evidenceRecords == 228)
        #expect(data.duplicates == 228)
        #expect(data.inputs[0].format == .wafLog)
    }

    @Test func concatenatedGzipOwnFixture() throws {
        // Three gzip members already; twice over is six, as `cat a.gz b.gz` of two exports gives.
        let bytes = try [UInt8](Data(contentsOf: OwnFixtures.url("waf/waf-log-multi-member.jsonl.gz")))
        let data = try Self.run(bytes: bytes + bytes, path: "waf.gz")
        // The second copy of each log line is a duplicate (request id, time and client), counted as such.
        #expect(data.inputs[0].evidenceRecords == 11)
        #expect(data.duplicates == 11)
        #expect(data.inputs[0].format == .wafLog)
        #expect(data.diagnostics.isEmpty)
    }

    @Test func latestWinsAndATieIsDecidedByContentNotFileOrder() throws {
        let records = [
            Self.record("a", updated: "2024-03-01T00:00:00Z"), Self.record("a", updated: "2024-01-01T00:00:00Z"),
            Self.record("b", updated: "2024-01-01T00:00:00Z"),
            Self.record("b", updated: "2024-01-01T00:00:00Z").replacingOccurrences(
                of: "\"Title\":\"t\"",
                with: "\"Title\":\"later\""
            ),
        ]
        let data = try Self.run(records.joined(separator: "\n"))
        let reversed = try Self.run(records.reversed().joined(separator: "\n"))
        #expect(data.duplicates == 2)
        #expect(
            data.findings.map(\.updatedAt) == [
                Date(timeIntervalSince1970: 1_709_251_200), Date(timeIntervalSince1970: 1_704_067_200),
            ]
        )
        #expect(data.findings.map(\.title) == reversed.findings.map(\.title))
    }

    @Test(arguments: [false, true])
    func aTieGoesToTheWorseStatusWhateverTheOrder(reverse: Bool) throws {
        let passed = Self.record("a").replacingOccurrences(of: "\"FAILED\"", with: "\"PASSED\"")
        let failed = Self.record("a")
        let records = reverse ? [failed, passed] : [passed, failed]
        let data = try Self.run(records.joined(separator: "\n"))
        #expect(data.findings.map(\.compliance) == [.failed])
        #expect(data.duplicates == 1)
        let warning = try #require(data.diagnostics.first { $0.english.contains("share the identity") })
        #expect(warning.level == .warning)
        #expect(warning.english.contains("x.json:1:1") && warning.english.contains("x.json:2:1"))
        #expect(warning.english.contains("differ in status"))
    }

    @Test(arguments: ["{}", "[]", "{\"findings\": []}", "{\"Findings\":[],\"NextToken\":null}"])
    func emptyContainersImportWithANote(_ text: String) throws {
        let data = try Self.run(text)
        #expect(data.records == 0)
        #expect(data.diagnostics.map(\.worded).contains(EnglishDiagnostic(.note, file: "x.json", "no findings")))
    }

    /// A page token marks the export partial only when it says more pages follow: the last page
    /// may carry `null` or an empty token (seen from paginators that echo the field).
    @Test(arguments: [
        ("\"NextToken\":null", false), ("\"NextToken\":\"\"", false), ("\"nextToken\":null", false),
        ("\"NextToken\":\"eyJuZXh0IjoxfQ==\"", true), ("\"nextToken\":\"abc\"", true),
    ])
    func aPageTokenMarksTheExportPartialOnlyWhenMorePagesFollow(token: String, partial: Bool) throws {
        for page in ["{\"Findings\":[\(Self.record("a"))],\(token)}", "{\(token),\"Findings\":[\(Self.record("a"))]}"] {
            let data = try Self.run(page)
            #expect(data.records == 1)
            #expect(data.inputs.first?.partial == partial, "\(page)")
        }
    }

    @Test func unknownRecordsAreSkippedWithTheirKeys() throws {
        let data = try Self.run("[\(Self.record("a")), {\"foo\": 1, \"bar\": 2}]")
        #expect(
            data.skipped == [
                SkippedRecord(
                    origin: RecordOrigin(file: "x.json", record: 1),
                    reason: Message(.notAFindingKeys, ["keys": .list(["bar", "foo"])])
                )
            ]
        )
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(.warning, file: "x.json", location: "[1]", "not a finding: top-level keys bar, foo")
            ]
        )
        #expect(data.records == 2)
    }

    @Test func unknownEnumValuesWarn() throws {
        let text = Self.record("a").replacingOccurrences(of: "\"Status\":\"FAILED\"", with: "\"Status\":\"FOO\"")
        let data = try Self.run("{\"Findings\":[\(Self.record("z")),\(text)]}")
        #expect(data.findings.first?.compliance == .unrecognized)
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .warning,
                    file: "x.json",
                    location: "Findings[1].Compliance.Status",
                    "unknown compliance status \"FOO\""
                )
            ]
        )
    }

    @Test func enumValuesAreReadInAnyCase() throws {
        let text = Self.record("a")
            .replacingOccurrences(of: "\"Status\":\"FAILED\"", with: "\"Status\":\"Passed\"")
            .replacingOccurrences(of: "\"Status\":\"NEW\"", with: "\"Status\":\"suppressed\"")
            .replacingOccurrences(of: "\"RecordState\":\"ACTIVE\"", with: "\"RecordState\":\"Archived\"")
        let data = try Self.run("[\(text)]")
        #expect(data.findings.first?.compliance == .passed)
        #expect(data.findings.first?.workflow == .suppressed)
        #expect(data.findings.first?.recordState == .archived)
        #expect(data.diagnostics.isEmpty)
        // The neutral case's own name, in any case, is still unknown.
        for name in ["UNRECOGNIZED", "unrecognized"] {
            let unknown = Self.record("a").replacingOccurrences(
                of: "\"Status\":\"FAILED\"",
                with: "\"Status\":\"\(name)\""
            )
            let read = try Self.run("[\(unknown)]")
            #expect(read.findings.first?.compliance == .unrecognized)
            #expect(read.diagnostics.map(\.worded.text) == ["unknown compliance status \"\(name)\""])
        }
    }

    @Test func insightResultsAreSkipped() throws {
        let text =
            "[\(Self.record("a")),{\"detail-type\":\"Security Hub Insight Results\",\"source\":\"aws.securityhub\",\"detail\":{}}]"
        let data = try Self.run(text)
        #expect(data.skipped.map(\.reason.english) == ["security hub insight results are not findings"])
    }

    static let errors: [(String, String)] = [
        ("{\"Findings\":[{\"Id\":\"a", "x.json:1:22: truncated JSON: input ended inside a string"),
        ("[{\"a\":1}", "x.json:1:9: truncated JSON: input ended inside an array"),
        ("{\"a\":1,}", "x.json:1:8: invalid JSON: unexpected character '}'"),
        ("{\n  \"a\": tru\n}", "x.json:2:11: invalid JSON: invalid literal \"tru\" before here"),
        ("42", "x.json:1:1: wrong shape: top-level value is a number, expected an object or an array"),
        (
            "{\"foo\":1}",
            "x.json:1:1: wrong shape: no record is a finding or evidence of a known family "
                + "(first: not a finding: top-level keys foo)"
        ),
        ("", "x.json: empty input"),
        (" \n\t ", "x.json: empty input"),
    ]

    @Test(arguments: errors)
    func abortingErrors(_ text: String, _ expected: String) {
        #expect(englishImportError { try Self.run(text) } == expected)
    }

    @Test func errorMessageShape() {
        let error = ImportError.truncatedJSON(
            file: "findings.json",
            position: TextPosition(line: 1, column: 5321),
            reason: Message(.jsonEndedInside, ["kind": .message(Message(.typeString))])
        )
        #expect(
            error.text(in: English.phrasebook) == "findings.json:1:5321: truncated JSON: input ended inside a string"
        )
    }

    @Test func truncatedGzip() {
        let member = FixtureGzip.member(Array("[\(Self.record("a"))]".utf8))
        let cut = Array(member.prefix(member.count - 6))
        #expect(
            englishImportError { try Self.run(bytes: cut, path: "x.gz") }
                == "x.gz: byte \(cut.count): bad gzip: unexpected end of gzip data"
        )
    }

    @Test func damagedGzipHeader() {
        let bytes: [UInt8] = [0x1F, 0x8B, 0x07, 0, 0, 0, 0, 0, 0, 0xFF, 1, 2, 3]
        #expect(
            englishImportError { try Self.run(bytes: bytes, path: "x.gz") }
                == "x.gz: byte 4: bad gzip: unknown compression method"
        )
    }

    @Test func skipInvalidKeepsUnrecognisedRecordsAsSkipped() throws {
        let data = try Self.run("{\"foo\":1}", options: ImportOptions(skipInvalid: true))
        #expect(data.skipped.count == 1)
        #expect(data.records == 1)
    }

    @Test func skipInvalidSkipsBrokenFilesWithAWarning() throws {
        let data = try Self.run("[{", options: ImportOptions(skipInvalid: true))
        #expect(data.records == 0)
        #expect(
            data.diagnostics.map(\.worded) == [
                EnglishDiagnostic(
                    .warning,
                    file: "x.json",
                    "file skipped: x.json:1:3: truncated JSON: input ended inside an object"
                )
            ]
        )
    }
}
