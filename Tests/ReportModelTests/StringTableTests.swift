import ReportModel
import TestSupport
import Testing

/// The intern table gives back equal text, the same copy for equal text, and stops adding at its limit.
@Suite struct StringTableTests {
    /// Whether two strings share their storage.
    private static func sameStorage(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { a in right.withUTF8 { b in a.baseAddress == b.baseAddress } }
    }

    @Test("seeded strings of every length: equal text, one copy per distinct text")
    func sharesEqualText() {
        var table = StringTable()
        var generator = SeededGenerator(seed: 99)
        var first: [String: String] = [:]
        let alphabet = Array("ab:/|é日😀-0123456789".unicodeScalars)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...40, using: &generator)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(count % 7 == 0 ? count : count / 3) {
                scalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &generator)])
            }
            let text = String(scalars)
            let kept = table.shared(String(decoding: Array(text.utf8), as: UTF8.self))
            #expect(kept == text)
            guard text.utf8.count > 15 else { continue }
            if let earlier = first[text] {
                #expect(Self.sameStorage(kept, earlier), "\(text)")
            } else {
                first[text] = kept
            }
        }
        #expect(first.count > 1_000)
    }

    @Test("past its limit the table still finds what it holds and adds nothing more")
    func limit() {
        var table = StringTable(limit: 3)
        let texts = (0..<10).map { "a string longer than fifteen bytes #\($0)" }
        let kept = texts.map { table.shared(String(decoding: Array($0.utf8), as: UTF8.self)) }
        for (index, text) in texts.enumerated() {
            let again = table.shared(String(decoding: Array(text.utf8), as: UTF8.self))
            #expect(again == text)
            #expect(Self.sameStorage(again, kept[index]) == (index < 3), "\(index)")
        }
    }

    @Test("strings longer than the longest kept are given back as they are")
    func longest() {
        var table = StringTable(longest: 20)
        let long = String(repeating: "x", count: 21)
        let first = table.shared(String(decoding: Array(long.utf8), as: UTF8.self))
        let second = table.shared(String(decoding: Array(long.utf8), as: UTF8.self))
        #expect(first == long && second == long)
        #expect(!Self.sameStorage(first, second))
    }

    @Test("text is kept byte for byte: a canonically equivalent spelling is another string")
    func bytesNotCanonicalEquivalence() {
        var table = StringTable()
        let composed = "arn:aws:s3:::caf\u{E9}-bucket-name"
        let decomposed = "arn:aws:s3:::cafe\u{301}-bucket-name"
        #expect(composed == decomposed)
        _ = table.shared(composed)
        let kept = table.shared(decomposed)
        #expect(Array(kept.utf8) == Array(decomposed.utf8))
        let bytes = Array(decomposed.utf8)
        let read = bytes.withUnsafeBufferPointer { table.shared(utf8: $0) }
        #expect(Array(read.utf8) == bytes)
        #expect(Self.sameStorage(read, kept))
    }

    @Test("strings read by their bytes are the strings read as text")
    func bytesAndTextAgree() {
        var table = StringTable(limit: 50)
        var generator = SeededGenerator(seed: 5)
        for round in 0..<2_000 {
            let text = "resource-" + String(Int.random(in: 0..<120, using: &generator)) + "-\(round % 3)-long-enough"
            let bytes = Array(text.utf8)
            let kept =
                round.isMultiple(of: 2)
                ? bytes.withUnsafeBufferPointer { table.shared(utf8: $0) }
                : table.shared(String(decoding: bytes, as: UTF8.self))
            #expect(kept == text)
            #expect(Array(kept.utf8) == bytes)
        }
    }
}
