import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

@Suite("WAF get-web-acl")
struct WebACLImporterTests {
    private func importSample() throws -> WebACLImport {
        let url = FrontDoorFixtures.sample("waf/web-acl.json")
        return try WebACLImporter().importWebACL(
            from: FrontDoorFixtures.data(url),
            origin: RecordOrigin(file: "web-acl.json", record: 0)
        )
    }

    @Test("the sample web ACL: KnownBadInputs in Count mode, the other managed sets enforcing, a rate rule")
    func sampleWebACL() throws {
        let result = try importSample()
        #expect(result.diagnostics.isEmpty)
        let acl = result.webACL
        #expect(acl.name == "shop-prod-alb")
        #expect(acl.id == "0ec3f893-f1c7-45ee-a67b-30ddc81ce2c7")
        #expect(acl.scope == "REGIONAL")
        #expect(acl.region == "eu-west-1")
        #expect(acl.accountId == "111122223333")
        #expect(acl.defaultAction == "Allow")
        #expect(acl.capacity == 1027)
        #expect(acl.rules.map(\.priority) == [0, 1, 2, 3, 4, 5])
        #expect(acl.rules.map(\.enforcing) == [true, true, true, false, true, true])

        let knownBad = try #require(acl.check("waf.managed.known-bad-inputs"))
        #expect(!knownBad.passed)
        #expect(
            knownBad.reason.english
                == "AWSManagedRulesKnownBadInputsRuleSet is in Count mode: matches are counted, not blocked "
                + "(rule AWS-AWSManagedRulesKnownBadInputsRuleSet, priority 3)"
        )
        for id in [
            "waf.managed.common", "waf.managed.sqli", "waf.managed.ip-reputation", "waf.rate-based",
            "waf.default-action",
        ] {
            #expect(acl.check(id)?.passed == true, "\(id)")
        }
        #expect(
            acl.check("waf.managed.common")?.reason.english
                == "AWSManagedRulesCommonRuleSet enforces its rules (rule AWS-AWSManagedRulesCommonRuleSet, priority 2); "
                + "1 rule overridden to Count: SizeRestrictions_BODY"
        )
        #expect(
            acl.check("waf.rate-based")?.reason.english
                == "shop-rate-limit applies Block above 2000 requests per 300 s per IP (rule shop-rate-limit, priority 0)"
        )
        for id in ["waf.managed.linux", "waf.managed.unix", "waf.managed.windows"] {
            let check = try #require(acl.check(id))
            #expect(!check.passed && check.informational)
        }
        #expect(acl.failures.map(\.id) == ["waf.managed.known-bad-inputs"])

        let common = try #require(acl.rules.first { $0.name == "AWS-AWSManagedRulesCommonRuleSet" })
        #expect(common.kind == .managedGroup(vendor: "AWS", name: "AWSManagedRulesCommonRuleSet", version: nil))
        #expect(common.countedRules == ["SizeRestrictions_BODY"])
        let rate = try #require(acl.rules.first)
        #expect(rate.kind == .rateBased(limit: 2000, aggregateKey: "IP", windowSeconds: 300))
        let custom = try #require(acl.rules.last)
        #expect(custom.kind == .custom)
        #expect(
            custom.statement
                == #"AND(ByteMatch(SingleHeader user-agent CONTAINS "sqlmap"), ByteMatch(UriPath STARTS_WITH "/api/"))"#
        )
    }

    @Test("a web ACL with the SQLi group in Count mode is reported as not enforcing")
    func sqliInCountMode() throws {
        let data = FrontDoorFixtures.json(
            #"""
            {"Name":"api","Id":"1","ARN":"arn:aws:wafv2:us-east-1:111122223333:global/webacl/api/1",
             "DefaultAction":{"Allow":{}},"VisibilityConfig":{},
             "Rules":[
              {"Name":"common","Priority":0,"OverrideAction":{"None":{}},
               "Statement":{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesCommonRuleSet",
                 "Version":"Version_1.12","ExcludedRules":[{"Name":"NoUserAgent_HEADER"}]}}},
              {"Name":"sqli","Priority":1,"OverrideAction":{"Count":{}},
               "Statement":{"ManagedRuleGroupStatement":{"VendorName":"AWS","Name":"AWSManagedRulesSQLiRuleSet"}}},
              {"Name":"throttle","Priority":2,"Action":{"Count":{}},
               "Statement":{"RateBasedStatement":{"Limit":100,"AggregateKeyType":"FORWARDED_IP",
                 "ScopeDownStatement":{"NotStatement":{"Statement":{"OrStatement":{"Statements":[
                   {"GeoMatchStatement":{"CountryCodes":["NL","BE"]}},
                   {"FancyNewStatement":{"Whatever":[1,2]}}]}}}}}}}
             ]}
            """#
        )
        let result = try WebACLImporter().importWebACL(from: data, origin: RecordOrigin(file: "api.json", record: 0))
        let acl = result.webACL
        #expect(acl.scope == "CLOUDFRONT")
        let sqli = try #require(acl.check("waf.managed.sqli"))
        #expect(!sqli.passed)
        #expect(
            sqli.reason.english
                == "AWSManagedRulesSQLiRuleSet is in Count mode: matches are counted, not blocked (rule sqli, priority 1)"
        )
        #expect(acl.check("waf.managed.common")?.passed == true)
        #expect(acl.rules[0].countedRules == ["NoUserAgent_HEADER"])
        #expect(acl.check("waf.rate-based")?.passed == false)
        #expect(
            acl.check("waf.managed.known-bad-inputs")?.reason.english
                == "AWSManagedRulesKnownBadInputsRuleSet is not in the web ACL"
        )
        #expect(acl.rules[2].scopeDown == "NOT(OR(GeoMatch(NL BE), FancyNew(…)))")
        #expect(
            acl.failures.map(\.id) == [
                "waf.managed.sqli", "waf.managed.known-bad-inputs", "waf.managed.ip-reputation", "waf.rate-based",
            ]
        )
    }

    @Test("default action Allow without enforcing managed groups fails; Block passes")
    func defaultAction() throws {
        func acl(_ action: String) throws -> WebACLEvidence {
            let data = FrontDoorFixtures.json(
                #"{"WebACL":{"Name":"x","DefaultAction":{"\#(action)":{}},"Rules":[]},"LockToken":"t"}"#
            )
            return try WebACLImporter().importWebACL(from: data, origin: RecordOrigin(file: "x.json", record: 0)).webACL
        }
        #expect(try acl("Allow").check("waf.default-action")?.passed == false)
        #expect(try acl("Block").check("waf.default-action")?.passed == true)
    }

    @Test("a record that is no web ACL is an error")
    func notAWebACL() {
        let origin = RecordOrigin(file: "x.json", record: 1)
        #expect(throws: FrontDoorImportError.missingField(origin: origin, path: "WebACL.Name")) {
            try WebACLImporter().importWebACL(from: FrontDoorFixtures.json(#"{"WebACL":{}}"#), origin: origin)
        }
    }
}
