import ReportModel
import TestSupport

/// Three months of one team's history, built so every kind of change happens at least once.
///
/// 2026-09 → 2026-10: A (critical) and B (high) fixed; D regressed (passed → open); G and L new;
/// E's acceptance RA-1 expired, so E is open; IAM.6 fixed, S3.1 regressed, ELB.1 newly failing.
/// 2026-10 → 2026-11: C, D, F, G, L fixed; B regressed (resolved → open); H, I, J, K new;
/// S3.1 fixed, IAM.6 regressed, RDS.1 newly failing; RA-3 newly accepted, RA-4 newly expired.
enum ThreePeriods {
    typealias F = HistoryFixtures

    static let september = F.report(
        asOf: "2026-09-30",
        findings: [
            F.finding("A", .critical, .open, firstSeen: "2026-09-10"),
            F.finding("B", .high, .open, firstSeen: "2026-08-01"),
            F.finding("C", .medium, .open, layer: .datastore),
            F.finding("D", .low, .passed, firstSeen: "2026-09-01", controlId: "S3.1"),
            F.finding("E", .high, .accepted, firstSeen: "2026-09-01"),
            F.finding("F", .medium, .open, firstSeen: "2026-06-01", layer: .network),
        ],
        controls: [
            F.control("EC2.1", .failed, layer: .network),
            F.control("ELB.1", .unknown, layer: .webapp),
            F.control("IAM.6", .failed),
            F.control("S3.1", .passed, layer: .datastore),
        ],
        acceptances: [F.acceptance("RA-1", .active, acceptedOn: "2026-09-01", expiresOn: "2026-10-15")],
        inputs: 2
    )

    static let october = F.report(
        asOf: "2026-10-31",
        findings: [
            F.finding("B", .high, .resolved, firstSeen: "2026-08-01"),
            F.finding("C", .medium, .open, layer: .datastore),
            F.finding("D", .low, .open, firstSeen: "2026-10-20", controlId: "S3.1"),
            F.finding("E", .high, .open, firstSeen: "2026-09-01"),
            F.finding("F", .medium, .open, firstSeen: "2026-06-01", layer: .network),
            F.finding("G", .critical, .open, firstSeen: "2026-10-25"),
            F.finding("L", .medium, .open, firstSeen: "2026-10-01", layer: .webapp),
        ],
        controls: [
            F.control("EC2.1", .failed, layer: .network),
            F.control("ELB.1", .failed, layer: .webapp),
            F.control("IAM.6", .passed),
            F.control("S3.1", .failed, layer: .datastore),
        ],
        acceptances: [
            F.acceptance("RA-1", .expired, acceptedOn: "2026-09-01", expiresOn: "2026-10-15"),
            F.acceptance("RA-2", .active, acceptedOn: "2026-10-10"),
        ]
    )

    static let november = F.report(
        asOf: "2026-11-30",
        findings: [
            F.finding("B", .high, .open, firstSeen: "2026-08-01"),
            F.finding("C", .medium, .archived, layer: .datastore),
            F.finding("D", .low, .passed, firstSeen: "2026-10-20", controlId: "S3.1"),
            F.finding("E", .high, .open, firstSeen: "2026-09-01"),
            F.finding("F", .medium, .resolved, firstSeen: "2026-06-01", layer: .network),
            F.finding("H", .high, .open, firstSeen: "2026-11-20"),
            F.finding("I", .medium, .open, firstSeen: "2026-08-01", layer: .datastore),
            F.finding("J", .critical, .open, firstSeen: "2026-11-10"),
            F.finding("K", .low, .accepted, firstSeen: "2026-01-01"),
            F.finding("L", .medium, .resolved, firstSeen: "2026-10-01", layer: .webapp),
            F.finding("S", .critical, .sample),
        ],
        controls: [
            F.control("EC2.1", .accepted, layer: .network),
            F.control("ELB.1", .failed, layer: .webapp),
            F.control("IAM.6", .failed),
            F.control("RDS.1", .failed, layer: .datastore),
            F.control("S3.1", .passed, layer: .datastore),
        ],
        acceptances: [
            F.acceptance("RA-1", .expired, acceptedOn: "2026-09-01", expiresOn: "2026-10-15"),
            F.acceptance("RA-2", .active, acceptedOn: "2026-10-10"),
            F.acceptance("RA-3", .stale, acceptedOn: "2026-11-01"),
            F.acceptance("RA-4", .expired, acceptedOn: "2025-11-01", expiresOn: "2026-11-01"),
        ],
        inputs: 3
    )

    static let all = [september, october, november]
}
