import Foundation
import Importers
import ReportModel
import Testing

@Suite("ECR image scan event")
struct ECRScanEventTests {
    @Test(
        "the lambdago EventBridge event yields one image with its reported counts and no findings",
        .needsSharedFixtures
    )
    func lambdagoEvent() throws {
        let url = FrontDoorFixtures.shared("ecr/lambdago_ecr-image-scan-event.json")
        let origin = RecordOrigin(file: url.lastPathComponent, record: 0)
        let result = try ECRScanImporter().importScanEvent(from: FrontDoorFixtures.data(url), origin: origin)
        #expect(result.findings.isEmpty)
        #expect(result.diagnostics.isEmpty)
        let image = try #require(result.image)
        #expect(image.registryId == "123456789012")
        #expect(image.region == "eu-north-1")
        #expect(image.repository == "tribble-image-scan-test")
        #expect(image.imageDigest == "sha256:d4a96ee9443e641fc100e763a0c10928720b50c6e3ea3342d05d7c3435fc5355")
        #expect(image.imageTags == ["1572471135"])
        #expect(image.scanType == .basic)
        #expect(image.scanStatus == "COMPLETE")
        #expect(image.scanCompletedAt == FrontDoorFixtures.date("2019-10-30T21:32:27Z"))
        #expect(
            image.reportedSeverityCounts
                == ["CRITICAL": 10, "HIGH": 2, "MEDIUM": 9, "LOW": 3, "INFORMATIONAL": 0, "UNDEFINED": 0]
        )
        #expect(image.reportedTotal == 24)
        #expect(image.findings.isEmpty)
        #expect(image.countedSeverities.total == 0)
    }

    @Test("the event's detail object alone is read too")
    func bareDetail() throws {
        let detail = FrontDoorFixtures.json(
            #"{"scan-status":"COMPLETE","repository-name":"r","image-digest":"sha256:ab","finding-severity-counts":{"HIGH":"2"}}"#
        )
        let result = try ECRScanImporter(region: "eu-west-1")
            .importScanEvent(from: detail, origin: RecordOrigin(file: "d.json", record: 3))
        #expect(result.image?.reportedSeverityCounts == ["HIGH": 2])
        #expect(result.image?.region == "eu-west-1")
    }

    @Test("an event without an image digest is an error with its position")
    func missingDigest() {
        let event = FrontDoorFixtures.json(#"{"detail-type":"ECR Image Scan","detail":{"repository-name":"r"}}"#)
        let origin = RecordOrigin(file: "e.json", record: 2)
        #expect(throws: FrontDoorImportError.missingField(origin: origin, path: "detail.image-digest")) {
            try ECRScanImporter().importScanEvent(from: event, origin: origin)
        }
    }
}
