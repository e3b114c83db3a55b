import Foundation
import Importers
import PropertyBased
import ReportModel
import Scoring
import Testing

/// Random Security Hub exports (mixed statuses, duplicates with ties in random order, suppressed
/// and archived findings, several accounts): the score does not depend on record order or on how
/// the records are split into files, the reconciliation adds up, and the Security Hub score equals
/// a plain re-implementation of AWS's rules.
@Suite struct ScorePropertyTests {
    /// One generated record, decoded from a number so the generator stays a plain integer array.
    struct Record {
        static let controls = ["IAM.6", "S3.8", "EC2.19", "CloudTrail.1", "Config.1"]
        static let accounts = ["111122223333", "444455556666", "777788889999"]
        static let statuses = ["PASSED", "FAILED", "WARNING", "NOT_AVAILABLE"]

        var finding: Int
        var status: String
        var day: Int
        var suppressed: Bool
        var archived: Bool

        init(_ code: Int) {
            finding = code % 9
            status = Self.statuses[(code / 9) % 4]
            day = 1 + (code / 36) % 3
            suppressed = (code / 108) % 5 == 0
            archived = (code / 540) % 6 == 0
        }

        var control: String { Self.controls[finding % Self.controls.count] }
        var account: String { Self.accounts[finding % Self.accounts.count] }

        var json: String {
            let id = "arn:aws:securityhub:eu-west-1:\(account):security-control/\(control)/finding/f\(finding)"
            return """
                {"SchemaVersion":"2018-10-08","Id":"\(id)",\
                "ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub",\
                "GeneratorId":"security-control/\(control)","AwsAccountId":"\(account)",\
                "CreatedAt":"2026-10-01T00:00:00Z","UpdatedAt":"2026-11-0\(day)T00:00:00Z",\
                "Title":"\(control)","Description":"d",\
                "Resources":[{"Type":"AwsAccount","Id":"r\(finding)"}],"Severity":{"Label":"HIGH"},\
                "Compliance":{"Status":"\(status)","SecurityControlId":"\(control)"},\
                "Workflow":{"Status":"\(suppressed ? "SUPPRESSED" : "NEW")"},\
                "RecordState":"\(archived ? "ARCHIVED" : "ACTIVE")"}
                """
        }
    }

    static func scorer() throws -> Scorer {
        Scorer(
            configuration: ScoringConfiguration(
                rules: try LayerRuleSet(
                    catalogue: ControlCatalogue(entries: []),
                    resourceTypes: ("resource_type,layer,why\nAwsAccount,account,test\n", "types.csv"),
                    products: ("product,layer,why\n", "products.csv")
                ),
                catalogue: ControlCatalogue(entries: [])
            )
        )
    }

    /// Imports the records as files (even files as a `Findings` page, odd ones as JSON Lines) and scores them.
    static func score(_ files: [[Record]]) throws -> ScoredReport {
        let sources = files.enumerated().map { index, records in
            let lines = records.map(\.json)
            let text =
                index.isMultiple(of: 2)
                ? "{\"Findings\":[\n" + lines.joined(separator: ",\n") + "\n]}" : lines.joined(separator: "\n")
            return InputSource(path: "export-\(index).json", content: .bytes(Array(text.utf8)))
        }
        let data = try FindingImporter().importFindings(from: sources)
        return try scorer().score(data, asOf: ReportDate(year: 2026, month: 11, day: 30))
    }

    /// A permutation from a seed (a small linear congruential generator: reproducible, no clock).
    static func shuffled<T>(_ items: [T], seed: Int) -> [T] {
        var state = UInt64(truncatingIfNeeded: seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var result = items
        guard result.count > 1 else { return result }
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let other = Int((state >> 33) % UInt64(index + 1))
            result.swapAt(index, other)
        }
        return result
    }

    /// AWS's rules, written out plainly: the latest copy of each finding (ties: FAILED over
    /// WARNING/NOT_AVAILABLE over PASSED); per control, drop ARCHIVED and SUPPRESSED; any FAILED →
    /// failed; else any WARNING/NOT_AVAILABLE → unknown; else passed; nothing left → no data.
    static func expected(_ records: [Record]) -> ControlCounts {
        func rank(_ record: Record) -> [Int] {
            let status = ["PASSED": 1, "NOT_AVAILABLE": 4, "WARNING": 5, "FAILED": 6][record.status] ?? 0
            return [record.day, status, record.archived ? 0 : 1, record.suppressed ? 0 : 3]
        }
        var latest: [Int: Record] = [:]
        for record in records {
            if let current = latest[record.finding], !current.lexicographicallyLower(than: record, rank) { continue }
            latest[record.finding] = record
        }
        var counts = ControlCounts()
        for control in Set(latest.values.map(\.control)) {
            let remaining = latest.values.filter { $0.control == control && !$0.archived && !$0.suppressed }
            if remaining.isEmpty {
                counts.noData += 1
            } else if remaining.contains(where: { $0.status == "FAILED" }) {
                counts.failed += 1
            } else if remaining.contains(where: { $0.status != "PASSED" }) {
                counts.unknown += 1
            } else {
                counts.passed += 1
            }
        }
        return counts
    }

    @Test func scoreIsIndependentOfOrderAndSplitAndMatchesAWSRules() async {
        await propertyCheck(
            count: 60,
            input: Gen<Int>.int(in: 0...9_999).array(of: 1...40),
            Gen<Int>.int(in: 0...1_000_000),
            Gen<Int>.int(in: 1...4)
        ) { codes, seed, parts in
            let records = codes.map(Record.init)
            let whole = try Self.score([records])
            let mixed = Self.shuffled(records, seed: seed)
            let size = max(1, (mixed.count + parts - 1) / parts)
            let files = stride(from: 0, to: mixed.count, by: size).map {
                Array(mixed[$0..<min($0 + size, mixed.count)])
            }
            let split = try Self.score(files)

            #expect(whole.overall == Self.expected(records))
            #expect(split.overall == whole.overall)
            #expect(split.controls.map(\.controlId) == whole.controls.map(\.controlId))
            #expect(split.controls.map(\.state) == whole.controls.map(\.state))
            #expect(split.findings.map(\.finding.compliance) == whole.findings.map(\.finding.compliance))
            for report in [whole, split] {
                #expect(report.reconciliation.records == records.count)
                #expect(report.reconciliation.balances)
                #expect(report.reconciliation.duplicates == records.count - Set(records.map(\.finding)).count)
            }
            if let score = whole.overall.securityHubScore {
                let plain = Self.expected(records)
                #expect(score.numerator == plain.passed)
                #expect(score.denominator == plain.passed + plain.failed + plain.unknown)
            }
        }
    }
}

extension ScorePropertyTests.Record {
    /// Whether this copy loses to `other` under the given ranking.
    func lexicographicallyLower(than other: Self, _ rank: (Self) -> [Int]) -> Bool {
        rank(self).lexicographicallyPrecedes(rank(other))
    }
}
