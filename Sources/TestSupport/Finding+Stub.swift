import Foundation
public import ReportModel

extension Finding {
    /// A small control finding for tests: Security Hub, consolidated id, `eu-west-1`, one resource (the account
    /// itself unless `resource` is given). `control` is the control id, e.g. `IAM.6`; `severity` defaults to HIGH
    /// when `status` is failed, else informational; `firstObserved` is `YYYY-MM-DD`.
    /// - Returns: the finding.
    public static func control(
        _ control: String,
        _ status: ComplianceStatus,
        account: String = "111122223333",
        resource: String? = nil,
        resourceType: String = "AwsAccount",
        severity: Severity? = nil,
        workflow: WorkflowStatus = .new,
        recordState: RecordState = .active,
        firstObserved: String = "2026-10-01"
    ) -> Finding {
        let resourceId = resource ?? "AWS::::Account:\(account)"
        let id =
            "arn:aws:securityhub:eu-west-1:\(account):security-control/\(control)/finding/\(resourceId.hashValueText)"
        let productArn = "arn:aws:securityhub:eu-west-1::product/aws/securityhub"
        return Finding(
            identity: "asff|\(productArn)|\(id)",
            id: id,
            productArn: productArn,
            productName: "Security Hub",
            generatorId: "security-control/\(control)",
            title: "\(control) check",
            accountId: account,
            region: "eu-west-1",
            severity: severity ?? (status == .failed ? .high : .informational),
            controlId: control,
            compliance: status,
            workflow: workflow,
            recordState: recordState,
            resources: [Resource(type: resourceType, id: resourceId, region: "eu-west-1")],
            firstObservedAt: ReportDate(firstObserved)?.startOfDay,
            updatedAt: ReportDate("2026-11-20")?.startOfDay
        )
    }

    /// A small non-control finding for tests (GuardDuty, Inspector …); `product` is the product key of its
    /// product ARN, e.g. `aws/guardduty`.
    /// - Returns: the finding.
    public static func issue(
        _ id: String,
        product: String = "aws/guardduty",
        productName: String = "GuardDuty",
        severity: Severity,
        account: String = "111122223333",
        resourceType: String = "AwsEc2Instance",
        resource: String = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0123456789abcdef0",
        workflow: WorkflowStatus = .new,
        recordState: RecordState = .active,
        cves: [String] = []
    ) -> Finding {
        let productArn = "arn:aws:securityhub:eu-west-1::product/\(product)"
        return Finding(
            identity: "asff|\(productArn)|\(id)",
            id: id,
            productArn: productArn,
            productName: productName,
            title: "\(productName) finding \(id)",
            accountId: account,
            region: "eu-west-1",
            severity: severity,
            workflow: workflow,
            recordState: recordState,
            resources: [Resource(type: resourceType, id: resource, region: "eu-west-1")],
            firstObservedAt: ReportDate("2026-11-01")?.startOfDay,
            vulnerabilityIds: cves
        )
    }
}

extension String {
    /// A short, stable (not randomised) digest of the text for ids in tests.
    fileprivate var hashValueText: String {
        var hash: UInt64 = 1_469_598_103_934_665_603
        for byte in utf8 {
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        return String(hash, radix: 16)
    }
}
