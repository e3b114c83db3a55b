import Testing

@testable import Rendering

/// `ByteRun`, the growing allocation report.json's writers append to: what comes out is every piece appended, in
/// order, across every growth.
struct ByteRunTests {
    @Test func holdsEveryPieceAcrossGrowth() {
        var run = ByteRun(capacity: 0)
        var expected: [UInt8] = []
        // Pieces of every length from 0 to 300 (past the first 64 bytes and several doublings), and single bytes.
        for length in 0...300 {
            let piece = (0..<length).map { UInt8(truncatingIfNeeded: 0x41 + ($0 + length) % 26) }
            piece.withUnsafeBufferPointer { run.append($0) }
            expected += piece
            run.append(UInt8(ascii: "\n"))
            expected.append(UInt8(ascii: "\n"))
        }
        #expect(run.count == expected.count)
        #expect(run.text == String(decoding: expected, as: UTF8.self))
    }

    @Test func emptyAndMultibyteText() {
        var run = ByteRun(capacity: 1)
        #expect(run.text.isEmpty)
        let text = "é 🚀 \u{202E}"
        var copy = text
        copy.withUTF8 { run.append($0) }
        run.append(UInt8(ascii: "!"))
        #expect(run.text == text + "!")
        #expect(run.count == text.utf8.count + 1)
    }
}
