import Foundation
public import ReportModel

extension SampleFrontDoor {
    static func images() -> [ImageScanEvidence] {
        [
            ImageScanEvidence(
                registryId: "111122223333",
                repository: "shop/api",
                imageDigest: "sha256:" + String(repeating: "ab12", count: 16),
                imageTags: ["v1.42.0", "prod-\(HostileText.script)"],
                scanType: .enhanced,
                scanStatus: "ACTIVE",
                scanCompletedAt: time("2026-11-29T03:00:00Z"),
                reportedSeverityCounts: ["CRITICAL": 1, "HIGH": 1, "MEDIUM": 1, "UNTRIAGED": 1],
                findings: [
                    ImageScanFinding(
                        identity: "inspector|arn:aws:inspector2:eu-west-1:111122223333:finding/a1",
                        vulnerabilityId: "CVE-2023-44487",
                        packageName: "nghttp2",
                        severity: .critical,
                        reportedSeverity: "CRITICAL",
                        status: "ACTIVE",
                        fixAvailable: "YES",
                        exploitAvailable: "YES",
                        firstObservedAt: time("2026-08-01T00:00:00Z")
                    ),
                    ImageScanFinding(
                        identity: "inspector|arn:aws:inspector2:eu-west-1:111122223333:finding/a2",
                        vulnerabilityId: "CVE-2024-0001",
                        severity: .high,
                        reportedSeverity: "HIGH",
                        status: "ACTIVE",
                        fixAvailable: "NO",
                        exploitAvailable: "NO",
                        firstObservedAt: time("2026-11-10T00:00:00Z")
                    ),
                    ImageScanFinding(
                        identity: "inspector|arn:aws:inspector2:eu-west-1:111122223333:finding/a3",
                        vulnerabilityId: "CVE-2024-0002",
                        severity: .medium,
                        reportedSeverity: "MEDIUM",
                        status: "CLOSED",
                        fixAvailable: "YES",
                        firstObservedAt: time("2026-01-10T00:00:00Z")
                    ),
                ],
                origin: RecordOrigin(file: "exports/ecr/shop-api.json", record: 0)
            ),
            ImageScanEvidence(
                registryId: "111122223333",
                repository: "shop/web",
                imageDigest: "sha256:" + String(repeating: "cd34", count: 16),
                imageTags: ["latest"],
                scanType: .basic,
                scanStatus: "COMPLETE",
                scanCompletedAt: time("2026-11-27T22:10:00Z"),
                reportedSeverityCounts: ["LOW": 2],
                findings: [
                    ImageScanFinding(
                        identity: "ecr|shop/web|CVE-2022-1111",
                        vulnerabilityId: "CVE-2022-1111",
                        severity: .low,
                        reportedSeverity: "LOW"
                    ),
                    ImageScanFinding(
                        identity: "ecr|shop/web|CVE-2022-2222",
                        vulnerabilityId: "CVE-2022-2222",
                        severity: .low,
                        reportedSeverity: "LOW"
                    ),
                ],
                origin: RecordOrigin(file: "exports/ecr/shop-web.json", record: 0)
            ),
        ]
    }

    /// Month-over-month changes from October to November 2026.
    /// - Returns: the changes.
    public static func changes() -> PeriodChanges {
        PeriodChanges(
            period: "2026-11",
            previousPeriod: "2026-10",
            newFindings: FindingDelta([
                FindingSnapshot(
                    identity: "guardduty|gd-new-1",
                    status: .open,
                    severity: .high,
                    layer: .layer(.network)
                ),
                FindingSnapshot(identity: "inspector|a2", status: .open, severity: .high, layer: .layer(.webapp)),
                FindingSnapshot(identity: "inspector|a4", status: .open, severity: .medium, layer: .layer(.webapp)),
            ]),
            fixedFindings: FindingDelta([
                FindingSnapshot(
                    identity: "inspector|old-1",
                    status: .resolved,
                    severity: .critical,
                    layer: .layer(.webapp)
                ),
                FindingSnapshot(
                    identity: "securityhub|IAM.4",
                    status: .passed,
                    severity: .high,
                    layer: .layer(.account)
                ),
            ]),
            regressedFindings: FindingDelta([
                FindingSnapshot(
                    identity: "securityhub|EC2.19",
                    status: .open,
                    severity: .critical,
                    layer: .layer(.network)
                )
            ]),
            newFailingControls: ["S3.8"],
            fixedControls: ["IAM.4"],
            regressedControls: ["EC2.19"],
            newlyAccepted: ["RA-2026-014"],
            newlyExpired: ["RA-2025-003"],
            timeToFix: [TimeToFix(severity: .high, days: [12, 30]), TimeToFix(severity: .critical, days: [4])]
                .compactMap { $0 },
            timeToFixInTrend: [
                TimeToFix(severity: .critical, days: [4, 9, 20]), TimeToFix(severity: .high, days: [12, 30, 41]),
                TimeToFix(severity: .low, days: [100]),
            ].compactMap { $0 },
            openByAge: ages(),
            slaBreaches: [
                SLABreach(
                    identity: "securityhub|\(HostileText.script)|EC2.19",
                    severity: .critical,
                    layer: .layer(.network),
                    ageDays: 40,
                    slaDays: 15
                ),
                SLABreach(
                    identity: "inspector|arn:aws:inspector2:eu-west-1:111122223333:finding/a1",
                    severity: .critical,
                    layer: .layer(.webapp),
                    ageDays: 121,
                    slaDays: 15
                ),
            ]
        )
    }

    static func ages() -> FindingAges {
        var ages = FindingAges()
        ages.add(.critical, ageDays: 121)
        ages.add(.critical, ageDays: 40)
        ages.add(.high, ageDays: 20)
        ages.add(.medium, ageDays: 5)
        ages.add(.low, ageDays: 200)
        return ages
    }
}
