import Foundation
import Importers
import ReportModel
import Testing

/// The same facts written in two families must normalise alike (docs/formats.md §5.3).
@Suite struct CrossFormatTests {
    static let asff = #"""
        {"SchemaVersion":"2018-10-08","Id":"arn:aws:securityhub:us-east-2:123456789012:security-control/SQS.1/finding/f1",
         "ProductArn":"arn:aws:securityhub:us-east-2::product/aws/securityhub","GeneratorId":"security-control/SQS.1",
         "AwsAccountId":"123456789012","CreatedAt":"2025-09-19T09:17:27Z","UpdatedAt":"2025-09-19T09:17:27.903Z",
         "Title":"SQS queues should be encrypted at rest","Description":"d","Severity":{"Label":"MEDIUM"},
         "Resources":[{"Type":"AwsSqsQueue","Id":"arn:aws:sqs:us-east-2:123456789012:q","Tags":{"env":"prod"}}],
         "Compliance":{"Status":"FAILED","SecurityControlId":"SQS.1"},"Workflow":{"Status":"SUPPRESSED"},"RecordState":"ARCHIVED"}
        """#

    static let ocsf = #"""
        {"class_uid":2003,"activity_id":3,"severity":"Medium","severity_id":3,"status":"Suppressed","status_id":3,
         "metadata":{"uid":"m1","product":{"name":"Security Hub","uid":"arn:aws:securityhub:us-east-2::productv2/aws/securityhub"}},
         "cloud":{"account":{"uid":"123456789012"},"region":"us-east-2"},
         "finding_info":{"uid":"arn:aws:securityhub:us-east-2:123456789012:security-control/SQS.1/finding/f1",
           "title":"SQS queues should be encrypted at rest","modified_time":1758273447903},
         "compliance":{"control":"SQS.1","status":"Fail","status_id":3},
         "resources":[{"uid":"arn:aws:sqs:us-east-2:123456789012:q","type":"AWS::SQS::Queue","tags":[{"name":"env","value":"prod"}]}]}
        """#

    static func single(_ text: String, path: String) throws -> Finding {
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: path, content: .bytes(Array(text.utf8)))
        ])
        #expect(data.diagnostics.isEmpty, "\(data.diagnostics)")
        return try #require(data.findings.first)
    }

    @Test func asffAndOCSFAgree() throws {
        let fromASFF = try Self.single(Self.asff, path: "a.json")
        let fromOCSF = try Self.single(Self.ocsf, path: "o.json")
        #expect(fromASFF.controlId == fromOCSF.controlId)
        #expect(fromASFF.compliance == fromOCSF.compliance)
        #expect(fromASFF.workflow == fromOCSF.workflow)
        #expect(fromASFF.recordState == fromOCSF.recordState)
        #expect(fromASFF.severity == fromOCSF.severity)
        #expect(fromASFF.updatedAt == fromOCSF.updatedAt)
        #expect(fromASFF.productName == fromOCSF.productName)
        #expect(fromASFF.resources.first?.tags == fromOCSF.resources.first?.tags)
    }

    static let inspectorASFF = #"""
        {"Findings":[{"SchemaVersion":"2018-10-08","Id":"arn:aws:inspector2:eu-west-1:111122223333:finding/abc",
         "ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/inspector","GeneratorId":"AWSInspector",
         "AwsAccountId":"111122223333","CreatedAt":"2024-01-01T00:00:00Z","UpdatedAt":"2024-01-01T00:00:00Z",
         "Title":"CVE-2024-0001 - openssl","Description":"d","Severity":{"Label":"HIGH"},
         "Resources":[{"Type":"AwsEc2Instance","Id":"i-1"}],"Vulnerabilities":[{"Id":"CVE-2024-0001"}]}]}
        """#

    static let inspector2 = #"""
        {"findings":[{"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/abc","type":"PACKAGE_VULNERABILITY",
         "awsAccountId":"111122223333","title":"CVE-2024-0001 - openssl","description":"d","severity":"CRITICAL",
         "status":"ACTIVE","firstObservedAt":1704067200,"lastObservedAt":1706745600,"updatedAt":1706745600,
         "packageVulnerabilityDetails":{"vulnerabilityId":"CVE-2024-0001"},"resources":[{"type":"AWS_EC2_INSTANCE","id":"i-1"}]}]}
        """#

    @Test func inspectorFindingSeenTwiceCountsOnce() throws {
        let data = try FindingImporter().importFindings(from: [
            InputSource(path: "asff.json", content: .bytes(Array(Self.inspectorASFF.utf8))),
            InputSource(path: "inspector2.json", content: .bytes(Array(Self.inspector2.utf8))),
        ])
        #expect(data.findings.count == 1)
        #expect(data.duplicates == 1)
        let finding = try #require(data.findings.first)
        #expect(finding.identity == "inspector|arn:aws:inspector2:eu-west-1:111122223333:finding/abc")
        #expect(finding.format == .inspector2)
        #expect(finding.severity == .critical)
        #expect(data.duplicates + data.findings.count + data.skipped.count == data.records)
    }
}
