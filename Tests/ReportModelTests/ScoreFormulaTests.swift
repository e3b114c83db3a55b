import ReportModel
import Testing

/// The two headline formulas (DESIGN.md): Security Hub score = passed ÷ (passed + failed + unknown), with an
/// accepted control counted as failed; score with acceptances = (passed + accepted) ÷ the same denominator.
@Suite struct ScoreFormulaTests {
    @Test func bothScoresShareTheDenominatorAndNoDataIsLeftOut() throws {
        let counts = ControlCounts(passed: 8, failed: 1, unknown: 1, noData: 5, accepted: 2)
        #expect(counts.scored == 12)
        let aws = try #require(counts.securityHubScore)
        #expect((aws.numerator, aws.denominator) == (8, 12))
        let accepted = try #require(counts.withAcceptancesScore)
        #expect((accepted.numerator, accepted.denominator) == (10, 12))
        #expect(aws.wholePercent == 67)
        #expect(aws.percentOneDecimal == 66.7)
        #expect(accepted.percentOneDecimal == 83.3)
    }

    @Test func noScoredControlsMeansNoScoreNotZero() {
        #expect(ControlCounts(noData: 4).securityHubScore == nil)
        #expect(ControlCounts().withAcceptancesScore == nil)
        #expect(ControlCounts(failed: 3).securityHubScore?.wholePercent == 0)
    }

    @Test(arguments: [(1, 8, 13), (1, 3, 33), (2, 3, 67), (1, 200, 1), (1, 201, 0), (199, 200, 100), (4, 5, 80)])
    func wholePercentRoundsHalfUpWithoutFloatingPoint(numerator: Int, denominator: Int, expected: Int) throws {
        #expect(try #require(Score(numerator: numerator, denominator: denominator)).wholePercent == expected)
    }

    @Test func countingStatesAddsOneEach() {
        var counts = ControlCounts()
        for state in [ControlState.passed, .passed, .failed, .unknown, .noData, .accepted] { counts.add(state) }
        #expect(counts == ControlCounts(passed: 2, failed: 1, unknown: 1, noData: 1, accepted: 1))
    }

    @Test(arguments: [
        (
            "standards/aws-foundational-security-best-practices/v/1.0.0",
            "AWS Foundational Security Best Practices v1.0.0"
        ),
        ("ruleset/cis-aws-foundations-benchmark/v/1.2.0", "CIS AWS Foundations Benchmark v1.2.0"),
        ("standards/cis-aws-foundations-benchmark/v/3.0.0", "CIS AWS Foundations Benchmark v3.0.0"),
        ("standards/pci-dss/v/3.2.1", "PCI DSS v3.2.1"),
        ("standards/nist-800-53/v/5.0.0", "NIST SP 800-53 Rev. 5"),
        ("standards/acme-internal/v/2.0", "acme-internal v2.0"),
        ("not-a-standard", "not-a-standard"),
    ])
    func standardNamesAsTheConsoleShowsThem(id: String, name: String) {
        #expect(SecurityHubStandard.name(of: id) == name)
    }

    @Test func standardsIdOfAStandardSpecificControl() {
        #expect(
            SecurityHubStandard.standardsId(segment: "cis-aws-foundations-benchmark", version: "1.2.0")
                == "ruleset/cis-aws-foundations-benchmark/v/1.2.0"
        )
        #expect(
            SecurityHubStandard.standardsId(segment: "cis-aws-foundations-benchmark", version: "1.4.0")
                == "standards/cis-aws-foundations-benchmark/v/1.4.0"
        )
    }
}
