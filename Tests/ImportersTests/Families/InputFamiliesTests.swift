import Foundation
import ReportModel
import Testing

@testable import Importers

/// The families that recognise a JSON object, in registry order.
private struct Claims: Decodable {
    let families: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let shape = RecordShape(keys: Set(container.allKeys.map(\.stringValue)), container: container)
        families = InputFamilies.all.filter { $0.recognizes(shape) }.map { "\($0)" }
    }
}

@Suite("The registry of input families: every format has a family, each shape exactly one")
struct InputFamiliesTests {
    private func claims(_ json: String) throws -> [String] {
        try JSONDecoder().decode(Claims.self, from: Data(json.utf8)).families
    }

    @Test func everyFormatIsReadByARegisteredFamily() {
        let formats = Set(InputFamilies.all.map { $0.format })
        #expect(formats == Set(InputFormat.allCases))
    }

    @Test(
        "each family's shape is claimed by that family alone",
        arguments: [
            (#"{"SchemaVersion": "2018-10-08", "ProductArn": "p", "Id": "i"}"#, "ASFFFamily"),
            (#"{"class_uid": 2004, "finding_info": {}}"#, "OCSFFamily"),
            (#"{"finding_info": {}, "metadata": {}}"#, "OCSFFamily"),
            (#"{"findingArn": "a", "type": "PACKAGE_VULNERABILITY"}"#, "Inspector2Family"),
            (#"{"findingArn": "a", "type": "PACKAGE_VULNERABILITY", "imageScanFindings": {}}"#, "ECRScanFamily"),
            (#"{"imageScanStatus": {}}"#, "ECRScanFamily"),
            (#"{"WebACL": {}}"#, "WebACLFamily"),
            (#"{"DefaultAction": {}, "VisibilityConfig": {}, "Rules": []}"#, "WebACLFamily"),
            (#"{"SampledRequests": [], "PopulationSize": 3}"#, "SampledRequestsFamily"),
            (#"{"webaclId": "w", "httpRequest": {}}"#, "WAFLogFamily"),
        ]
    )
    func oneFamilyPerShape(json: String, family: String) throws {
        #expect(try claims(json) == [family])
    }

    @Test func envelopesAndStrangersAreNoFamilysRecords() throws {
        #expect(try claims(#"{"Findings": [], "NextToken": "t"}"#).isEmpty)
        #expect(try claims(#"{"logEvents": []}"#).isEmpty)
        #expect(try claims(#"{"findingArn": "a", "type": "SOMETHING_ELSE"}"#).isEmpty)
        #expect(try claims(#"{"a": 1}"#).isEmpty)
    }

    @Test func anEventBridgeEventIsAFamilysRecordOnlyByItsDetailType() {
        let claiming = InputFamilies.all.filter { $0.recognizesEvent(detailType: "ECR Image Scan") }.map { "\($0)" }
        #expect(claiming == ["ECRScanEventFamily"])
        #expect(InputFamilies.all.allSatisfy { !$0.recognizesEvent(detailType: "Security Hub Findings - Imported") })
    }

    @Test func aFindingDecodedElsewhereIsAnASFFFamilyRecord() throws {
        let json = #"{"SchemaVersion": "2018-10-08", "ProductArn": "p", "Id": "i"}"#
        let finding = try JSONDecoder().decode(ASFFFinding.self, from: Data(json.utf8))
        guard case .record(let record) = ClassifiedRecord.Kind.asff(finding) else {
            Issue.record("not a family record")
            return
        }
        #expect(record.format == .asff)
        #expect((record as? DecodedRecord<ASFFFamily>)?.record.id == "i")
    }
}
