import Foundation
public import ReportModel

/// Front door evidence and month-over-month changes for the sample report: a web ACL whose SQL
/// injection group runs in Count mode, WAF log traffic with hostile URIs and headers, two image scans.
public enum SampleFrontDoor {
    static let arn = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop-prod-alb/0ec3f893-f1c7-45ee"
    static let origin = RecordOrigin(file: "exports/waf/web-acl.json", record: 0)

    static func time(_ text: String) -> Date {
        (try? Date(text, strategy: .iso8601)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The evidence.
    /// - Returns: one web ACL, its log traffic and two image scans.
    public static func evidence() -> FrontDoorEvidence {
        FrontDoorEvidence(images: images(), webACLs: [webACL()], traffic: [traffic()])
    }

    static func webACL() -> WebACLEvidence {
        WebACLEvidence(
            name: "shop-prod-alb",
            id: "0ec3f893-f1c7-45ee",
            arn: arn,
            scope: "REGIONAL",
            region: "eu-west-1",
            accountId: "111122223333",
            defaultAction: "Allow",
            capacity: 1_125,
            description: "Production ALB \(HostileText.markdown)",
            rules: [
                WebACLRule(
                    name: "shop-rate-limit",
                    priority: 0,
                    kind: .rateBased(limit: 2_000, aggregateKey: "IP", windowSeconds: 300),
                    action: "Block",
                    enforcing: true,
                    statement: "RateBased(2000 per 300 s by IP)"
                ),
                WebACLRule(
                    name: "AWS-AWSManagedRulesCommonRuleSet",
                    priority: 1,
                    kind: .managedGroup(vendor: "AWS", name: "AWSManagedRulesCommonRuleSet", version: nil),
                    overrideAction: "None",
                    enforcing: true,
                    actionOverrides: ["SizeRestrictions_BODY": "Count"],
                    statement: "ManagedRuleGroup(AWS AWSManagedRulesCommonRuleSet)"
                ),
                WebACLRule(
                    name: "AWS-AWSManagedRulesSQLiRuleSet",
                    priority: 2,
                    kind: .managedGroup(vendor: "AWS", name: "AWSManagedRulesSQLiRuleSet", version: "Version_2.0"),
                    overrideAction: "Count",
                    enforcing: false,
                    statement: "ManagedRuleGroup(AWS AWSManagedRulesSQLiRuleSet)"
                ),
                WebACLRule(
                    name: "block-\(HostileText.script)",
                    priority: 3,
                    kind: .custom,
                    action: "Block",
                    enforcing: true,
                    statement: "ByteMatch(SingleHeader user-agent CONTAINS \"\(HostileText.sql)\")"
                ),
            ],
            checks: [
                WebACLCheck(
                    id: "waf.managed.common",
                    passed: true,
                    reason: Message(
                        .clauses,
                        [
                            "first": .message(Self.enforcing("AWSManagedRulesCommonRuleSet", priority: 1)),
                            "second": .message(
                                Message(
                                    .wafOverriddenToCount,
                                    ["count": .number(1), "rules": .list(["SizeRestrictions_BODY"])]
                                )
                            ),
                        ]
                    )
                ),
                WebACLCheck(
                    id: "waf.managed.sqli",
                    passed: false,
                    reason: Message(
                        .wafCountMode,
                        ["group": .text("AWSManagedRulesSQLiRuleSet"), "place": .message(Self.place("sqli", 2))]
                    )
                ),
                WebACLCheck(
                    id: "waf.managed.linux",
                    passed: false,
                    informational: true,
                    reason: Message(.wafManagedMissingOptional, ["group": .text("AWSManagedRulesLinuxRuleSet")])
                ),
                WebACLCheck(
                    id: "waf.rate-based",
                    passed: true,
                    reason: Message(
                        .wafRateEnforcing,
                        [
                            "rule": .text("shop-rate-limit"), "action": .text("Block"), "limit": .number(2000),
                            "window": .number(300), "key": .text("IP"),
                            "place": .message(Self.place("shop-rate-limit", 4)),
                        ]
                    )
                ),
            ],
            origin: origin
        )
    }

    private static func place(_ rule: String, _ priority: Int) -> Message {
        Message(.wafPlaceRule, ["rule": .text(rule), "priority": .number(priority)])
    }

    private static func enforcing(_ group: String, priority: Int) -> Message {
        Message(.wafManagedEnforcing, ["group": .text(group), "place": .message(place("common", priority))])
    }

    static func traffic() -> WAFTrafficEvidence {
        var traffic = WAFTrafficEvidence(webACL: arn, source: .log)
        traffic.records = 1_240
        traffic.duplicates = 2
        traffic.requests = 1_240
        traffic.requestsByAction = ["ALLOW": 1_180, "BLOCK": 60]
        traffic.blockedByRule = [
            "shop-rate-limit": 41, "AWSManagedRulesCommonRuleSet / CrossSiteScripting_QUERYARGUMENTS": 12,
            "block-\(HostileText.script)": 7,
        ]
        traffic.blockedByWebACLRule = ["shop-rate-limit": 41, "AWS-AWSManagedRulesCommonRuleSet": 12]
        traffic.blockedByCategory = [.rateLimit: 41, .crossSiteScripting: 12, .other: 7]
        traffic.countMatches = 9
        traffic.countMatchesBlockedAnyway = 2
        traffic.countMatchesAllowedThrough = 7
        traffic.countMatchesByRule = ["AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS": 9]
        traffic.countMatchesByCategory = [.sqlInjection: 9]
        traffic.topURIs = [
            WAFTrafficCount(value: "/", count: 900),
            WAFTrafficCount(value: "/search?q=\(HostileText.script)", count: 12),
            WAFTrafficCount(value: "/api/`id`|cat /etc/passwd", count: 3),
        ]
        traffic.topCountries = [WAFTrafficCount(value: "JP", count: 1_100), WAFTrafficCount(value: "-", count: 140)]
        traffic.topClientIPs = [WAFTrafficCount(value: "198.51.100.7", count: 60)]
        traffic.firstRequestAt = time("2026-11-28T09:00:00Z")
        traffic.lastRequestAt = time("2026-11-28T12:00:00Z")
        traffic.examples = [
            WAFTrafficExample(
                timestamp: time("2026-11-28T09:14:02Z"),
                requestId: "req-1",
                action: "BLOCK",
                method: "GET",
                uri: "/search",
                query: "q=\(HostileText.script)",
                clientIp: "198.51.100.7",
                country: "-",
                rule: "AWSManagedRulesCommonRuleSet / CrossSiteScripting_QUERYARGUMENTS",
                category: .crossSiteScripting,
                matchedData: ["<script>", "alert(1)"]
            ),
            WAFTrafficExample(
                timestamp: time("2026-11-28T10:02:40Z"),
                requestId: "req-2",
                action: "COUNT",
                method: "POST",
                uri: "/login",
                query: "user=\(HostileText.sql)",
                clientIp: "198.51.100.7",
                country: "NL",
                rule: "AWSManagedRulesSQLiRuleSet / SQLi_QUERYARGUMENTS",
                category: .sqlInjection,
                matchedData: [HostileText.sql, HostileText.markdown]
            ),
        ]
        traffic.files = ["exports/waf/waf-log.jsonl.gz"]
        return traffic
    }
}
