import Foundation
import Importers
import ReportModel
import Testing

/// Count-mode matches are split into "blocked anyway by another rule" and "allowed through to
/// the origin"; known bad-bot rules count as bots.
@Suite struct WAFCountModeTests {
    static func line(request: String, action: String, terminating: String, countRule: String) -> String {
        #"{"timestamp":1764000000000,"formatVersion":1,"webaclId":"arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop/1","terminatingRuleId":"TERM","terminatingRuleType":"REGULAR","action":"ACTION","ruleGroupList":[{"ruleGroupId":"AWS#AWSManagedRulesCommonRuleSet","terminatingRule":null,"nonTerminatingMatchingRules":[{"ruleId":"COUNTRULE","action":"COUNT"}],"excludedRules":null}],"httpSourceName":"ALB","httpSourceId":"x","httpRequest":{"clientIp":"198.51.100.1","country":"JP","headers":[],"uri":"/","args":"","httpVersion":"HTTP/1.1","httpMethod":"GET","requestId":"REQ"}}"#
            .replacingOccurrences(of: "TERM", with: terminating).replacingOccurrences(of: "ACTION", with: action)
            .replacingOccurrences(of: "COUNTRULE", with: countRule).replacingOccurrences(of: "REQ", with: request)
    }

    @Test func matchedBlockedAnywayAndAllowedThrough() throws {
        let text = [
            Self.line(request: "a", action: "ALLOW", terminating: "Default_Action", countRule: "SizeRestrictions_BODY"),
            Self.line(
                request: "b",
                action: "BLOCK",
                terminating: "shop-rate-limit",
                countRule: "SizeRestrictions_BODY"
            ),
            Self.line(
                request: "c",
                action: "ALLOW",
                terminating: "Default_Action",
                countRule: "UserAgent_BadBots_HEADER"
            ),
        ].joined(separator: "\n")
        let data = try StreamingShapeTests.run(text, path: "waf.jsonl")
        let traffic = try #require(data.frontDoor.traffic.first)
        #expect(traffic.countMatches == 3)
        #expect(traffic.countMatchesBlockedAnyway == 1)
        #expect(traffic.countMatchesAllowedThrough == 2)
        #expect(traffic.countMatchesByCategory[.bots] == 1)
        #expect(traffic.countMatchesBlockedAnyway + traffic.countMatchesAllowedThrough == traffic.countMatches)
    }
}
