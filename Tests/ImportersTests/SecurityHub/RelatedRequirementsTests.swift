import Foundation
import Importers
import ReportModel
import Testing

/// `Compliance.RelatedRequirements` (ASFF) and `compliance.requirements` (OCSF) reach the finding,
/// so the report can group controls by framework requirement.
@Suite struct RelatedRequirementsTests {
    static func imported(_ text: String) throws -> [Finding] {
        try FindingImporter(options: ImportOptions())
            .importFindings(from: [InputSource(path: "r.json", content: .bytes(Array(text.utf8)))]).findings
    }

    @Test func asffCarriesRelatedRequirements() throws {
        let text = #"""
            {"Findings": [{"SchemaVersion": "2018-10-08", "Id": "f-1", "ProductArn":
            "arn:aws:securityhub:eu-west-1::product/aws/securityhub", "GeneratorId": "security-control/IAM.6",
            "AwsAccountId": "111122223333", "Types": ["Software and Configuration Checks"], "CreatedAt":
            "2026-11-01T00:00:00Z", "UpdatedAt": "2026-11-02T00:00:00Z", "Severity": {"Label": "CRITICAL"},
            "Title": "t", "Description": "d", "Resources": [{"Type": "AwsAccount", "Id": "AWS::::Account:111122223333"}],
            "Compliance": {"Status": "FAILED", "SecurityControlId": "IAM.6", "RelatedRequirements":
            ["NIST.800-53.r5 IA-2(1)", "PCI DSS v3.2.1/8.3.1", ""]}}]}
            """#
        let finding = try #require(try Self.imported(text).first)
        #expect(finding.controlId == "IAM.6")
        #expect(finding.relatedRequirements == ["NIST.800-53.r5 IA-2(1)", "PCI DSS v3.2.1/8.3.1"])
    }

    @Test func ocsfCarriesRequirements() throws {
        let text = #"""
            {"activity_id":1,"category_uid":2,"class_name":"Compliance Finding","class_uid":2003,
            "cloud":{"account":{"uid":"123456789012"},"provider":"AWS","region":"us-east-2"},
            "compliance":{"control":"IAM.1","requirements":["CIS AWS Foundations Benchmark v1.2.0/1.22"],
            "status":"Pass","status_id":1},"finding_info":{"created_time_dt":"2025-09-19T09:19:18.940Z",
            "modified_time_dt":"2025-09-19T09:19:18.940Z","title":"t","desc":"d",
            "uid":"arn:aws:securityhub:us-east-2:123456789012:security-control/IAM.1/finding/1"},
            "metadata":{"product":{"name":"Security Hub","vendor_name":"AWS"},"version":"1.6.0"},
            "resources":[{"type":"AWS::IAM::Policy","uid":"p"}],"severity":"Informational","severity_id":1,
            "status":"Resolved","status_id":4,"time_dt":"2025-09-19T09:19:18.940Z",
            "unmapped":{"compliance":{"KISA-ISMS-P-2023":["2.5.6"],"CIS-1.4":["1.20","1.21"]}}}
            """#
        let finding = try #require(try Self.imported(text).first)
        #expect(finding.controlId == "IAM.1")
        #expect(
            finding.relatedRequirements == [
                "CIS AWS Foundations Benchmark v1.2.0/1.22", "CIS-1.4/1.20", "CIS-1.4/1.21", "KISA-ISMS-P-2023/2.5.6",
            ]
        )
    }

    @Test func aProwlerUnmappedObjectOfAnotherShapeIsIgnored() throws {
        let text = #"""
            {"activity_id":1,"class_uid":2003,"cloud":{"account":{"uid":"123456789012"},"provider":"AWS"},
            "compliance":{"control":"IAM.1","status":"Pass"},"finding_info":{"created_time_dt":"2025-09-19T09:19:18Z",
            "modified_time_dt":"2025-09-19T09:19:18Z","title":"t","uid":"u-1"},
            "metadata":{"product":{"name":"Security Hub"}},"resources":[{"type":"AWS::IAM::Policy","uid":"p"}],
            "severity":"Low","severity_id":2,"status":"New","time_dt":"2025-09-19T09:19:18Z",
            "unmapped":{"compliance":"CIS-1.4 1.20"}}
            """#
        let finding = try #require(try Self.imported(text).first)
        #expect(finding.relatedRequirements.isEmpty)
    }
}
