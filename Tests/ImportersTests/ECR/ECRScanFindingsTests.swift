import Foundation
import Importers
import ReportModel
import TestSupport
import Testing

@Suite("ECR describe-image-scan-findings")
struct ECRScanFindingsTests {
    private let basicDigest = "sha256:eb9165425b26804acf407ceb252076aa3f868cb66b1fd594d296d725223e32f0"

    private func importSample(_ name: String, region: String? = nil) throws -> ECRScanImport {
        let url = FrontDoorFixtures.sample("ecr/\(name)")
        return try ECRScanImporter(region: region)
            .importScanFindings(from: FrontDoorFixtures.data(url), origin: RecordOrigin(file: name, record: 0))
    }

    @Test("the basic sample: 13 findings, UNDEFINED counted as informational with a note")
    func basicSample() throws {
        let result = try importSample("shop-api-basic.json", region: "eu-west-1")
        #expect(result.findings.count == 13)
        var severities = SeverityCounts()
        result.findings.forEach { severities.add($0.severity) }
        #expect(FrontDoorFixtures.worstFirst(severities) == [1, 3, 3, 4, 2])
        #expect(result.findings.allSatisfy { $0.format == .ecr && $0.productName == "ECR" })
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.level == .note)
        #expect(result.diagnostics.first?.location == "record 0: imageScanFindings.findings[12].severity")

        let expat = try #require(result.findings.first)
        #expect(expat.identity == "vuln|\(basicDigest)|CVE-2024-45490|expat")
        #expect(expat.title == "CVE-2024-45490 - expat")
        #expect(expat.severity == .critical)
        #expect(expat.accountId == "111122223333")
        #expect(expat.vulnerabilityIds == ["CVE-2024-45490"])
        #expect(
            expat.resources == [
                Resource(
                    type: "AwsEcrContainerImage",
                    id: "arn:aws:ecr:eu-west-1:111122223333:repository/shop/api/\(basicDigest)",
                    region: "eu-west-1"
                )
            ]
        )
        #expect(expat.updatedAt == FrontDoorFixtures.date("2026-11-28T09:14:22Z"))
        let perl = result.findings.first { $0.vulnerabilityIds == ["CVE-2023-31484"] }
        #expect(perl?.remediationURL == "https://security-tracker.debian.org/tracker/CVE-2023-31484 ")
        #expect(perl?.identity == "vuln|\(basicDigest)|CVE-2023-31484|perl")

        let image = try #require(result.image)
        #expect(image.scanType == .basic)
        #expect(image.repository == "shop/api")
        #expect(image.imageTags == ["2026.11.5"])
        #expect(image.scanStatus == "COMPLETE")
        #expect(image.scanCompletedAt == FrontDoorFixtures.date("2026-11-28T09:14:22Z"))
        #expect(image.reportedSeverityCounts["UNDEFINED"] == 1)
        #expect(image.reportedTotal == 13)
        #expect(FrontDoorFixtures.worstFirst(image.countedSeverities) == FrontDoorFixtures.worstFirst(severities))
        #expect(image.fixAvailableCount == 0)
        #expect(image.exploitAvailableCount == 0)
        #expect(image.oldestFirstObservedAt == nil)
    }

    @Test("the enhanced sample: 8 Inspector findings that merge on the finding ARN")
    func enhancedSample() throws {
        let result = try importSample("shop-web-enhanced.json")
        #expect(result.diagnostics.isEmpty)
        #expect(result.findings.count == 8)
        var severities = SeverityCounts()
        result.findings.forEach { severities.add($0.severity) }
        #expect(FrontDoorFixtures.worstFirst(severities) == [1, 2, 2, 3, 0])
        let arn = "arn:aws:inspector2:eu-west-1:111122223333:finding/6070400e9c7a60332934354045bec8b8"
        let rapidReset = try #require(result.findings.first { $0.id == arn })
        #expect(
            rapidReset.identity.hasPrefix("vuln|sha256:")
                && rapidReset.identity.hasSuffix("|CVE-2023-44487|golang.org/x/net")
        )
        #expect(rapidReset.productName == "Inspector")
        #expect(rapidReset.format == .ecr)
        #expect(rapidReset.title == "CVE-2023-44487 - golang.org/x/net")
        #expect(rapidReset.region == "eu-west-1")
        #expect(rapidReset.workflow == .new && rapidReset.recordState == .active)
        #expect(rapidReset.vulnerabilityIds == ["CVE-2023-44487"])
        #expect(rapidReset.resources.first?.type == "AwsEcrContainerImage")
        #expect(rapidReset.updatedAt == Date(timeIntervalSince1970: 1_795_922_062.5))
        #expect(result.findings.allSatisfy { $0.identity.hasPrefix("vuln|sha256:") })

        let image = try #require(result.image)
        #expect(image.scanType == .enhanced)
        #expect(image.scanStatus == "ACTIVE")
        #expect(image.region == "eu-west-1")
        #expect(image.repository == "shop/web")
        #expect(image.imageTags == ["2026.11.3"])
        #expect(image.reportedSeverityCounts == ["CRITICAL": 1, "HIGH": 2, "MEDIUM": 2, "LOW": 3])
        #expect(FrontDoorFixtures.worstFirst(image.countedSeverities) == FrontDoorFixtures.worstFirst(severities))
        #expect(image.fixAvailableCount == 4)
        #expect(image.exploitAvailableCount == 2)
        #expect(image.oldestFirstObservedAt == Date(timeIntervalSince1970: 1_788_414_189))
        #expect(image.scanCompletedAt == Date(timeIntervalSince1970: 1_795_921_320))
    }

    @Test("two pages of one scan: findings add up, findingSeverityCounts are not summed")
    func pagesAreNotSummed() throws {
        let url = FrontDoorFixtures.sample("ecr/shop-api-basic.json")
        let object = try #require(try JSONSerialization.jsonObject(with: FrontDoorFixtures.data(url)) as? [String: Any])
        let scan = try #require(object["imageScanFindings"] as? [String: Any])
        let findings = try #require(scan["findings"] as? [Any])
        func page(_ slice: ArraySlice<Any>, nextToken: String?) throws -> Data {
            var copy = object
            var copyScan = scan
            copyScan["findings"] = Array(slice)
            copy["imageScanFindings"] = copyScan
            copy["nextToken"] = nextToken
            return try JSONSerialization.data(withJSONObject: copy)
        }
        let importer = ECRScanImporter()
        let first = try importer.importScanFindings(
            from: page(findings[..<7], nextToken: "token"),
            origin: RecordOrigin(file: "page.json", record: 0)
        )
        let second = try importer.importScanFindings(
            from: page(findings[7...], nextToken: nil),
            origin: RecordOrigin(file: "page.json", record: 1)
        )
        #expect(first.diagnostics.contains { $0.english == "partial export: more pages follow" })
        #expect(first.image?.partial == true)
        var evidence = FrontDoorEvidence()
        for image in [second.image, first.image, first.image].compactMap({ $0 }) { evidence.add(image) }
        #expect(evidence.images.count == 1)
        let image = try #require(evidence.images.first)
        #expect(image.findings.count == 13)
        #expect(image.countedSeverities.total == 13)
        #expect(image.reportedTotal == 13)
        #expect(image.partial == false)
    }

    @Test("a later scan of the same image replaces the earlier one, in either order")
    func laterScanWins() throws {
        let event = FrontDoorFixtures.json(
            #"""
            {"detail-type":"ECR Image Scan","source":"aws.ecr","account":"111122223333","time":"2026-11-29T08:00:00Z",
             "region":"eu-west-1","detail":{"scan-status":"COMPLETE","repository-name":"shop/api",
             "image-digest":"sha256:eb9165425b26804acf407ceb252076aa3f868cb66b1fd594d296d725223e32f0",
             "finding-severity-counts":{"CRITICAL":0,"HIGH":1}}}
            """#
        )
        let later = try #require(
            try ECRScanImporter().importScanEvent(from: event, origin: RecordOrigin(file: "z.json", record: 0)).image
        )
        let earlier = try #require(try importSample("shop-api-basic.json").image)
        let one = FrontDoorEvidence.merging(images: [earlier, later])
        let other = FrontDoorEvidence.merging(images: [later, earlier])
        #expect(one == other)
        #expect(one.images.first?.reportedSeverityCounts == ["CRITICAL": 0, "HIGH": 1])
        #expect(one.images.first?.findings.isEmpty == true)
    }

    @Test("UNTRIAGED, SUPPRESSED and CLOSED enhanced findings")
    func enhancedStates() throws {
        let data = FrontDoorFixtures.json(
            #"""
            {"registryId":"111122223333","repositoryName":"r","imageId":{"imageDigest":"sha256:01"},
             "imageScanStatus":{"status":"ACTIVE"},
             "imageScanFindings":{"imageScanCompletedAt":"2026-11-02 10:00:00.5+0100","enhancedFindings":[
              {"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/a","severity":"UNTRIAGED",
               "status":"ACTIVE","fixAvailable":"PARTIAL","firstObservedAt":"2026-10-01T00:00:00Z"},
              {"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/b","severity":"HIGH",
               "status":"SUPPRESSED","exploitAvailable":"YES"},
              {"findingArn":"arn:aws:inspector2:eu-west-1:111122223333:finding/c","severity":"LOW","status":"CLOSED"}]}}
            """#
        )
        let result = try ECRScanImporter().importScanFindings(
            from: data,
            origin: RecordOrigin(file: "s.json", record: 0)
        )
        #expect(result.findings.map(\.severity) == [.high, .low, .informational])
        #expect(result.findings.map(\.workflow) == [.suppressed, .resolved, .new])
        #expect(result.findings.map(\.recordState) == [.active, .archived, .active])
        #expect(result.diagnostics.map(\.english) == ["severity UNTRIAGED counted as INFORMATIONAL"])
        let image = try #require(result.image)
        #expect(FrontDoorFixtures.worstFirst(image.countedSeverities) == [0, 0, 0, 0, 1])
        #expect(image.fixAvailableCount == 1)
        #expect(image.exploitAvailableCount == 0)
        #expect(image.oldestFirstObservedAt == FrontDoorFixtures.date("2026-10-01T00:00:00Z"))
        #expect(image.scanCompletedAt == Date(timeIntervalSince1970: 1_793_610_000.5))
    }

    @Test("a value of the wrong type is an error naming its JSON path")
    func wrongType() {
        let data = FrontDoorFixtures.json(#"{"imageScanFindings":{"findings":[{"name":"CVE-1","severity":5}]}}"#)
        let origin = RecordOrigin(file: "bad.json", record: 4)
        #expect(
            throws: FrontDoorImportError.invalidRecord(
                origin: origin,
                path: "imageScanFindings.findings[0].severity",
                message: Message(.expectedType, ["type": .message(Message(.typeString))])
            )
        ) {
            try ECRScanImporter().importScanFindings(from: data, origin: origin)
        }
    }

    @Test("bytes that are not JSON are an error")
    func notJSON() {
        let origin = RecordOrigin(file: "bad.json", record: 0)
        #expect {
            try ECRScanImporter().importScanFindings(from: Data("{".utf8), origin: origin)
        } throws: { error in
            guard case .invalidJSON(let errorOrigin, _) = error as? FrontDoorImportError else { return false }
            return errorOrigin == origin
        }
    }
}
