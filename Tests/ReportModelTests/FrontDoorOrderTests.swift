import ReportModel
import Testing

/// Front door evidence is a value in report order: the init sorts, it does not merge (the importers do).
@Suite struct FrontDoorOrderTests {
    static func image(_ repository: String, registry: String = "111122223333") -> ImageScanEvidence {
        ImageScanEvidence(
            registryId: registry,
            repository: repository,
            imageDigest: "sha256:\(repository.count)",
            scanType: .basic,
            origin: RecordOrigin(file: "scan.json", record: 0)
        )
    }

    static func traffic(_ webACL: String, _ source: WAFTrafficEvidence.Source) -> WAFTrafficEvidence {
        WAFTrafficEvidence(webACL: webACL, source: source)
    }

    @Test func valuesArePutInReportOrderWhateverOrderTheyCameIn() {
        let images = [Self.image("web"), Self.image("api", registry: "444455556666"), Self.image("api")]
        let traffic = [Self.traffic("shop-b", .log), Self.traffic("shop-a", .log), Self.traffic("shop-a", .sampled)]
        let forward = FrontDoorEvidence(images: images, traffic: traffic)
        let backward = FrontDoorEvidence(images: images.reversed(), traffic: traffic.reversed())

        #expect(forward == backward)
        #expect(
            forward.images.map { "\($0.repository) \($0.registryId)" } == [
                "api 111122223333", "api 444455556666", "web 111122223333",
            ]
        )
        #expect(forward.traffic.map(\.key) == traffic.map(\.key).sorted())
        #expect(!forward.isEmpty && FrontDoorEvidence().isEmpty)
    }

    @Test func theInitKeepsEveryValueItIsGiven() {
        let twice = FrontDoorEvidence(images: [Self.image("web"), Self.image("web")])
        #expect(twice.images.count == 2)
    }
}
