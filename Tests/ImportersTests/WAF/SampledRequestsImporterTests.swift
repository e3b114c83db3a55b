import Foundation
import Importers
import ReportModel
import Testing

@Suite("WAF get-sampled-requests")
struct SampledRequestsImporterTests {
    @Test("the sample response: 40 samples standing for 67 requests, weighted by action")
    func sampleResponse() throws {
        let url = FrontDoorFixtures.sample("waf/sampled-requests.json")
        let acl =
            "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop-prod-alb/0ec3f893-f1c7-45ee-a67b-30ddc81ce2c7"
        let result = try SampledRequestsImporter().importSampledRequests(
            from: FrontDoorFixtures.data(url),
            origin: RecordOrigin(file: "sampled-requests.json", record: 0),
            webACL: acl,
            ruleMetricName: "shop-prod-alb"
        )
        #expect(result.diagnostics.isEmpty)
        let traffic = result.traffic
        #expect(traffic.source == .sampled)
        #expect(traffic.webACLName == "shop-prod-alb")
        #expect(traffic.records == 40)
        #expect(traffic.requests == 67)
        #expect(traffic.populationSize == 1873)
        #expect(traffic.requestsByAction == ["ALLOW": 59, "COUNT": 4, "BLOCK": 4])
        #expect(
            traffic.blockedByRule == [
                "AWSManagedRulesCommonRuleSet / CrossSiteScripting_QUERYARGUMENTS": 2,
                "AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS": 1,
                "AWSManagedRulesAmazonIpReputationList / AWSManagedIPReputationList": 1,
            ]
        )
        #expect(traffic.blockedByCategory == [.crossSiteScripting: 2, .sqlInjection: 1, .ipReputation: 1])
        #expect(traffic.countMatches == 4)
        #expect(traffic.countMatchesByRule == ["AWSManagedRulesKnownBadInputsRuleSet / ExploitablePaths_URIPATH": 4])
        #expect(traffic.countMatchesByCategory == [.badInputs: 4])
        #expect(traffic.windowStart == Date(timeIntervalSince1970: 1_795_942_800))
        #expect(traffic.windowEnd == Date(timeIntervalSince1970: 1_795_953_600))
        #expect(traffic.firstRequestAt.map { $0 >= Date(timeIntervalSince1970: 1_795_942_800) } == true)
        #expect(traffic.topURIs.count <= 10)
        #expect(traffic.topURIs.map(\.count).reduce(0, +) <= 67)
        #expect(traffic.examples.contains { $0.action == "BLOCK" && $0.category == .sqlInjection })
    }

    @Test("weights multiply; a missing weight counts once with a warning")
    func weights() throws {
        let data = FrontDoorFixtures.json(
            #"""
            {"SampledRequests":[
              {"Request":{"ClientIP":"192.0.2.1","Country":"NL","URI":"/a","Method":"GET"},"Weight":3,
               "Timestamp":1795942986.5,"Action":"BLOCK","RuleNameWithinRuleGroup":"AWS#AWSManagedRulesSQLiRuleSet#SQLi_BODY"},
              {"Request":{"ClientIP":"192.0.2.2","Country":"DE","URI":"/b","Method":"POST"},"Timestamp":"2026-11-29T08:00:00Z",
               "Action":"ALLOW"}],
             "PopulationSize":10,"TimeWindow":{"StartTime":1795942800,"EndTime":1795953600}}
            """#
        )
        let result = try SampledRequestsImporter()
            .importSampledRequests(from: data, origin: RecordOrigin(file: "s.json", record: 0))
        #expect(result.traffic.requests == 4)
        #expect(result.traffic.records == 2)
        #expect(result.traffic.requestsByAction == ["BLOCK": 3, "ALLOW": 1])
        #expect(result.traffic.blockedByWebACLRule == ["AWSManagedRulesSQLiRuleSet": 3])
        #expect(
            result.traffic.topClientIPs == [
                WAFTrafficCount(value: "192.0.2.1", count: 3), WAFTrafficCount(value: "192.0.2.2", count: 1),
            ]
        )
        #expect(result.diagnostics.map(\.location) == ["record 0: SampledRequests[1].Weight"])
    }
}
