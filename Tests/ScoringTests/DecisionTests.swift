import ReportModel
import Scoring
import TestSupport
import Testing

/// Decisions the command line used to make itself: the `--fail-on` gate and the review window of `check`.
@Suite struct DecisionTests {
    static let findings: [Finding] = [
        .issue("critical-open", product: "aws/guardduty", productName: "GuardDuty", severity: .critical),
        .issue("high-open", product: "aws/guardduty", productName: "GuardDuty", severity: .high),
        .issue("critical-accepted", product: "aws/inspector", productName: "Inspector", severity: .critical),
        .issue("medium-open", product: "aws/guardduty", productName: "GuardDuty", severity: .medium),
    ]

    @Test func theGateCountsOpenFindingsAtOrAboveTheThresholdAndNeverAcceptedOnes() throws {
        let configuration = try DefaultConfiguration.make(
            acceptances: [
                DefaultConfiguration.acceptance("RA-1", AcceptanceMatch(findingIds: ["critical-accepted"]))
            ]
        )
        let report = Scorer(configuration: configuration)
            .score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.gateFailures(atLeast: .critical).map(\.finding.id) == ["critical-open"])
        #expect(Set(report.gateFailures(atLeast: .high).map(\.finding.id)) == ["critical-open", "high-open"])
        #expect(report.gateFailures(atLeast: .low).count == 3)
    }

    @Test func theReviewWindowComesFromTheConfiguration() throws {
        var configuration = try DefaultConfiguration.make()
        let acceptance = DefaultConfiguration.acceptance("RA-1", AcceptanceMatch(controls: ["IAM.6"]))
        func result(_ status: AcceptanceStatus, days: Int) -> AcceptanceResult {
            AcceptanceResult(
                acceptance: acceptance,
                status: status,
                matched: status == .stale ? 0 : 1,
                daysToExpiry: days
            )
        }
        #expect(configuration.isDueForReview(result(.expiring, days: 10)))
        #expect(configuration.isDueForReview(result(.stale, days: 30)))
        #expect(!configuration.isDueForReview(result(.stale, days: 31)))
        #expect(!configuration.isDueForReview(result(.active, days: 45)))
        #expect(!configuration.isDueForReview(result(.expired, days: -3)))
        configuration.expiringWithinDays = 60
        #expect(configuration.isDueForReview(result(.stale, days: 45)))
    }

    @Test func layerRulesThatPlacedNoFindingAreListedInFileOrder() throws {
        let rules = [
            LayerRule(condition: .product("GuardDuty"), layer: .account, why: "used", source: "layers.yml:1"),
            LayerRule(
                condition: .resource("arn:aws:s3:::gone-*"),
                layer: .datastore,
                why: "gone",
                source: "layers.yml:2"
            ),
            LayerRule(condition: .control("NoSuch.1"), layer: .network, why: "typo", source: "layers.yml:3"),
        ]
        let configuration = try DefaultConfiguration.make(userRules: rules)
        let report = Scorer(configuration: configuration)
            .score(ImportedData(findings: Self.findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(configuration.layerRulesPlacingNothing(in: report).map(\.source) == ["layers.yml:2", "layers.yml:3"])
    }
}
