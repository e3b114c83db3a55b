import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

/// The timestamp table (docs/formats.md §4), checked through a one-finding Inspector2 record.
@Suite struct TimestampParserTests {
    static func updatedAt(_ json: String) throws -> (Date?, [Diagnostic]) {
        let text =
            #"{"findingArn":"arn:aws:inspector2:eu-west-1:1:finding/x","type":"PACKAGE_VULNERABILITY","awsAccountId":"1","severity":"LOW","updatedAt":"#
            + json + "}"
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: "t.json", content: .bytes(Array(text.utf8)))
        ])
        return (data.findings.first?.updatedAt, data.diagnostics)
    }

    static let base = 1_718_330_633.0  // 2024-06-14T02:03:53Z

    static let acceptedCases: [(String, Double)] = [
        ("1718330633", base),
        ("1718330633.5", base + 0.5),
        ("1718330633051", base + 0.051),
        ("\"1718330633\"", base),
        ("\"2024-06-14T02:03:53Z\"", base),
        ("\"2024-06-14T02:03:53.051Z\"", base + 0.051),
        ("\"2024-06-14T02:03:53.123456789Z\"", base + 0.123456789),
        ("\"2024-06-14T04:03:53.051000+02:00\"", base + 0.051),
        ("\"2024-06-14 04:03:53.051000+02:00\"", base + 0.051),
        ("\"2024-06-13T21:03:53.94787-05:00\"", base + 0.94787),
        ("\"2024-06-14T04:03:53+0200\"", base),
        ("\"2024-06-14T04:03:53+02\"", base),
        ("\"2024-06-14T02:03:53\"", base),
        ("\"2024-06-14T02:03:53.913874\"", base + 0.913874),
        ("\"2024-06-14T02:03:53+00:00\"", base),
    ]

    @Test(arguments: acceptedCases)
    func accepted(_ json: String, _ expected: Double) throws {
        let (date, diagnostics) = try Self.updatedAt(json)
        let value = try #require(date)
        #expect(abs(value.timeIntervalSince1970 - expected) < 0.000_001, "\(json)")
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("1718330633051000", "epoch time 1718330633051000 is too large (microseconds?)"),
        ("\"yesterday\"", "unparseable timestamp \"yesterday\""),
        ("\"2024-06-14T02:03:53.1234567890Z\"", "unparseable timestamp \"2024-06-14T02:03:53.1234567890Z\""),
        ("\"2024-13-14T02:03:53Z\"", "unparseable timestamp \"2024-13-14T02:03:53Z\""),
    ])
    func rejected(_ json: String, _ message: String) throws {
        let (_, diagnostics) = try Self.updatedAt(json)
        #expect(
            diagnostics.map(\.worded) == [EnglishDiagnostic(.warning, file: "t.json", location: "updatedAt", message)]
        )
    }
}
