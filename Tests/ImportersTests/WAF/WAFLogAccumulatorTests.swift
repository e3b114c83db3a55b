import Foundation
import Importers
import ReportModel
import Testing

@Suite("WAF logs")
struct WAFLogAccumulatorTests {
    private let shopACL =
        "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop-prod-alb/0ec3f893-f1c7-45ee-a67b-30ddc81ce2c7"

    private func accumulate(_ lines: [Data], file: String, into accumulator: inout WAFLogAccumulator) throws {
        for (index, line) in lines.enumerated() {
            let diagnostics = try accumulator.add(record: line, origin: RecordOrigin(file: file, record: index))
            #expect(diagnostics.isEmpty)
        }
    }

    @Test("the wafsa fixture log: 228 requests, all allowed", .needsSharedFixtures)
    func fixtureLog() throws {
        let lines = try FrontDoorFixtures.gzipLines(FrontDoorFixtures.shared("waf/wafsa_test_waf_log.gz"))
        #expect(lines.count == 228)
        var accumulator = WAFLogAccumulator()
        try accumulate(lines, file: "wafsa_test_waf_log.gz", into: &accumulator)
        let traffic = accumulator.finalize()
        #expect(traffic.count == 1)
        let acl = try #require(traffic.first)
        #expect(acl.webACLName == "AWSWAFSecurityAutomations-Prod")
        #expect(acl.source == .log)
        #expect(acl.records == 228)
        #expect(acl.requests == 228)
        #expect(acl.requestsByAction == ["ALLOW": 228])
        #expect(acl.blocked == 0)
        #expect(acl.blockedByRule.isEmpty)
        #expect(acl.countMatches == 0)
        #expect(acl.duplicates == 0)
        #expect(acl.topClientIPs.first == WAFTrafficCount(value: "72.21.196.66", count: 184))
        #expect(acl.topCountries.first == WAFTrafficCount(value: "US", count: 184))
        #expect(acl.examples.isEmpty)
        #expect(acl.files == ["wafsa_test_waf_log.gz"])
        #expect(acl.firstRequestAt == Date(timeIntervalSince1970: 1_682_374_606.245))
    }

    @Test("the sample log: 532 requests, 380 allowed, 152 blocked, 16 KnownBadInputs count matches")
    func sampleLog() throws {
        let lines = try FrontDoorFixtures.gzipLines(FrontDoorFixtures.sample("waf/waf-log.jsonl.gz"))
        var accumulator = WAFLogAccumulator()
        try accumulate(lines, file: "waf-log.jsonl.gz", into: &accumulator)
        let traffic = accumulator.finalize()
        #expect(traffic.map(\.webACL) == [shopACL])
        let acl = try #require(traffic.first)
        #expect(acl.requests == 532)
        #expect(acl.requestsByAction == ["ALLOW": 380, "BLOCK": 152])
        #expect(
            acl.blockedByWebACLRule == [
                "AWS-AWSManagedRulesSQLiRuleSet": 32,
                "AWS-AWSManagedRulesCommonRuleSet": 26,
                "AWS-AWSManagedRulesAmazonIpReputationList": 21,
                "shop-rate-limit": 64,
                "block-sqlmap-on-api": 9,
            ]
        )
        #expect(
            acl.blockedByRule == [
                "AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS": 23,
                "AWSManagedRulesSQLiRuleSet / SQLi_URIPATH": 9,
                "AWSManagedRulesCommonRuleSet / CrossSiteScripting_QUERYARGUMENTS": 18,
                "AWSManagedRulesCommonRuleSet / CrossSiteScripting_URIPATH": 8,
                "AWSManagedRulesAmazonIpReputationList / AWSManagedIPReputationList": 21,
                "shop-rate-limit": 64,
                "block-sqlmap-on-api": 9,
            ]
        )
        #expect(
            acl.blockedByCategory == [
                .sqlInjection: 32, .crossSiteScripting: 26, .ipReputation: 21, .rateLimit: 64, .other: 9,
            ]
        )
        #expect(acl.countMatches == 16)
        #expect(
            acl.countMatchesByRule == [
                "AWSManagedRulesKnownBadInputsRuleSet / ExploitablePaths_URIPATH": 8,
                "AWSManagedRulesKnownBadInputsRuleSet / Log4JRCE_HEADER": 8,
            ]
        )
        #expect(acl.countMatchesByCategory == [.badInputs: 16])
        #expect(acl.firstRequestAt == Date(timeIntervalSince1970: 1_793_493_082.59))
        #expect(acl.lastRequestAt == Date(timeIntervalSince1970: 1_796_083_190.313))
        #expect(acl.topClientIPs.first == WAFTrafficCount(value: "203.0.113.66", count: 88))
        #expect(acl.topURIs.count == 10)
        #expect(acl.examples.contains { $0.query == "q=<script>alert(1)</script>" })
        #expect(acl.examples.contains { $0.query == "sort=price&category=' OR 1=1--" })
        #expect(acl.examples.contains { $0.action == "COUNT" && $0.category == .badInputs })
    }

    @Test("overlapping exports count each request once; the order of records does not matter")
    func duplicatesAndOrder() throws {
        let lines = try FrontDoorFixtures.gzipLines(FrontDoorFixtures.sample("waf/waf-log.jsonl.gz"))
        var once = WAFLogAccumulator()
        try accumulate(lines, file: "a.log", into: &once)
        var twice = WAFLogAccumulator()
        try accumulate(lines.reversed(), file: "a.log", into: &twice)
        try accumulate(lines, file: "a.log", into: &twice)
        #expect(twice.records == 1064)
        #expect(twice.duplicates == 532)
        var expected = try #require(once.finalize().first)
        expected.duplicates = 532
        #expect(twice.finalize() == [expected])
    }

    @Test("raw attacker strings are kept as logged")
    func rawStrings() throws {
        let line = FrontDoorFixtures.json(
            #"""
            {"timestamp":1796083190313,"formatVersion":1,"webaclId":"acl","terminatingRuleId":"AWS-AWSManagedRulesSQLiRuleSet",
             "terminatingRuleType":"MANAGED_RULE_GROUP","action":"BLOCK",
             "terminatingRuleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"QUERY_STRING","matchedData":["'","OR","1=1--"]}],
             "ruleGroupList":[{"ruleGroupId":"AWS#AWSManagedRulesSQLiRuleSet",
               "terminatingRule":{"ruleId":"SQLi_QUERYARGUMENTS","action":"BLOCK"},"nonTerminatingMatchingRules":[],"excludedRules":null}],
             "httpRequest":{"clientIp":"198.51.100.7","country":"-","uri":"/search/<script>","args":"q=<script>alert(1)</script>&id=' OR 1=1--",
               "httpMethod":"GET","requestId":"null"}}
            """#
        )
        var accumulator = WAFLogAccumulator()
        #expect(try accumulator.add(record: line, origin: RecordOrigin(file: "x.log", record: 0)).isEmpty)
        let acl = try #require(accumulator.finalize().first)
        let example = try #require(acl.examples.first)
        #expect(example.target == "/search/<script>?q=<script>alert(1)</script>&id=' OR 1=1--")
        #expect(example.matchedData == ["'", "OR", "1=1--"])
        #expect(example.rule == "AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS")
        #expect(example.category == .sqlInjection)
        #expect(acl.topURIs == [WAFTrafficCount(value: "/search/<script>", count: 1)])
    }

    @Test("excluded rules and overridden terminating rules are count matches")
    func excludedRules() throws {
        let line = FrontDoorFixtures.json(
            #"""
            {"timestamp":1796083190313,"webaclId":"acl","terminatingRuleId":"Default_Action","terminatingRuleType":"REGULAR",
             "action":"ALLOW","ruleGroupList":[
               {"ruleGroupId":"AWS#AWSManagedRulesCommonRuleSet","terminatingRule":null,
                "excludedRules":[{"exclusionType":"EXCLUDED_AS_COUNT","ruleId":"SizeRestrictions_BODY"}]},
               {"ruleGroupId":"AWS#AWSManagedRulesBotControlRuleSet",
                "terminatingRule":{"ruleId":"CategoryHttpLibrary","action":"BLOCK","overriddenAction":"COUNT"}}],
             "httpRequest":{"clientIp":"192.0.2.9","country":"NL","uri":"/","args":"","httpMethod":"GET","requestId":"r1"}}
            """#
        )
        var accumulator = WAFLogAccumulator()
        try accumulator.add(record: line, origin: RecordOrigin(file: "x.log", record: 0))
        let acl = try #require(accumulator.finalize().first)
        #expect(acl.countMatches == 1)
        #expect(
            acl.countMatchesByRule == [
                "AWSManagedRulesCommonRuleSet / SizeRestrictions_BODY": 1,
                "AWSManagedRulesBotControlRuleSet / CategoryHttpLibrary": 1,
            ]
        )
        #expect(acl.countMatchesByCategory == [.other: 1, .bots: 1])
    }
}
