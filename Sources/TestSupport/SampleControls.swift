import ReportModel

/// The sample's controls, one of every state.
enum SampleControls {
    static func all() -> [ControlResult] {
        let prod = SampleReport.prod
        let staging = SampleReport.staging
        return [
            ControlResult(
                controlId: "EC2.19",
                title: "Security groups should not allow unrestricted access to ports with high risk",
                severity: .critical,
                layer: .layer(.network),
                state: .failed,
                failingAccounts: [prod, staging],
                failingResources: [
                    "arn:aws:ec2:ap-northeast-1:\(prod):security-group/sg-0a1b2c3d4e5f60789",
                    "arn:aws:ec2:ap-northeast-1:\(staging):security-group/sg-0b2c3d4e5f6078901",
                ],
                findings: 2,
                remediationURL: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19"
            ),
            ControlResult(
                controlId: "S3.8",
                title: "S3 general purpose buckets should block public access",
                severity: .high,
                layer: .layer(.datastore),
                state: .failed,
                failingAccounts: [prod],
                failingResources: ["arn:aws:s3:::shop-backups\(HostileText.sql)"],
                findings: 1,
                remediationURL: "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8"
            ),
            ControlResult(
                controlId: "GuardDuty.1",
                title: "GuardDuty should be enabled",
                severity: .high,
                layer: .layer(.account),
                state: .failed,
                failingAccounts: [staging],
                failingResources: ["AWS::::Account:\(staging)"],
                findings: 1,
                remediationURL:
                    "https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-1"
            ),
            ControlResult(
                controlId: "ELB.4",
                title:
                    "Application Load Balancer should drop invalid headers \(HostileText.script) \(HostileText.markdown)",
                severity: .medium,
                layer: .layer(.webapp),
                state: .failed,
                failingAccounts: [prod],
                failingResources: [
                    "arn:aws:elasticloadbalancing:ap-northeast-1:\(prod):loadbalancer/app/shop-\(HostileText.markdown)/50dc6c495c0c9188"
                ],
                findings: 1,
                remediationURL: HostileText.javascriptURL
            ),
            ControlResult(
                controlId: "IAM.6",
                title: "Hardware MFA should be enabled for the root user",
                severity: .critical,
                layer: .layer(.account),
                state: .accepted,
                failingAccounts: [prod],
                failingResources: ["AWS::::Account:\(prod)"],
                findings: 1,
                acceptanceIds: ["RA-2026-001"],
                remediationURL: "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6"
            ),
            ControlResult(
                controlId: "S3.5",
                title: "S3 general purpose buckets should require requests to use SSL",
                severity: .medium,
                layer: .layer(.datastore),
                state: .accepted,
                failingAccounts: [prod],
                failingResources: ["arn:aws:s3:::shop-legacy-assets"],
                findings: 1,
                acceptanceIds: ["RA-2026-007"]
            ),
            ControlResult(
                controlId: "SSM.1",
                title: "EC2 instances should be managed by AWS Systems Manager",
                severity: .medium,
                layer: .layer(.network),
                state: .unknown,
                findings: 1
            ),
            ControlResult(
                controlId: "CloudTrail.1",
                title: "CloudTrail should be enabled and configured with at least one multi-Region trail",
                severity: .high,
                layer: .layer(.account),
                state: .passed,
                findings: 1
            ),
            ControlResult(
                controlId: "IAM.4",
                title: "IAM root user access key should not exist",
                severity: .critical,
                layer: .layer(.account),
                state: .passed,
                findings: 1
            ),
            ControlResult(
                controlId: "EC2.2",
                title: "VPC default security groups should not allow inbound or outbound traffic",
                severity: .high,
                layer: .layer(.network),
                state: .passed,
                findings: 1
            ),
            ControlResult(
                controlId: "WAF.2",
                title: "AWS WAF Classic Regional rules should have at least one condition",
                severity: .medium,
                layer: .layer(.webapp),
                state: .passed,
                findings: 1
            ),
            ControlResult(
                controlId: "RDS.3",
                title: "RDS DB instances should have encryption at-rest enabled",
                severity: .medium,
                layer: .layer(.datastore),
                state: .passed,
                findings: 1
            ),
            ControlResult(
                controlId: "DynamoDB.1",
                title: "DynamoDB tables should automatically scale capacity with demand",
                severity: .medium,
                layer: .layer(.datastore),
                state: .noData,
                findings: 1
            ),
        ]
    }
}
