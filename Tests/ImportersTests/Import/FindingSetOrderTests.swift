import ReportModel
import TestSupport
import Testing

@testable import Importers

/// The import's findings come out in identity order however the keys are sorted: each half sorted on its own and
/// merged in two parts on two threads, as one stable sort gives, for counts below, at and above the size that
/// splits, with identities repeated within and across the halves.
@Suite struct FindingSetOrderTests {
    @Test(arguments: [0, 1, 2, 3, 8191, 8192, 8193, 20_001])
    func mergedHalvesEqualOneSort(_ count: Int) {
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
                case 1: "id-\(index % 97)"
                default: "\(generator.next() % 1000)-\(index)"
                }
            return FindingIdentity(head + tail)
        }
        let keyed = keys.enumerated().map { FindingSet.Keyed(key: $0.element, position: Int32($0.offset)) }
        let expected = keyed.indices.sorted { (keyed[$0].key, $0) < (keyed[$1].key, $1) }.map { Int32($0) }
        for middle in Set([count / 2, 0, count, count / 3]) {
            let first = Array(keyed[..<middle]).sorted()
            let second = Array(keyed[middle...]).sorted()
            let positions = FindingSet.merged(first, second)
            #expect(positions == expected, "split at \(middle)")
            // The first part's share, for every length of the merged list's start.
            for length in Set([0, 1, count / 2, count]) where length <= count {
                let fromFirst = FindingSet.taken(length, first, second)
                let start = positions[..<length].filter { $0 < middle }.count
                #expect(fromFirst == start, "split at \(middle), length \(length)")
            }
        }
        #expect(expected.map { keys[Int($0)].text } == keys.map(\.text).sorted())
    }
}
