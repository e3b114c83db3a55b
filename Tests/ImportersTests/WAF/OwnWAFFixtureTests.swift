import Foundation
import Importers
import ReportModel
import Testing

/// The twin of the shared WAF log test, and the get-web-acl and get-sampled-requests shapes,
/// over the project's own files.
@Suite("WAF own fixtures")
struct OwnWAFFixtureTests {
    @Test("the multi-member gzip log: 11 requests, 3 blocked, 1 count-mode match")
    func multiMemberLog() throws {
        let lines = try FrontDoorFixtures.gzipLines(OwnFixtures.url("waf/waf-log-multi-member.jsonl.gz"))
        #expect(lines.count == 11)
        var accumulator = WAFLogAccumulator()
        for (index, line) in lines.enumerated() {
            let origin = RecordOrigin(file: "waf-log-multi-member.jsonl.gz", record: index)
            #expect(try accumulator.add(record: line, origin: origin).isEmpty)
        }
        let traffic = accumulator.finalize()
        #expect(traffic.count == 1)
        let acl = try #require(traffic.first)
        #expect(acl.webACLName == "shop-prod-alb")
        #expect(acl.source == .log)
        #expect(acl.records == 11)
        #expect(acl.requests == 11)
        #expect(acl.requestsByAction == ["ALLOW": 8, "BLOCK": 3])
        #expect(acl.blocked == 3)
        #expect(
            acl.blockedByRule == [
                "AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS": 1,
                "AWSManagedRulesCommonRuleSet / CrossSiteScripting_QUERYARGUMENTS": 1,
                "shop-rate-limit": 1,
            ]
        )
        #expect(acl.blockedByCategory == [.sqlInjection: 1, .crossSiteScripting: 1, .rateLimit: 1])
        #expect(acl.countMatches == 1)
        #expect(acl.countMatchesByRule == ["AWSManagedRulesKnownBadInputsRuleSet / ExploitablePaths_URIPATH": 1])
        #expect(acl.duplicates == 0)
        #expect(acl.topClientIPs.first == WAFTrafficCount(value: "198.51.100.23", count: 4))
        #expect(acl.topCountries.first == WAFTrafficCount(value: "DE", count: 4))
        #expect(acl.examples.contains { $0.query == "q=' OR 1=1--" && $0.matchedData == ["'", "OR", "1=1--"] })
        #expect(acl.files == ["waf-log-multi-member.jsonl.gz"])
        #expect(acl.firstRequestAt == Date(timeIntervalSince1970: 1_795_939_200))
        #expect(acl.lastRequestAt == Date(timeIntervalSince1970: 1_795_939_980))
    }

    @Test("get-web-acl: known bad inputs in Count mode, no IP reputation list, the rest enforcing")
    func webACL() throws {
        let result = try WebACLImporter().importWebACL(
            from: FrontDoorFixtures.data(OwnFixtures.url("waf/get-web-acl.json")),
            origin: RecordOrigin(file: "get-web-acl.json", record: 0)
        )
        #expect(result.diagnostics.isEmpty)
        let acl = result.webACL
        #expect(acl.name == "shop-prod-alb")
        #expect(acl.scope == "REGIONAL")
        #expect(acl.accountId == "111122223333")
        #expect(acl.defaultAction == "Allow")
        #expect(acl.capacity == 1127)
        #expect(acl.rules.map(\.enforcing) == [true, true, false, true])
        #expect(acl.check("waf.managed.known-bad-inputs")?.passed == false)
        #expect(acl.check("waf.managed.ip-reputation")?.passed == false)
        for id in ["waf.managed.common", "waf.managed.sqli", "waf.rate-based", "waf.default-action"] {
            #expect(acl.check(id)?.passed == true, "\(id)")
        }
    }

    @Test("get-sampled-requests: 4 samples standing for 7 requests")
    func sampledRequests() throws {
        let result = try SampledRequestsImporter().importSampledRequests(
            from: FrontDoorFixtures.data(OwnFixtures.url("waf/get-sampled-requests.json")),
            origin: RecordOrigin(file: "get-sampled-requests.json", record: 0)
        )
        #expect(result.diagnostics.isEmpty)
        let traffic = result.traffic
        #expect(traffic.source == .sampled)
        #expect(traffic.records == 4)
        #expect(traffic.requests == 7)
        #expect(traffic.populationSize == 412)
        #expect(traffic.requestsByAction == ["ALLOW": 5, "BLOCK": 1, "COUNT": 1])
        #expect(traffic.blockedByRule == ["AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS": 1])
        #expect(traffic.countMatchesByRule == ["AWSManagedRulesKnownBadInputsRuleSet / ExploitablePaths_URIPATH": 1])
    }
}
