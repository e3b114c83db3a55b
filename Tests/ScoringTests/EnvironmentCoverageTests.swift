import ReportModel
import Scoring
import TestSupport
import Testing

/// Every account seen in the input has a row, whatever its findings; unmapped ones are warned about.
@Suite struct EnvironmentCoverageTests {
    @Test func accountsWithOnlyPassedOrSuppressedFindingsStay() throws {
        let findings: [Finding] = [
            .control("IAM.6", .failed, account: "111122223333"),
            .control("IAM.5", .passed, account: "444455556666"),
            .control("S3.1", .failed, account: "777788889999", workflow: .suppressed),
            .control("S3.8", .failed, account: "000011112222", recordState: .archived),
        ]
        let scorer = Scorer(
            configuration: try DefaultConfiguration.make(environments: DefaultConfiguration.environments)
        )
        let report = scorer.score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(
            Set(report.environments.map(\.accountId))
                == ["111122223333", "444455556666", "777788889999", "000011112222"]
        )
        let suppressedOnly = try #require(report.environments.first { $0.accountId == "777788889999" })
        #expect(suppressedOnly.controls == ControlCounts(noData: 1))
        #expect(!suppressedOnly.mapped)
        for account in ["777788889999", "000011112222"] {
            #expect(
                report.diagnostics.contains {
                    $0.level == .warning && $0.english == "account \(account) is not in the environments file"
                }
            )
        }
    }
}

/// Accounts named only by evidence (an ECR image's registry, a web ACL's ARN) have a row too.
@Suite struct EvidenceAccountTests {
    @Test func evidenceAccountsHaveARow() throws {
        let evidence = SampleFrontDoor.evidence()
        let expected = Set(evidence.images.map(\.registryId))
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(ImportedData(findings: [], inputs: [], frontDoor: evidence), asOf: DefaultConfiguration.asOf)
        #expect(!expected.isEmpty)
        #expect(expected.isSubset(of: Set(report.environments.map(\.accountId))))
        #expect(report.environments.allSatisfy { $0.controls.scored == 0 })
    }
}
