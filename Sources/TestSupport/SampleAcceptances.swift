import ReportModel

/// The sample's acceptance register: active, expiring, expired and stale entries.
enum SampleAcceptances {
    static func all() -> [AcceptanceResult] {
        [
            AcceptanceResult(
                acceptance: RiskAcceptance(
                    id: "RA-2026-001",
                    match: AcceptanceMatch(controls: ["IAM.6"], environments: ["prod"]),
                    reason:
                        "Root is sealed with a virtual MFA kept in the team password manager; hardware keys are on order.",
                    owner: "platform-team",
                    approvedBy: "CTO",
                    acceptedOn: ReportDate(year: 2026, month: 4, day: 1),
                    expiresOn: ReportDate(year: 2027, month: 3, day: 31),
                    ticket: "SEC-12"
                ),
                status: .active,
                matched: 1,
                controls: ["IAM.6"],
                layers: [.layer(.account)],
                environments: ["prod"],
                daysToExpiry: 121,
                warnings: [Message(.acceptanceCoversCritical, ["count": .number(1)])]
            ),
            AcceptanceResult(
                acceptance: RiskAcceptance(
                    id: "RA-2026-007",
                    match: AcceptanceMatch(controls: ["S3.5"], resources: ["arn:aws:s3:::shop-legacy-*"]),
                    reason: "Legacy asset bucket is served only through CloudFront with HTTPS \(HostileText.markdown).",
                    owner: "web-team",
                    approvedBy: "Head of Engineering",
                    acceptedOn: ReportDate(year: 2025, month: 12, day: 12),
                    expiresOn: ReportDate(year: 2026, month: 12, day: 12),
                    ticket: "SEC-31"
                ),
                status: .expiring,
                matched: 1,
                controls: ["S3.5"],
                layers: [.layer(.datastore)],
                environments: ["prod"],
                daysToExpiry: 12
            ),
            AcceptanceResult(
                acceptance: RiskAcceptance(
                    id: "RA-2026-003",
                    match: AcceptanceMatch(cves: ["CVE-2025-9999"]),
                    reason: "The vulnerable code path (XML import) is disabled in our build.",
                    owner: "web-team",
                    approvedBy: "CTO",
                    acceptedOn: ReportDate(year: 2026, month: 6, day: 15),
                    expiresOn: ReportDate(year: 2027, month: 1, day: 15),
                    ticket: "SEC-27"
                ),
                status: .active,
                matched: 1,
                layers: [.layer(.webapp)],
                environments: ["prod"],
                daysToExpiry: 46
            ),
            AcceptanceResult(
                acceptance: RiskAcceptance(
                    id: "RA-2025-014",
                    match: AcceptanceMatch(controls: ["S3.8"], accounts: [SampleReport.prod]),
                    reason: "Public read needed for the product image CDN migration \(HostileText.sql).",
                    owner: "data-team",
                    approvedBy: "CTO",
                    acceptedOn: ReportDate(year: 2025, month: 11, day: 10),
                    expiresOn: ReportDate(year: 2026, month: 11, day: 10),
                    ticket: "SEC-9"
                ),
                status: .expired,
                matched: 1,
                controls: [],
                layers: [.layer(.datastore)],
                environments: ["prod"],
                daysToExpiry: -20
            ),
            AcceptanceResult(
                acceptance: RiskAcceptance(
                    id: "RA-2026-009",
                    match: AcceptanceMatch(products: ["Macie"], environments: ["dev"]),
                    reason: "Macie sample classification jobs are expected noise.",
                    owner: "data-team",
                    approvedBy: "Security lead",
                    acceptedOn: ReportDate(year: 2026, month: 9, day: 1),
                    expiresOn: ReportDate(year: 2027, month: 8, day: 31)
                ),
                status: .stale,
                matched: 0,
                daysToExpiry: 274
            ),
        ]
    }
}
