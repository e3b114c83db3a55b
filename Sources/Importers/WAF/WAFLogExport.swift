/// One WAF log record (docs/formats.md §10.3), camelCase; unknown keys ignored, every member optional.
struct WAFLogExport: Decodable, Equatable {
    var timestamp: FrontDoorTimestamp?
    var webaclId: String?
    var terminatingRuleId: String?
    var terminatingRuleType: String?
    var action: String?
    var terminatingRuleMatchDetails: [MatchDetail]?
    var ruleGroupList: [RuleGroup]?
    var nonTerminatingMatchingRules: [RuleMatch]?
    var httpRequest: HTTPRequest?

    struct MatchDetail: Decodable, Equatable {
        var conditionType: String?
        var location: String?
        var matchedData: [LenientString]?
    }

    struct RuleGroup: Decodable, Equatable {
        var ruleGroupId: String?
        var terminatingRule: RuleMatch?
        var nonTerminatingMatchingRules: [RuleMatch]?
        var excludedRules: [ExcludedRule]?
    }

    /// A terminating or non-terminating rule match.
    struct RuleMatch: Decodable, Equatable {
        var ruleId: String?
        var action: String?
        var overriddenAction: String?
        var ruleMatchDetails: [MatchDetail]?
    }

    struct ExcludedRule: Decodable, Equatable {
        var exclusionType: String?
        var ruleId: String?
    }

    struct HTTPRequest: Decodable, Equatable {
        var clientIp: String?
        var country: String?
        var uri: String?
        var args: String?
        var httpMethod: String?
        var requestId: String?
    }
}
