import ReportModel
import Scoring
import TestSupport
import Testing

/// Which rule places a finding in which layer.
@Suite struct LayerRuleTests {
    @Test(arguments: [
        (Finding.control("IAM.6", .failed), LayerKey.layer(.account), "control IAM.6 (default)"),
        (Finding.control("EC2.7", .failed), .layer(.datastore), "control EC2.7 (default)"),
        (
            Finding.control("ELB.5", .failed, resourceType: "AwsElbv2LoadBalancer"), .layer(.webapp),
            "control ELB.5 (default)"
        ),
        (
            Finding.issue("gd", severity: .high, resourceType: "AwsIamAccessKey"), .layer(.account),
            "resource type AwsIamAccessKey (default)"
        ),
        (
            Finding.issue("gd", severity: .high, resourceType: "Other"), .layer(.account),
            "product aws/guardduty (default)"
        ),
        (
            Finding.issue(
                "i",
                product: "aws/inspector",
                productName: "Inspector",
                severity: .high,
                resourceType: "AwsEcrContainerImage"
            ), .layer(.webapp), "resource type AwsEcrContainerImage (default)"
        ),
        (
            Finding.issue("x", product: "acme/scanner", productName: "Acme", severity: .low, resourceType: "Other"),
            .unclassified, "no rule matched"
        ),
    ])
    func defaultPlacement(finding: Finding, layer: LayerKey, rule: String) throws {
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(ImportedData(findings: [finding], inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.findings.first?.layer == layer)
        #expect(report.findings.first?.placedBy.english == rule)
    }

    /// Two user rules: the shop's production buckets in the account layer, Acme's scanner in the network layer.
    private static func shopRules() throws -> [LayerRule] {
        try LayerFile.parse(
            """
            rules:
              - {resource: "arn:aws:s3:::shop-prod-*", layer: account, why: the audit bucket}
              - {product: acme/scanner, layer: network, why: Acme scans hosts}
            """,
            file: "layers.yml"
        )
    }

    /// `placement(_:)` names each rule by a number of its own, and the number leads back to the rule that gave the
    /// layer: scoring counts findings per rule by that number.
    @Test func placementNumbersNameTheirRules() throws {
        let userRules = try Self.shopRules()
        let rules = try DefaultConfiguration.make(userRules: userRules).rules
        let findings: [Finding] = [
            .control("S3.8", .failed, resource: "arn:aws:s3:::shop-prod-exports", resourceType: "AwsS3Bucket"),
            .issue("x", product: "acme/scanner", productName: "Acme", severity: .low, resourceType: "Other"),
            .control("IAM.6", .failed), .control("iam.6", .passed), .control("EC2.7", .failed),
            .issue("gd", severity: .high, resourceType: "AwsIamAccessKey"),
            .issue("gd2", severity: .high, resourceType: "Other"),
            .issue("y", product: "acme/other", productName: "Other", severity: .low, resourceType: "Other"),
        ]
        var ruleOfNumber: [Int: LayerRule] = [:]
        for finding in findings {
            let placed = rules.placement(finding)
            guard let number = placed.rule else {
                #expect(placed.layer == .unclassified, "no rule: unclassified")
                continue
            }
            #expect((0..<rules.numberedRules).contains(number))
            let rule = rules.rule(numbered: number)
            #expect(placed.layer == .layer(rule.layer), "the layer is the numbered rule's")
            ruleOfNumber[number] = rule
        }
        // Two user rules, three defaults by control (IAM.6 in either case is one rule), type and product.
        #expect(ruleOfNumber.count == 6)
        #expect(Set(ruleOfNumber.values).count == 6, "one rule, one number")
        #expect(ruleOfNumber[0] == userRules[0] && ruleOfNumber[1] == userRules[1], "the user's rules by position")
    }

    @Test func userRulesComeFirst() throws {
        let rules = try Self.shopRules()
        let findings: [Finding] = [
            .control("S3.8", .failed, resource: "arn:aws:s3:::shop-prod-exports", resourceType: "AwsS3Bucket"),
            .issue("x", product: "acme/scanner", productName: "Acme", severity: .low, resourceType: "Other"),
        ]
        let report = Scorer(configuration: try DefaultConfiguration.make(userRules: rules))
            .score(ImportedData(findings: findings, inputs: []), asOf: DefaultConfiguration.asOf)
        #expect(report.findings.map(\.layer) == [.layer(.account), .layer(.network)])
        #expect(
            report.findings.map(\.placedBy.english) == [
                "resource arn:aws:s3:::shop-prod-* (layers.yml:2)", "product acme/scanner (layers.yml:3)",
            ]
        )
        #expect(report.layerRules.map(\.source).contains("layers.yml:2"))
    }

    @Test func unclassifiedFindingsAreShownNotDropped() throws {
        let finding = Finding.issue(
            "x",
            product: "acme/scanner",
            productName: "Acme",
            severity: .high,
            resourceType: "Other"
        )
        let report = Scorer(configuration: try DefaultConfiguration.make())
            .score(ImportedData(findings: [finding], inputs: []), asOf: DefaultConfiguration.asOf)
        let unclassified = try #require(report.layers.last)
        #expect(unclassified.layer == .unclassified)
        #expect(unclassified.openFindings[.high] == 1)
        #expect(
            report.diagnostics.contains {
                $0.english == "1 finding of Acme / Other matched no layer rule: shown as unclassified"
            }
        )
    }
}
