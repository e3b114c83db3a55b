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

    static func combined(_ values: [String?], _ numbers: [Int] = []) -> Int {
        var hasher = TextHash.Combined()
        for value in values { hasher.combine(value) }
        for number in numbers { hasher.combine(number) }
        return hasher.finalize()
    }

    @Test func combinedHashesEqualValuesAlikeAndTellsPartsApart() {
        let values: [String?] = ["arn:aws:securityhub:::product/aws/securityhub", "Security Hub", nil, "IAM.6"]
        #expect(Self.combined(values, [3]) == Self.combined(values.map { $0.map { String($0) } }, [3]))
        // Each value matters, and where it is: moved, missing or nil instead of empty, the hash changes.
        #expect(Self.combined(values) != Self.combined(Array(values.reversed())))
        #expect(Self.combined(values) != Self.combined(Array(values.dropLast())))
        #expect(Self.combined([nil]) != Self.combined([""]))
        #expect(Self.combined(["ab", "c"]) != Self.combined(["a", "bc"]))
        #expect(Self.combined(values, [3]) != Self.combined(values, [4]))
        var lists = TextHash.Combined()
        lists.combine(["a", "b"])
        var other = TextHash.Combined()
        other.combine(["a"])
        other.combine(["b"])
        #expect(lists.finalize() != other.finalize())
    }

    @Test func combinedHashesCanonicallyEquivalentTextAlike() {
        // `é` precomposed and as `e` with a combining accent are equal strings: one hash, as `Hasher` gives.
        let precomposed = "R\u{00E9}sum\u{00E9} des contr\u{00F4}les"
        let decomposed = "Re\u{0301}sume\u{0301} des contro\u{0302}les"
        #expect(precomposed == decomposed)
        #expect(Array(precomposed.utf8) != Array(decomposed.utf8))
        #expect(Self.combined([precomposed]) == Self.combined([decomposed]))
        #expect(Self.combined(["\u{6A29}\u{9650}"]) == Self.combined(["\u{6A29}\u{9650}"]))
    }
}
