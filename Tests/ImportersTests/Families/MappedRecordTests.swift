import Foundation
import ReportModel
import Testing

@testable import Importers

/// A record mapped ahead on a decoding thread (`FindingFamily.readAhead`) gives, read in its turn, the finding the
/// family maps from the record at the place it is read: its number, line and column, and its file.
struct MappedRecordTests {
    private static let record = Array(
        """
        {"SchemaVersion":"2018-10-08","Id":"arn:aws:securityhub:eu-west-1:123456789012:security-control/S3.1/finding/\
        7c3d9a5e-1b2f-4c6d-8e9f-0a1b2c3d4e5f","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub",\
        "GeneratorId":"security-control/S3.1","AwsAccountId":"123456789012","Region":"eu-west-1",\
        "CreatedAt":"2026-11-01T00:00:00Z","UpdatedAt":"2026-11-02T00:00:00Z","Severity":{"Label":"MEDIUM"},\
        "Title":"S3 general purpose buckets should have block public access settings enabled","Description":"d",\
        "Compliance":{"Status":"FAILED","SecurityControlId":"S3.1"},"Workflow":{"Status":"NEW"},\
        "RecordState":"ACTIVE","Resources":[{"Type":"AwsAccount","Id":"AWS::::Account:123456789012",\
        "Tags":{"team":"<b>ops</b>"}}]}
        """.utf8
    )

    @Test(arguments: [
        ("nov.json", 0, TextPosition(line: 1, column: 1)),
        ("nov.json", 41, TextPosition(line: 1, column: 1)),
        ("dec.json", 7, TextPosition(line: 12, column: 3)),
    ])
    func readInItsTurnGivesTheFindingMappedThere(file: String, number: Int, position: TextPosition) throws {
        let decoded = try #require(ASFFFastReader.finding(Self.record))
        let mapped = try #require(
            ASFFFamily.readAhead(decoded, file: "nov.json", position: TextPosition(line: 1, column: 1))
        )
        let context = RecordContext(file: file, record: number, position: position, bytes: Self.record)
        var carried = CrossFileState()
        let yield = try mapped.read(at: context, carried: &carried)
        var report = FieldReport()
        let expected = try #require(ASFFImporter.finding(from: decoded, origin: context.findingOrigin, report: &report))
        #expect(yield.findings == [expected])
        #expect(
            yield.findings.first?.origin
                == RecordOrigin(
                    file: file,
                    record: number,
                    line: position.line,
                    column: position.column
                )
        )
        #expect(yield.fieldDiagnostics == report.diagnostics)
    }
}
