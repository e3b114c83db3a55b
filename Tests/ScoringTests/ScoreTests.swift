import ReportModel
import Scoring
import TestSupport
import Testing

/// The score held against a hand computation.
@Suite struct ScoreTests {
    /// Two accounts, seven controls:
    /// - IAM.6 fails in both accounts → failed
    /// - S3.8 fails in prod only (passes in staging) → failed overall, passed in staging
    /// - EC2.19 has an ARCHIVED failure and a pass → passed (archived findings are dropped)
    /// - S3.1 has only a SUPPRESSED failure → no data (left out of the score)
    /// - Config.1 WARNING → unknown; CloudTrail.1 NOT_AVAILABLE + PASSED → unknown
    /// - IAM.5 passes → passed
    /// Overall: passed 2 (EC2.19, IAM.5), failed 2, unknown 2, no data 1 → 2 / 6 = 33.3 %.
    static let findings: [Finding] = [
        .control("IAM.6", .failed, account: "111122223333"),
        .control("IAM.6", .failed, account: "444455556666"),
        .control(
            "S3.8",
            .failed,
            account: "111122223333",
            resource: "arn:aws:s3:::shop-prod-exports",
            resourceType: "AwsS3Bucket"
        ),
        .control(
            "S3.8",
            .passed,
            account: "444455556666",
            resource: "arn:aws:s3:::shop-staging-web",
            resourceType: "AwsS3Bucket"
        ),
        .control(
            "EC2.19",
            .failed,
            resource: "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1",
            resourceType: "AwsEc2SecurityGroup",
            recordState: .archived
        ),
        .control(
            "EC2.19",
            .passed,
            resource: "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-2",
            resourceType: "AwsEc2SecurityGroup"
        ),
        .control("S3.1", .failed, account: "444455556666", workflow: .suppressed),
        .control("Config.1", .warning),
        .control("CloudTrail.1", .notAvailable, account: "444455556666"),
        .control("CloudTrail.1", .passed),
        .control("IAM.5", .passed, account: "444455556666"),
    ]

    @Test func securityHubScoreMatchesHandComputation() throws {
        let scorer = Scorer(
            configuration: try DefaultConfiguration.make(environments: DefaultConfiguration.environments)
        )
        let report = scorer.score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)

        #expect(report.overall == ControlCounts(passed: 2, failed: 2, unknown: 2, noData: 1, accepted: 0))
        #expect(report.overall.securityHubScore?.percentOneDecimal == 33.3)
        #expect(report.overall.securityHubScore?.wholePercent == 33)
        #expect(report.overall.withAcceptancesScore == report.overall.securityHubScore)

        let state = Dictionary(uniqueKeysWithValues: report.controls.map { ($0.controlId, $0.state) })
        #expect(
            state == [
                "IAM.6": .failed, "S3.8": .failed, "EC2.19": .passed, "S3.1": .noData,
                "Config.1": .unknown, "CloudTrail.1": .unknown, "IAM.5": .passed,
            ]
        )
        let s3 = try #require(report.controls.first { $0.controlId == "S3.8" })
        #expect(s3.failingAccounts == ["111122223333"])
        #expect(s3.failingResources == ["arn:aws:s3:::shop-prod-exports"])
    }

    @Test func perAccountScoresApplyTheRuleWithinEachAccount() throws {
        let scorer = Scorer(
            configuration: try DefaultConfiguration.make(environments: DefaultConfiguration.environments)
        )
        let report = scorer.score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.environments.map(\.name) == ["shop-prod", "shop-staging"])
        // prod: IAM.6 F, S3.8 F, EC2.19 P, Config.1 U, CloudTrail.1 P → 2 / 5
        #expect(report.environments[0].controls == ControlCounts(passed: 2, failed: 2, unknown: 1))
        // staging: IAM.6 F, S3.8 P, S3.1 no data, CloudTrail.1 U, IAM.5 P → 2 / 4
        #expect(report.environments[1].controls == ControlCounts(passed: 2, failed: 1, unknown: 1, noData: 1))
        #expect(report.environments[1].controls.securityHubScore?.percent == 50)
    }

    @Test func perLayerScoresFollowTheControlCatalogue() throws {
        let scorer = Scorer(configuration: try DefaultConfiguration.make())
        let report = scorer.score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
        let layers = Dictionary(uniqueKeysWithValues: report.layers.map { ($0.layer, $0.controls) })
        // account: IAM.6 F, Config.1 U, CloudTrail.1 U, IAM.5 P
        #expect(layers[.layer(.account)] == ControlCounts(passed: 1, failed: 1, unknown: 2))
        #expect(layers[.layer(.network)] == ControlCounts(passed: 1))
        #expect(layers[.layer(.datastore)] == ControlCounts(failed: 1, noData: 1))
        #expect(layers[.layer(.webapp)] == ControlCounts())
        #expect(report.layers.map(\.layer) == LayerKey.all)
    }

    @Test func acceptancesRaiseOnlyTheSecondScore() throws {
        let ra = DefaultConfiguration.acceptance("RA-1", AcceptanceMatch(controls: ["iam.6"]))
        let scorer = Scorer(configuration: try DefaultConfiguration.make(acceptances: [ra]))
        let report = scorer.score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.overall == ControlCounts(passed: 2, failed: 1, unknown: 2, noData: 1, accepted: 1))
        #expect(report.overall.securityHubScore?.percentOneDecimal == 33.3)
        #expect(report.overall.withAcceptancesScore?.percent == 50)
        #expect(report.findings.count { $0.bucket == .accepted } == 2)
        #expect(report.acceptances.first?.status == .active)
        #expect(report.acceptances.first?.matched == 2)
        #expect(report.acceptances.first?.controls == ["IAM.6"])
    }

    @Test func acceptingOnlyOneOfTwoFailuresLeavesTheControlFailed() throws {
        let ra = DefaultConfiguration.acceptance(
            "RA-1",
            AcceptanceMatch(controls: ["IAM.6"], accounts: ["111122223333"])
        )
        let scorer = Scorer(configuration: try DefaultConfiguration.make(acceptances: [ra]))
        let report = scorer.score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.controls.first { $0.controlId == "IAM.6" }?.state == .failed)
        #expect(report.overall.accepted == 0)
    }

    @Test(arguments: [
        ([ComplianceStatus.passed, .passed], ControlState.passed),
        ([.passed, .failed], .failed),
        ([.passed, .warning], .unknown),
        ([.notAvailable], .unknown),
        ([.unrecognized, .passed], .unknown),
        ([.warning, .failed], .failed),
    ])
    func controlStatusRule(statuses: [ComplianceStatus], expected: ControlState) throws {
        let findings = statuses.enumerated().map { index, status in
            Finding.control(
                "IAM.5",
                status,
                resource: "arn:aws:iam::111122223333:user/u\(index)",
                resourceType: "AwsIamUser"
            )
        }
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.controls.map(\.state) == [expected])
    }

    @Test func noControlDataGivesNoScore() throws {
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(
                ImportedData(findings: [.issue("gd-1", severity: .high)], inputs: []),
                asOf: DefaultConfiguration.asOf
            )
        #expect(report.overall.securityHubScore == nil)
        #expect(report.overall.withAcceptancesScore == nil)
        #expect(report.layers.first { $0.layer == .layer(.network) }?.openFindings[.high] == 1)
    }
}
