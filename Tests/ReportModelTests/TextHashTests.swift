import ReportModel
import Testing

/// `TextHash` gives equal bytes equal hashes, tells apart texts that differ in one byte anywhere (in the words it
/// reads sixteen bytes at a time and in the tail it reads apart), in length alone (trailing zero bytes) and
/// spreads similar identifiers evenly over a table's slots.
struct TextHashTests {
    static func hash(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { TextHash.hash($0) }
    }

    @Test func equalBytesEqualHashesAndOneByteChangesIt() {
        for length in 0..<70 {
            let text = String((0..<length).map { Character(UnicodeScalar(UInt8(65 + $0 % 26))) })
            #expect(Self.hash(text) == Self.hash(String(text)))
            #expect(Self.hash(text) != Self.hash(text + "\u{0}"), "length \(length)")
            for position in 0..<length {
                var bytes = Array(text.utf8)
                bytes[position] ^= 0x01
                #expect(
                    Self.hash(text) != Self.hash(String(decoding: bytes, as: UTF8.self)),
                    "\(length) at \(position)"
                )
            }
        }
    }

    @Test func similarIdentifiersSpreadOverSlots() {
        // 65,536 ARNs that differ only in a counter: each of 4,096 slots (the low 12 bits) gets 16 on average.
        var slots = [Int](repeating: 0, count: 4_096)
        var seen = Set<Int>()
        for number in 0..<65_536 {
            let hash = Self.hash("arn:aws:s3:::shop-prod-bucket-\(number)")
            slots[hash & 4_095] += 1
            seen.insert(hash)
        }
        #expect(seen.count == 65_536)
        #expect(slots.max() ?? 0 <= 48)
        #expect(slots.min() ?? 0 >= 1)
    }
}
