import Foundation
import Importers
import ReportModel
import Testing

@Suite("front door evidence merges by key: one value per image, sorted, whatever the order of arrival")
struct FrontDoorMergingTests {
    /// 300 scans of 100 images (three each, at three times), in a scrambled but fixed order.
    private func scans() -> [ImageScanEvidence] {
        var result: [ImageScanEvidence] = []
        for image in 0..<100 {
            for scan in 0..<3 {
                result.append(
                    ImageScanEvidence(
                        registryId: image % 2 == 0 ? "111122223333" : "444455556666",
                        repository: "team\(image % 7)/service-\(image % 5)",
                        imageDigest: "sha256:\(String(image * 7919 % 1000, radix: 16))",
                        imageTags: ["build-\(image)-\(scan)"],
                        scanType: .basic,
                        scanCompletedAt: Date(timeIntervalSince1970: 1_795_000_000 + Double(scan * 3600)),
                        reportedSeverityCounts: ["HIGH": scan],
                        origin: RecordOrigin(file: "scan-\(scan).json", record: image)
                    )
                )
            }
        }
        // A fixed permutation (multiplying by a number prime to the count), not a random one.
        return (0..<result.count).map { result[($0 * 113) % result.count] }
    }

    @Test("one at a time, in bulk and merged from parts give the same sorted list; the latest scan wins")
    func orderIndependent() {
        let all = scans()
        var oneByOne = FrontDoorEvidence()
        for scan in all { oneByOne.add(scan) }
        let bulk = FrontDoorEvidence.merging(images: all)
        var parts = FrontDoorEvidence()
        for start in stride(from: 0, to: all.count, by: 37) {
            parts.merge(FrontDoorEvidence.merging(images: Array(all[start..<min(start + 37, all.count)].reversed())))
        }
        #expect(oneByOne == bulk)
        #expect(parts == bulk)
        #expect(bulk.images.count == 100)
        let sorted = bulk.images.sorted(by: ImageScanEvidence.reportOrder)
        #expect(bulk.images.map(\.imageKey) == sorted.map(\.imageKey))
        #expect(bulk.images.allSatisfy { $0.reportedSeverityCounts == ["HIGH": 2] })
        #expect(Set(bulk.images.map(\.imageKey)).count == 100)
    }

    @Test("a few values merged into many go one at a time and land in order")
    func fewIntoMany() {
        let all = scans()
        var evidence = FrontDoorEvidence.merging(images: Array(all.dropLast(5)))
        evidence.merge(FrontDoorEvidence.merging(images: Array(all.suffix(5))))
        #expect(evidence == FrontDoorEvidence.merging(images: all))
    }
}
