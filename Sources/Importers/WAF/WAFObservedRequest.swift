import Foundation
import ReportModel

/// One request as the traffic tally needs it, read from a sample or a log record.
struct WAFObservedRequest {
    /// A rule match: the rule's display name and attack category.
    struct Match: Hashable {
        let rule: String
        let category: WAFTrafficCategory
    }

    var timestamp: Date?
    var requestId: String?
    var action: String
    var method: String
    var uri: String
    var query: String
    var clientIp: String
    var country: String
    /// The web ACL rule that terminated (`terminatingRuleId`), for blocked requests.
    var terminatingWebACLRule: String?
    /// The deciding rule, `group / rule` inside groups, for blocked requests.
    var terminatingMatch: Match?
    /// Count-mode matches (deduplicated per request).
    var countMatches: Set<Match>
    /// Matched data of the deciding rule, raw.
    var matchedData: [String]

    /// The example kept for this request, when it was blocked or count-matched.
    func example() -> WAFTrafficExample? {
        let match: Match
        let action: String
        if let terminating = terminatingMatch, self.action != "ALLOW" {
            match = terminating
            action = self.action
        } else if let counted = countMatches.min(by: { ($0.rule, $0.category) < ($1.rule, $1.category) }) {
            match = counted
            action = "COUNT"
        } else {
            return nil
        }
        return WAFTrafficExample(
            timestamp: timestamp,
            requestId: requestId,
            action: action,
            method: method,
            uri: uri,
            query: query,
            clientIp: clientIp,
            country: country,
            rule: match.rule,
            category: match.category,
            matchedData: action == "COUNT" ? [] : matchedData
        )
    }
}
