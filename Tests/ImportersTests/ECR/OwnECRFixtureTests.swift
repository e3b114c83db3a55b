import Foundation
import Importers
import ReportModel
import Testing

/// The twin of the shared-fixture ECR event test, and the describe-image-scan-findings shapes,
/// over the project's own files.
@Suite("ECR own fixtures")
struct OwnECRFixtureTests {
    private let apiDigest = "sha256:f9c954ce05400c368ac5127dc7b9fcb4a49990c5c6bf4d9088cbe3ac3b5b5017"

    private func data(_ name: String) throws -> Data { try FrontDoorFixtures.data(OwnFixtures.url("ecr/\(name)")) }

    @Test("the EventBridge scan event yields one image with its reported counts and no findings")
    func scanEvent() throws {
        let origin = RecordOrigin(file: "image-scan-event.json", record: 0)
        let result = try ECRScanImporter().importScanEvent(from: data("image-scan-event.json"), origin: origin)
        #expect(result.findings.isEmpty)
        #expect(result.diagnostics.isEmpty)
        let image = try #require(result.image)
        #expect(image.registryId == "111122223333")
        #expect(image.region == "eu-west-1")
        #expect(image.repository == "shop/api")
        #expect(image.imageDigest == apiDigest)
        #expect(image.imageTags == ["2026.11.2", "latest"])
        #expect(image.scanType == .basic)
        #expect(image.scanStatus == "COMPLETE")
        #expect(image.scanCompletedAt == FrontDoorFixtures.date("2026-11-21T03:12:45Z"))
        #expect(
            image.reportedSeverityCounts
                == ["CRITICAL": 1, "HIGH": 4, "MEDIUM": 7, "LOW": 2, "INFORMATIONAL": 5, "UNDEFINED": 1]
        )
        #expect(image.reportedTotal == 20)
        #expect(image.findings.isEmpty)
        #expect(image.countedSeverities.total == 0)
    }

    @Test("basic scanning: five findings, UNDEFINED counted as informational with a note")
    func basicScan() throws {
        let origin = RecordOrigin(file: "basic.json", record: 0)
        let result = try ECRScanImporter()
            .importScanFindings(from: data("describe-image-scan-findings-basic.json"), origin: origin)
        #expect(result.findings.count == 5)
        var severities = SeverityCounts()
        result.findings.forEach { severities.add($0.severity) }
        #expect(FrontDoorFixtures.worstFirst(severities) == [1, 2, 1, 0, 1])
        #expect(result.diagnostics.map(\.location) == ["record 0: imageScanFindings.findings[4].severity"])
        let expat = try #require(result.findings.first)
        #expect(expat.identity == "ecr|\(apiDigest)|CVE-2024-45490|expat@2.5.0-1")
        // 2026-11-21T04:12:45+01:00
        #expect(expat.updatedAt == FrontDoorFixtures.date("2026-11-21T03:12:45Z"))
        let image = try #require(result.image)
        #expect(image.scanType == .basic)
        #expect(image.imageTags == ["2026.11.2"])
        #expect(image.reportedTotal == 5)
    }

    @Test("enhanced scanning: Inspector findings with the Inspector identity")
    func enhancedScan() throws {
        let origin = RecordOrigin(file: "enhanced.json", record: 0)
        let result = try ECRScanImporter()
            .importScanFindings(from: data("describe-image-scan-findings-enhanced.json"), origin: origin)
        #expect(result.findings.count == 3)
        #expect(result.findings.allSatisfy { $0.identity.hasPrefix("inspector|arn:aws:inspector2:eu-west-1:") })
        #expect(result.findings.allSatisfy { $0.productName == "Inspector" && $0.region == "eu-west-1" })
        #expect(result.diagnostics.isEmpty)
        let image = try #require(result.image)
        #expect(image.scanType == .enhanced)
        #expect(image.repository == "shop/web")
        #expect(image.scanStatus == "ACTIVE")
        #expect(image.scanCompletedAt == Date(timeIntervalSince1970: 1_795_921_320))
        #expect(image.reportedSeverityCounts == ["HIGH": 2, "MEDIUM": 1])
    }
}
