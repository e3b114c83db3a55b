import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The import's findings come out in identity order however the keys are sorted: in two halves on two
/// threads and merged, as one sort gives, for counts below, at and above the size that splits.
@Suite struct FindingSetOrderTests {
    @Test(arguments: [0, 1, 4095, 4096, 4097, 20_001])
    func sortedInHalvesEqualsOneSort(_ count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 7)
        let heads = [
            "arn:aws:securityhub:eu-west-1:111122223333:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.1/finding/",
            "arn:aws:guardduty:us-east-1:111122223333:detector/abc/finding/", "vuln|sha256:ab|", "short/", "",
            "arn:aws:inspector2:eu-west-1:111122223333:finding/", "日本/",
        ]
        let keys = (0..<count).map { index -> FindingIdentity in
            let head = heads[Int(generator.next() % UInt64(heads.count))]
            let tail =
                switch generator.next() % 3 {
                case 0: String(generator.next(), radix: 16) + String(generator.next(), radix: 16)
                case 1: "id-\(index)"
                default: "\(generator.next() % 1000)-\(index)"
                }
            return FindingIdentity(head + tail)
        }
        let halves = FindingSet.sortedInHalves(keys)
        #expect(halves == keys.sorted())
        #expect(halves.map(\.text) == keys.map(\.text).sorted())
    }
}
