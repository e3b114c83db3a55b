import ReportModel
import Scoring
import TestSupport
import Testing

/// Acceptance states and counts that must agree everywhere.
@Suite struct AcceptanceCountTests {
    func score(_ findings: [Finding], _ acceptances: [RiskAcceptance]) throws -> ScoredReport {
        let configuration = try DefaultConfiguration.make(
            acceptances: acceptances,
            environments: DefaultConfiguration.environments
        )
        return Scorer(configuration: configuration)
            .score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
    }

    @Test func anEntryAcceptedAfterTheReportDateIsNotYetInForce() throws {
        let report = try score(
            [.control("IAM.6", .failed)],
            [DefaultConfiguration.acceptance("RA-future", AcceptanceMatch(controls: ["IAM.6"]), accepted: "2026-12-15")]
        )
        #expect(report.acceptances.map(\.status) == [.notYetInForce])
        #expect(report.controls.map(\.state) == [.failed])
        #expect(report.findings.map(\.bucket) == [.open])
        #expect(report.diagnostics.contains { $0.english.contains("RA-future") && $0.english.contains("not in force") })
    }

    @Test func acceptedFailuresBesideAWarningStayUnknown() throws {
        let report = try score(
            [
                .control("CloudTrail.1", .failed, resource: "trail-a"),
                .control("CloudTrail.1", .warning, resource: "trail-b"),
            ],
            [DefaultConfiguration.acceptance("RA-1", AcceptanceMatch(controls: ["CloudTrail.1"]))]
        )
        #expect(report.controls.map(\.state) == [.unknown])
        #expect(report.overall == ControlCounts(unknown: 1))
    }

    @Test func aCatchAllEntryIsWarnedAbout() throws {
        // Twelve failing findings: the whole-product entry covers them all (more than a quarter, and ten or more).
        let findings: [Finding] =
            [.control("IAM.6", .failed)]
            + (1...11).map { .control("S3.8", .failed, resource: "arn:aws:s3:::b\($0)", resourceType: "AwsS3Bucket") }
        let report = try score(
            findings,
            [
                DefaultConfiguration.acceptance("RA-all", AcceptanceMatch(products: ["Security Hub"])),
                DefaultConfiguration.acceptance(
                    "RA-narrow",
                    AcceptanceMatch(controls: ["S3.8"], severities: [.high])
                ),
            ]
        )
        let all = try #require(report.acceptances.first { $0.acceptance.id == "RA-all" })
        #expect(all.warnings.contains { $0.english.contains("more than a quarter") })
        #expect(all.warnings.contains { $0.english.contains("every severity") })
        let narrow = try #require(report.acceptances.first { $0.acceptance.id == "RA-narrow" })
        #expect(!narrow.warnings.contains { $0.english.contains("every severity") })
    }

    @Test func aSmallAccountsOneControlDecisionIsNotACatchAll() throws {
        // IAM.6 in three accounts is 3 of 5 failing findings: over a quarter, but under the floor of ten.
        let findings: [Finding] = [
            .control("IAM.6", .failed, account: "111122223333"),
            .control("IAM.6", .failed, account: "444455556666"),
            .control("IAM.6", .failed, account: "777788889999"),
            .control("S3.8", .failed, resource: "arn:aws:s3:::a", resourceType: "AwsS3Bucket"),
            .control("S3.9", .failed, resource: "arn:aws:s3:::a", resourceType: "AwsS3Bucket"),
        ]
        let report = try score(
            findings,
            [DefaultConfiguration.acceptance("RA-1", AcceptanceMatch(controls: ["IAM.6"]))]
        )
        #expect(report.acceptances.first?.warnings.contains { $0.english.contains("more than a quarter") } == false)
    }

    @Test func aFindingMatchedTwiceIsAcceptedOnce() throws {
        let findings: [Finding] = [
            .control("IAM.6", .failed),
            .control("S3.1", .failed, account: "444455556666", workflow: .suppressed),
        ]
        let report = try score(
            findings,
            [
                DefaultConfiguration.acceptance("RA-1", AcceptanceMatch(controls: ["IAM.6", "S3.1"])),
                DefaultConfiguration.acceptance("RA-2", AcceptanceMatch(controls: ["IAM.6"])),
            ]
        )
        #expect(report.acceptances.map(\.matched).reduce(0, +) == 3)
        #expect(report.reconciliation.buckets[.accepted] == 1)
        #expect(report.layers.map(\.acceptedFindings).reduce(0, +) == 1)
        #expect(report.environments.map(\.acceptedFindings).reduce(0, +) == 1)
    }

    @Test func anExpiredAcceptanceIsNamedOnItsControl() throws {
        let report = try score(
            [.control("IAM.6", .failed)],
            [
                DefaultConfiguration.acceptance(
                    "RA-old",
                    AcceptanceMatch(controls: ["IAM.6"]),
                    accepted: "2026-01-01",
                    expires: "2026-10-31"
                )
            ]
        )
        #expect(report.controls.first?.expiredAcceptanceIds == ["RA-old"])
        #expect(report.controls.first?.acceptanceIds == [])
    }
}
