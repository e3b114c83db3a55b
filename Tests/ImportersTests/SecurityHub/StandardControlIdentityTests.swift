import Foundation
import Importers
import ReportModel
import Testing

/// A control finding without `Compliance.SecurityControlId` keeps its standard, version and id.
@Suite struct StandardControlIdentityTests {
    static func record(generator: String, fields: String = "") -> String {
        #"{"SchemaVersion":"2018-10-08","Id":"arn:aws:securityhub:eu-west-1:111122223333:subscription/x/finding/1","ProductArn":"arn:aws:securityhub:eu-west-1::product/aws/securityhub","GeneratorId":"GEN","AwsAccountId":"111122223333","CreatedAt":"2024-01-01T00:00:00Z","UpdatedAt":"2024-01-01T00:00:00Z","Title":"t","Description":"d","Resources":[{"Type":"AwsAccount","Id":"a"}],"Severity":{"Label":"HIGH"},"Compliance":{"Status":"FAILED"}FIELDS}"#
            .replacingOccurrences(of: "GEN", with: generator).replacingOccurrences(of: "FIELDS", with: fields)
    }

    @Test(
        arguments: [
            (
                "arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0/rule/1.14", "",
                "cis-aws-foundations-benchmark", "1.2.0", "1.14"
            ),
            ("cis-aws-foundations-benchmark/v/1.4.0/2.1.5.1", "", "cis-aws-foundations-benchmark", "1.4.0", "2.1.5.1"),
            ("pci-dss/v/3.2.1/PCI.IAM.4", "", "pci-dss", "3.2.1", "PCI.IAM.4"),
            (
                "custom-generator",
                #","ProductFields":{"StandardsControlArn":"arn:aws:securityhub:eu-west-1:111122223333:control/cis-aws-foundations-benchmark/v/3.0.0/1.14"}"#,
                "cis-aws-foundations-benchmark", "3.0.0", "1.14"
            ),
        ]
    )
    func theTripleIsRead(generator: String, fields: String, standard: String, version: String, id: String) throws {
        let data = try StreamingShapeTests.run(Self.record(generator: generator, fields: fields))
        let finding = try #require(data.findings.first)
        #expect(finding.standardControl == StandardControlRef(standard: standard, version: version, controlId: id))
        #expect(finding.controlId == id)
    }

    @Test func aConsolidatedFindingHasNoStandardReference() throws {
        let text = Self.record(generator: "security-control/IAM.6")
            .replacingOccurrences(of: #""Status":"FAILED""#, with: #""Status":"FAILED","SecurityControlId":"IAM.6""#)
        let finding = try #require(try StreamingShapeTests.run(text).findings.first)
        #expect(finding.standardControl == nil)
        #expect(finding.controlId == "IAM.6")
    }
}
