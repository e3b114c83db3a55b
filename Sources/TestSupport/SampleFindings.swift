import Foundation
import ReportModel

/// The sample's unique findings, one or more in every reconciliation bucket.
enum SampleFindings {
    private static let base = Date(timeIntervalSince1970: 1_796_000_000)  // 2026-11-30T…Z

    private static func days(_ count: Int) -> Date { base.addingTimeInterval(Double(-count) * 86_400) }

    private static func control(
        _ id: String,
        _ controlId: String,
        _ compliance: ComplianceStatus,
        severity: Severity,
        account: String,
        resource: Resource,
        title: String = "",
        workflow: WorkflowStatus = .new,
        note: Finding.Note? = nil,
        age: Int = 30
    ) -> Finding {
        Finding(
            identity: "arn:aws:securityhub:ap-northeast-1::product/aws/securityhub/\(id)",
            id: id,
            productName: "Security Hub",
            title: title.isEmpty ? "\(controlId) check" : title,
            accountId: account,
            region: "ap-northeast-1",
            severity: severity,
            controlId: controlId,
            compliance: compliance,
            workflow: workflow,
            resources: [resource],
            firstObservedAt: days(age),
            updatedAt: days(1),
            note: note
        )
    }

    static func all() -> [ScoredFinding] {
        let prod = SampleReport.prod
        let staging = SampleReport.staging
        let account = { (id: String) in Resource(type: "AwsAccount", id: "AWS::::Account:\(id)") }
        let hostileTags = [
            Resource.Tag(key: "team", value: HostileText.markdown),
            Resource.Tag(key: "note", value: HostileText.script),
        ]
        return [
            ScoredFinding(
                finding: control(
                    "f-iam6",
                    "IAM.6",
                    .failed,
                    severity: .critical,
                    account: prod,
                    resource: account(prod),
                    age: 240
                ),
                layer: .layer(.account),
                placedBy: .control("IAM.6"),
                environment: "prod",
                bucket: .accepted,
                acceptanceId: "RA-2026-001",
                ageDays: 240
            ),
            ScoredFinding(
                finding: control(
                    "f-iam4",
                    "IAM.4",
                    .passed,
                    severity: .informational,
                    account: prod,
                    resource: account(prod)
                ),
                layer: .layer(.account),
                placedBy: .control("IAM.4"),
                environment: "prod",
                bucket: .passed,
                ageDays: 30
            ),
            ScoredFinding(
                finding: control(
                    "f-ct1",
                    "CloudTrail.1",
                    .passed,
                    severity: .informational,
                    account: prod,
                    resource: account(prod)
                ),
                layer: .layer(.account),
                placedBy: .control("CloudTrail.1"),
                environment: "prod",
                bucket: .passed,
                ageDays: 30
            ),
            ScoredFinding(
                finding: control(
                    "f-gd1",
                    "GuardDuty.1",
                    .failed,
                    severity: .high,
                    account: staging,
                    resource: account(staging),
                    age: 64
                ),
                layer: .layer(.account),
                placedBy: .control("GuardDuty.1"),
                environment: "staging",
                bucket: .open,
                ageDays: 64
            ),
            ScoredFinding(
                finding: control(
                    "f-ec219a",
                    "EC2.19",
                    .failed,
                    severity: .critical,
                    account: prod,
                    resource: Resource(
                        type: "AwsEc2SecurityGroup",
                        id: "arn:aws:ec2:ap-northeast-1:\(prod):security-group/sg-0a1b2c3d4e5f60789",
                        tags: hostileTags
                    ),
                    age: 9
                ),
                layer: .layer(.network),
                placedBy: .control("EC2.19"),
                environment: "prod",
                bucket: .open,
                ageDays: 9
            ),
            ScoredFinding(
                finding: control(
                    "f-ec219b",
                    "EC2.19",
                    .failed,
                    severity: .critical,
                    account: staging,
                    resource: Resource(
                        type: "AwsEc2SecurityGroup",
                        id: "arn:aws:ec2:ap-northeast-1:\(staging):security-group/sg-0b2c3d4e5f6078901"
                    ),
                    age: 33
                ),
                layer: .layer(.network),
                placedBy: .control("EC2.19"),
                environment: "staging",
                bucket: .open,
                ageDays: 33
            ),
            ScoredFinding(
                finding: control(
                    "f-ec22",
                    "EC2.2",
                    .passed,
                    severity: .informational,
                    account: prod,
                    resource: account(prod)
                ),
                layer: .layer(.network),
                placedBy: .control("EC2.2"),
                environment: "prod",
                bucket: .passed,
                ageDays: 30
            ),
            ScoredFinding(
                finding: control(
                    "f-ssm1",
                    "SSM.1",
                    .notAvailable,
                    severity: .medium,
                    account: staging,
                    resource: Resource(
                        type: "AwsEc2Instance",
                        id: "arn:aws:ec2:ap-northeast-1:\(staging):instance/i-0123456789abcdef0"
                    )
                ),
                layer: .layer(.network),
                placedBy: .control("SSM.1"),
                environment: "staging",
                bucket: .unknown,
                ageDays: 30
            ),
            ScoredFinding(
                finding: Finding(
                    identity: "arn:aws:securityhub:ap-northeast-1::product/aws/securityhub/f-elb4",
                    id: "f-elb4",
                    title: "ELB.4 \(HostileText.script)",
                    accountId: prod,
                    region: "ap-northeast-1",
                    severity: .medium,
                    controlId: "ELB.4",
                    compliance: .failed,
                    resources: [
                        Resource(
                            type: "AwsElbv2LoadBalancer",
                            id:
                                "arn:aws:elasticloadbalancing:ap-northeast-1:\(prod):loadbalancer/app/shop-\(HostileText.markdown)/50dc6c495c0c9188",
                            tags: hostileTags
                        )
                    ],
                    firstObservedAt: days(15),
                    updatedAt: days(1),
                    remediationURL: HostileText.javascriptURL
                ),
                layer: .layer(.webapp),
                placedBy: .control("ELB.4"),
                environment: "prod",
                bucket: .open,
                ageDays: 15
            ),
            ScoredFinding(
                finding: control(
                    "f-waf2",
                    "WAF.2",
                    .passed,
                    severity: .informational,
                    account: prod,
                    resource: account(prod)
                ),
                layer: .layer(.webapp),
                placedBy: .control("WAF.2"),
                environment: "prod",
                bucket: .passed,
                ageDays: 30
            ),
            ScoredFinding(
                finding: control(
                    "f-s38",
                    "S3.8",
                    .failed,
                    severity: .high,
                    account: prod,
                    resource: Resource(type: "AwsS3Bucket", id: "arn:aws:s3:::shop-backups\(HostileText.sql)"),
                    age: 385
                ),
                layer: .layer(.datastore),
                placedBy: .control("S3.8"),
                environment: "prod",
                bucket: .open,
                expiredAcceptanceId: "RA-2025-014",
                ageDays: 385
            ),
            ScoredFinding(
                finding: control(
                    "f-s35",
                    "S3.5",
                    .failed,
                    severity: .medium,
                    account: prod,
                    resource: Resource(type: "AwsS3Bucket", id: "arn:aws:s3:::shop-legacy-assets"),
                    age: 350
                ),
                layer: .layer(.datastore),
                placedBy: .control("S3.5"),
                environment: "prod",
                bucket: .accepted,
                acceptanceId: "RA-2026-007",
                ageDays: 350
            ),
            ScoredFinding(
                finding: control(
                    "f-rds3",
                    "RDS.3",
                    .passed,
                    severity: .informational,
                    account: prod,
                    resource: account(prod)
                ),
                layer: .layer(.datastore),
                placedBy: .control("RDS.3"),
                environment: "prod",
                bucket: .passed,
                ageDays: 30
            ),
            ScoredFinding(
                finding: control(
                    "f-ddb1",
                    "DynamoDB.1",
                    .failed,
                    severity: .medium,
                    account: staging,
                    resource: Resource(
                        type: "AwsDynamoDbTable",
                        id: "arn:aws:dynamodb:ap-northeast-1:\(staging):table/orders"
                    ),
                    title: "DynamoDB.1 orders table",
                    workflow: .suppressed,
                    note: Finding.Note(
                        text: "Reviewed by Bob \(HostileText.markdown) \(HostileText.script) fine for now",
                        updatedBy: "bob\(HostileText.sql)"
                    )
                ),
                layer: .layer(.datastore),
                placedBy: .control("DynamoDB.1"),
                environment: "staging",
                bucket: .suppressed,
                ageDays: 30
            ),
            ScoredFinding(
                finding: Finding(
                    identity: "arn:aws:guardduty:ap-northeast-1:\(prod):detector/d1/finding/ssh1",
                    id: "ssh1",
                    productName: "GuardDuty",
                    title: "UnauthorizedAccess:EC2/SSHBruteForce on bastion",
                    accountId: prod,
                    region: "ap-northeast-1",
                    severity: .high,
                    resources: [
                        Resource(
                            type: "AwsEc2Instance",
                            id: "arn:aws:ec2:ap-northeast-1:\(prod):instance/i-0bastion000000001"
                        )
                    ],
                    firstObservedAt: days(3),
                    updatedAt: days(1)
                ),
                layer: .layer(.network),
                placedBy: Message(.ruleProduct, ["value": .text("guardduty")]),
                environment: "prod",
                bucket: .open,
                ageDays: 3
            ),
            ScoredFinding(
                finding: Finding(
                    format: .inspector2,
                    identity: "arn:aws:inspector2:ap-northeast-1:\(prod):finding/cve1",
                    id: "cve1",
                    productName: "Inspector",
                    title: "CVE-2026-1234 - libxml2 heap overflow in shop-api image",
                    accountId: prod,
                    region: "ap-northeast-1",
                    severity: .critical,
                    resources: [
                        Resource(
                            type: "AwsEcrContainerImage",
                            id: "arn:aws:ecr:ap-northeast-1:\(prod):repository/shop-api/sha256:4f2a"
                        )
                    ],
                    firstObservedAt: days(41),
                    updatedAt: days(1),
                    remediationURL: "https://nvd.nist.gov/vuln/detail/CVE-2026-1234",
                    vulnerabilityIds: ["CVE-2026-1234"]
                ),
                layer: .layer(.webapp),
                placedBy: Message(.ruleResourceType, ["value": .text("AwsEcrContainerImage")]),
                environment: "prod",
                bucket: .open,
                ageDays: 41
            ),
            ScoredFinding(
                finding: Finding(
                    format: .inspector2,
                    identity: "arn:aws:inspector2:ap-northeast-1:\(prod):finding/cve2",
                    id: "cve2",
                    productName: "Inspector",
                    title: "CVE-2025-9999 - xml import path traversal",
                    accountId: prod,
                    region: "ap-northeast-1",
                    severity: .medium,
                    resources: [
                        Resource(
                            type: "AwsEcrContainerImage",
                            id: "arn:aws:ecr:ap-northeast-1:\(prod):repository/shop-api/sha256:4f2a"
                        )
                    ],
                    firstObservedAt: days(160),
                    updatedAt: days(1),
                    vulnerabilityIds: ["CVE-2025-9999"]
                ),
                layer: .layer(.webapp),
                placedBy: Message(.ruleResourceType, ["value": .text("AwsEcrContainerImage")]),
                environment: "prod",
                bucket: .accepted,
                acceptanceId: "RA-2026-003",
                ageDays: 160
            ),
            ScoredFinding(
                finding: Finding(
                    identity: "arn:aws:macie2:ap-northeast-1:\(staging):finding/m1",
                    id: "m1",
                    productName: "Macie",
                    title: "SensitiveData:S3Object/Personal in test fixtures",
                    accountId: staging,
                    region: "ap-northeast-1",
                    severity: .low,
                    resources: [Resource(type: "AwsS3Bucket", id: "arn:aws:s3:::shop-staging-fixtures")],
                    firstObservedAt: days(12),
                    updatedAt: days(1)
                ),
                layer: .layer(.datastore),
                placedBy: Message(.ruleProduct, ["value": .text("macie")]),
                environment: "staging",
                bucket: .open,
                ageDays: 12
            ),
            ScoredFinding(
                finding: Finding(
                    identity: "custom/scanner/x1",
                    id: "x1",
                    productName: "Custom scanner \(HostileText.markdown)",
                    title: "Unrecognised resource \(HostileText.script)",
                    accountId: SampleReport.stray,
                    severity: .informational,
                    resources: [Resource(type: "Other", id: "thing-\(HostileText.sql)")],
                    firstObservedAt: days(5)
                ),
                layer: .unclassified,
                placedBy: Message(.noRuleMatched),
                environment: "unmapped",
                bucket: .open,
                ageDays: 5
            ),
            ScoredFinding(
                finding: Finding(
                    identity: "arn:aws:guardduty:sample",
                    id: "sample",
                    productName: "GuardDuty",
                    title: "Sample finding",
                    accountId: prod,
                    severity: .high,
                    isSample: true
                ),
                layer: .layer(.network),
                placedBy: Message(.ruleProduct, ["value": .text("guardduty")]),
                environment: "prod",
                bucket: .sample
            ),
            ScoredFinding(
                finding: control(
                    "f-old",
                    "EC2.18",
                    .failed,
                    severity: .high,
                    account: prod,
                    resource: Resource(type: "AwsEc2SecurityGroup", id: "sg-old"),
                    workflow: .new
                ),
                layer: .layer(.network),
                placedBy: .control("EC2.18"),
                environment: "prod",
                bucket: .archived
            ),
            ScoredFinding(
                finding: Finding(
                    identity: "arn:aws:guardduty:ap-northeast-1:\(prod):detector/d1/finding/old",
                    id: "old",
                    productName: "GuardDuty",
                    title: "Recon:EC2/PortProbeUnprotectedPort",
                    accountId: prod,
                    severity: .low,
                    workflow: .resolved
                ),
                layer: .layer(.network),
                placedBy: Message(.ruleProduct, ["value": .text("guardduty")]),
                environment: "prod",
                bucket: .resolved
            ),
        ]
    }
}
