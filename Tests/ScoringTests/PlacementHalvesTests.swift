import ReportModel
import TestSupport
import Testing

@testable import Scoring

/// A large month's findings are placed in two halves on two threads; what placing makes must be exactly what
/// one pass in order makes: each finding's layer, rule, environment, bucket and acceptance, the acceptances'
/// matches in finding order, and the rules' usage.
@Suite struct PlacementHalvesTests {
    /// Findings over two mapped accounts and an unmapped one, failing, passing, suppressed and resolved, on
    /// controls a user rule, the control table, the resource types and the products place, some of one control
    /// on both sides of the middle in different layers.
    static func findings(count: Int) -> [Finding] {
        let controls = ["IAM.6", "S3.8", "EC2.19", "Lambda.1", "RDS.3", "WAF.10"]
        let accounts = ["111122223333", "444455556666", "999988887777"]
        let statuses: [ComplianceStatus] = [.failed, .failed, .passed, .warning]
        return (0..<count).map { index in
            var finding = Finding.control(
                controls[index % controls.count],
                statuses[index / 3 % statuses.count],
                account: accounts[index / 5 % accounts.count],
                resource: index % 4 == 0 ? "arn:aws:s3:::shop-prod-web-\(index % 9)" : "arn:aws:s3:::bucket-\(index)",
                resourceType: index % 2 == 0 ? "AwsS3Bucket" : "AwsLambdaFunction",
                workflow: index % 11 == 0 ? .suppressed : index % 13 == 0 ? .resolved : .new,
                firstObserved: index % 7 == 0 ? "2026-02-01" : "2026-10-01"
            )
            if index % 17 == 0 {
                finding.controlId = nil
                finding.compliance = nil
                finding.productName = index % 34 == 0 ? "GuardDuty" : "Inspector"
            }
            return finding
        }
    }

    @Test(arguments: [2, 3, 101, 2_000])
    func theHalvesPlaceAsOnePassDoes(count: Int) throws {
        let rule = LayerRule(
            condition: .resource("arn:aws:s3:::shop-prod-web-*"),
            layer: .webapp,
            why: "serves the storefront",
            source: "layers.yml:2"
        )
        let acceptances = [
            DefaultConfiguration.acceptance("RA-iam", AcceptanceMatch(controls: ["IAM.6"])),
            DefaultConfiguration.acceptance("RA-web", AcceptanceMatch(resources: ["arn:aws:s3:::shop-prod-web-*"])),
            DefaultConfiguration.acceptance(
                "RA-old",
                AcceptanceMatch(controls: ["S3.8"]),
                accepted: "2025-01-01",
                expires: "2026-06-30"
            ),
        ]
        let scorer = Scorer(
            configuration: try DefaultConfiguration.make(
                userRules: [rule],
                acceptances: acceptances,
                environments: DefaultConfiguration.environments
            )
        )
        let findings = Self.findings(count: count)
        let onePass = scorer.placeFindings(findings, asOf: DefaultConfiguration.asOf, inHalvesFrom: .max)
        let halves = scorer.placeFindings(findings, asOf: DefaultConfiguration.asOf, inHalvesFrom: 2)
        #expect(halves.findings == onePass.findings)
        #expect(halves.matches == onePass.matches)
        #expect(halves.ruleUsage == onePass.ruleUsage)
        // The mix reaches every part of placing.
        if count >= 101 {
            #expect(Set(onePass.matches.keys) == ["RA-iam", "RA-web", "RA-old"])
            #expect(Set(onePass.findings.map(\.bucket)).isSuperset(of: [.open, .accepted, .passed, .suppressed]))
            #expect(onePass.findings.contains { $0.expiredAcceptanceId == "RA-old" })
            #expect(Set(onePass.findings.map(\.environment)) == ["prod", "staging", "unmapped"])
            #expect(onePass.ruleUsage.count >= 4)
        }
    }
}
