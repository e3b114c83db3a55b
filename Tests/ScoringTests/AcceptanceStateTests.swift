import ReportModel
import Scoring
import TestSupport
import Testing

/// Acceptance states relative to the as-of date (2026-11-30) and their warnings.
@Suite struct AcceptanceStateTests {
    static let findings: [Finding] = [
        .control("IAM.6", .failed, account: "111122223333"),
        .control(
            "S3.9",
            .failed,
            account: "444455556666",
            resource: "arn:aws:s3:::logs",
            resourceType: "AwsS3Bucket",
            severity: .medium
        ),
        .issue(
            "inspector-1",
            product: "aws/inspector",
            productName: "Inspector",
            severity: .critical,
            cves: ["CVE-2024-6387"]
        ),
        .control("S3.1", .failed, account: "444455556666", workflow: .suppressed),
        .control("S3.2", .failed, account: "444455556666", workflow: .suppressed),
    ]

    func score(_ acceptances: [RiskAcceptance]) throws -> ScoredReport {
        let configuration = try DefaultConfiguration.make(
            acceptances: acceptances,
            environments: DefaultConfiguration.environments
        )
        return Scorer(configuration: configuration)
            .score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
    }

    @Test func eachStateOnTheAsOfDate() throws {
        let report = try score([
            DefaultConfiguration.acceptance("RA-active", AcceptanceMatch(controls: ["IAM.6"]), expires: "2027-03-31"),
            DefaultConfiguration.acceptance("RA-expiring", AcceptanceMatch(controls: ["S3.9"]), expires: "2026-12-15"),
            DefaultConfiguration.acceptance(
                "RA-expired",
                AcceptanceMatch(cves: ["cve-2024-6387"]),
                accepted: "2026-05-01",
                expires: "2026-10-31"
            ),
            DefaultConfiguration.acceptance("RA-stale", AcceptanceMatch(resources: ["arn:aws:s3:::gone-*"])),
            DefaultConfiguration.acceptance("RA-edge", AcceptanceMatch(controls: ["S3.1"]), expires: "2026-11-30"),
        ])
        let states = Dictionary(uniqueKeysWithValues: report.acceptances.map { ($0.acceptance.id, $0.status) })
        #expect(
            states == [
                "RA-active": .active, "RA-expiring": .expiring, "RA-expired": .expired, "RA-stale": .stale,
                "RA-edge": .expiring,
            ]
        )
        let expired = try #require(report.acceptances.first { $0.acceptance.id == "RA-expired" })
        #expect(expired.matched == 1)
        #expect(expired.daysToExpiry == -30)
        #expect(
            expired.warnings.map(\.english).contains(
                "expired on 2026-10-31: 1 finding counts as open again since 2026-11-01"
            )
        )

        let inspector = try #require(report.findings.first { $0.finding.id == "inspector-1" })
        #expect(inspector.bucket == .open)
        #expect(inspector.acceptanceId == nil)
        #expect(inspector.expiredAcceptanceId == "RA-expired")

        #expect(report.diagnostics.contains { $0.english.contains("RA-stale matches nothing") })
        #expect(report.diagnostics.contains { $0.english.contains("RA-expired expired on 2026-10-31") })
    }

    @Test func suppressionsWithAndWithoutARecordedDecision() throws {
        let report = try score([DefaultConfiguration.acceptance("RA-s3-1", AcceptanceMatch(controls: ["S3.1"]))])
        let suppressed = report.findings.filter { $0.bucket == .suppressed }
        #expect(suppressed.count == 2)
        #expect(suppressed.first { $0.finding.controlId == "S3.1" }?.acceptanceId == "RA-s3-1")
        #expect(suppressed.first { $0.finding.controlId == "S3.2" }?.acceptanceId == nil)
        #expect(report.acceptances.first?.status == .active)
    }

    @Test func warningsForLongTermsAndCriticalFindingsInProd() throws {
        let report = try score([
            DefaultConfiguration.acceptance(
                "RA-broad",
                AcceptanceMatch(severities: [.critical]),
                accepted: "2026-01-01",
                expires: "2027-06-30"
            )
        ])
        let warnings = try #require(report.acceptances.first).warnings
        #expect(warnings.map(\.english).contains("term of 545 days is longer than a year: review at least yearly"))
        #expect(warnings.map(\.english).contains("covers 1 CRITICAL finding in prod"))
    }

    @Test func anAcceptanceFromTheFutureIsNotInForce() throws {
        let report = try score([
            DefaultConfiguration.acceptance("RA-future", AcceptanceMatch(controls: ["IAM.6"]), accepted: "2026-12-01")
        ])
        #expect(report.findings.first { $0.finding.controlId == "IAM.6" }?.bucket == .open)
        #expect(report.acceptances.first?.warnings.first?.english.contains("not in force yet") == true)
    }

    @Test func conditionsMustAllHold() throws {
        let report = try score([
            DefaultConfiguration.acceptance(
                "RA-two",
                AcceptanceMatch(controls: ["S3.9"], environments: ["prod"])
            )
        ])
        #expect(report.acceptances.first?.status == .stale)
        let byName = try score([
            DefaultConfiguration.acceptance(
                "RA-name",
                AcceptanceMatch(controls: ["S3.9"], environments: ["shop-staging"], regions: ["eu-west-1"])
            )
        ])
        #expect(byName.acceptances.first?.matched == 1)
    }
}
