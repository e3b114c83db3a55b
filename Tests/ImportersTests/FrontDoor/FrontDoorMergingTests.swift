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

    /// Records of one image: pages with findings (identities shared between pages, with other severities), events
    /// with counts only, at two or three scan times, in a fixed scrambled order.
    private func pieces(_ count: Int, seed: Int) -> [ImageScanEvidence] {
        var state = UInt64(truncatingIfNeeded: seed) &* 6_364_136_223_846_793_005 &+ 1
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let times: [Date?] = [
            nil, Date(timeIntervalSince1970: 1_795_000_000), Date(timeIntervalSince1970: 1_795_003_600),
        ]
        let severities: [Severity] = [.critical, .high, .medium, .low]
        return (0..<count).map { index in
            let event = next(4) == 0
            let findings: [ImageScanFinding] =
                event
                ? []
                : (0..<(1 + next(3))).map { _ -> ImageScanFinding in
                    let cve = next(6)
                    return ImageScanFinding(
                        identity: "vuln|sha256:0b2e|CVE-2026-\(cve)|openssl",
                        vulnerabilityId: "CVE-2026-\(cve)",
                        severity: severities[next(severities.count)],
                        reportedSeverity: "HIGH",
                        fixAvailable: next(2) == 0 ? "YES" : "NO"
                    )
                }
            return ImageScanEvidence(
                registryId: "111122223333",
                region: next(3) == 0 ? nil : ["eu-west-1", "us-east-1"][next(2)],
                repository: "shop/api",
                imageDigest: "sha256:0b2e",
                imageTags: ["v\(next(3))"],
                scanType: .basic,
                scanCompletedAt: times[next(times.count)],
                reportedSeverityCounts: ["HIGH": next(5)],
                findings: findings,
                partial: next(2) == 0,
                origin: RecordOrigin(file: ["a.json", "b.json"][next(2)], record: index)
            )
        }
    }

    @Test("the records of one image merged at once equal them merged two at a time in the order they were read")
    func piecesMergedAtOnce() throws {
        for seed in 0..<200 {
            let all = pieces(1 + seed % 12, seed: seed)
            let inReadOrder = all.sorted { ($0.origin.file, $0.origin.record) < ($1.origin.file, $1.origin.record) }
            let twoAtATime = inReadOrder.dropFirst().reduce(inReadOrder[0]) { $0.merged(with: $1) }
            let atOnce = try #require(ImageScanEvidence.merged(all))
            #expect(atOnce == twoAtATime, "seed \(seed)")
            #expect(ImageScanEvidence.merged(all.reversed()) == atOnce, "seed \(seed), reversed")
            #expect(FrontDoorEvidence.merging(images: all).images == [atOnce], "seed \(seed), in bulk")
        }
        #expect(ImageScanEvidence.merged([]) == nil)
    }

    @Test("web ACLs one at a time and in bulk: one per key, the record read last wins, in report order")
    func webACLsInBulk() {
        let acls = (0..<300).map { index in
            WebACLEvidence(
                name: "acl-\(index % 120)",
                id: "id-\(index % 120)",
                arn: "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/acl-\(index % 120)/id",
                defaultAction: index % 2 == 0 ? "ALLOW" : "BLOCK",
                rules: [],
                origin: RecordOrigin(file: "acls.json", record: (index * 113) % 300)
            )
        }
        var oneByOne = FrontDoorEvidence()
        for acl in acls { oneByOne.add(acl) }
        let bulk = FrontDoorEvidence.merging(webACLs: acls)
        #expect(oneByOne == bulk)
        #expect(bulk.webACLs.count == 120)
        #expect(bulk.webACLs == bulk.webACLs.sorted(by: WebACLEvidence.reportOrder))
        for acl in bulk.webACLs {
            let latest = acls.filter { $0.key == acl.key }.map(\.origin.record).max()
            #expect(acl.origin.record == latest)
        }
    }
}
