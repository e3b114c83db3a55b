/// `aws wafv2 get-sampled-requests` output (docs/formats.md §10.2): PascalCase, weighted samples.
struct SampledRequestsExport: Decodable {
    var sampledRequests: [Sample]?
    var populationSize: LenientInt?
    var timeWindow: TimeWindow?

    enum CodingKeys: String, CodingKey {
        case sampledRequests = "SampledRequests"
        case populationSize = "PopulationSize"
        case timeWindow = "TimeWindow"
    }

    struct TimeWindow: Decodable {
        var startTime: FrontDoorTimestamp?
        var endTime: FrontDoorTimestamp?

        enum CodingKeys: String, CodingKey {
            case startTime = "StartTime"
            case endTime = "EndTime"
        }
    }

    struct Sample: Decodable {
        var request: Request?
        var weight: LenientInt?
        var timestamp: FrontDoorTimestamp?
        var action: String?
        var ruleNameWithinRuleGroup: String?
        var labels: [Label]?

        enum CodingKeys: String, CodingKey {
            case request = "Request"
            case weight = "Weight"
            case timestamp = "Timestamp"
            case action = "Action"
            case ruleNameWithinRuleGroup = "RuleNameWithinRuleGroup"
            case labels = "Labels"
        }
    }

    struct Request: Decodable {
        var clientIP: String?
        var country: String?
        var uri: String?
        var method: String?

        enum CodingKeys: String, CodingKey {
            case clientIP = "ClientIP"
            case country = "Country"
            case uri = "URI"
            case method = "Method"
        }
    }

    struct Label: Decodable {
        var name: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
        }
    }
}
