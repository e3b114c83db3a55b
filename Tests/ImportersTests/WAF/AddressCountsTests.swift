import ReportModel
import TestSupport
import Testing

@testable import Importers

/// Client addresses are counted with IPv4 addresses as numbers; these hold the counts and the top list to
/// `WAFTrafficCount.top` of the same counts keyed by text, and the packing to give back exactly the text it read.
@Suite struct AddressCountsTests {
    @Test(arguments: [
        "0.0.0.0", "1.2.3.4", "255.255.255.255", "10.0.0.1", "192.168.100.200", "203.77.15.85",
    ])
    func usualIPv4AddressesArePackedAndWrittenBack(_ address: String) throws {
        let packed = try #require(AddressCounts.ipv4(address))
        #expect(AddressCounts.text(packed) == address)
    }

    @Test(arguments: [
        "", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "1.2.3.00", "256.1.1.1", "1.2.3.4 ", " 1.2.3.4", "1..3.4",
        ".1.2.3", "1.2.3.", "1.2.3.4/32", "::1", "2001:db8::1", "::ffff:1.2.3.4", "1.2.3.1000", "１.2.3.4", "a.b.c.d",
        "1.2.3.-4", "-", "unknown", "1.2.3.4\u{0}", "9999.1.1.1",
    ])
    func otherSpellingsStayText(_ address: String) {
        #expect(AddressCounts.ipv4(address) == nil)
    }

    @Test(arguments: 0..<40)
    func theTopListIsTheTextTopList(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        func next() -> UInt64 { random.next() }
        let others = ["::1", "2001:db8::1", "01.2.3.4", "-", "<script>", "9.9.9.9 ", "1.2.3.4", "10.0.0.10"]
        var counts = AddressCounts()
        var byText: [String: Int] = [:]
        for _ in 0..<Int(next() % 3000) {
            let address =
                next() % 4 == 0
                ? others[Int(next() % UInt64(others.count))]
                : "\(next() % 3).\(next() % 3).\(next() % 12).\(next() % 256)"
            let weight = next() % 5 == 0 ? Int(next() % 1000) : 1
            counts.add(address, weight: weight)
            byText[address, default: 0] += weight
        }
        for limit in [0, 1, 3, 10, 100_000] {
            #expect(
                counts.top(limit: limit) == WAFTrafficCount.top(byText, limit: limit),
                "seed \(seed) limit \(limit)"
            )
        }
    }
}
