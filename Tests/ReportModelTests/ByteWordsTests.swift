import TestSupport
import Testing

@testable import ReportModel

/// The eight- and sixteen-bytes-at-a-time tests and scans (`ByteWords`, `CByteScan`) say what testing each byte says.
@Suite struct ByteWordsTests {
    /// Whether a string body stops at this byte.
    private static func stops(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
    }

    /// A word of eight bytes, the first in the lowest byte (as a little-endian load reads them).
    private static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test("every byte value at every position of a plain word, and beside every other value")
    func everyByteAtEveryPosition() {
        for value in 0...255 {
            for position in 0..<8 {
                for filler: UInt8 in [UInt8(ascii: "a"), 0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xC3, 0xFF] {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(value)
                    let expected = bytes.contains(where: Self.stops)
                    #expect(ByteWords.mayStopString(Self.word(bytes)) == expected, "\(bytes)")
                }
            }
        }
    }

    @Test("seeded random words, pairs of special bytes included")
    func randomWords() {
        var generator = SeededGenerator(seed: 20_261_201)
        let interesting: [UInt8] = [
            0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x9F, 0xA2, 0xDC, 0xFF,
        ]
        for round in 0..<200_000 {
            let bytes = (0..<8).map { _ in
                round % 2 == 0
                    ? UInt8.random(in: 0...255, using: &generator)
                    : interesting[Int.random(in: 0..<interesting.count, using: &generator)]
            }
            #expect(ByteWords.mayStopString(Self.word(bytes)) == bytes.contains(where: Self.stops), "\(bytes)")
        }
    }

    @Test("all-ASCII over every length and every position of one high byte")
    func allASCII() {
        for count in 0..<40 {
            let plain = [UInt8](repeating: 0x7F, count: count)
            #expect(plain.withUnsafeBufferPointer(ByteWords.allASCII))
            for position in 0..<count {
                for high: UInt8 in [0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[position] = high
                    #expect(!bytes.withUnsafeBufferPointer(ByteWords.allASCII), "\(count) \(position)")
                }
            }
        }
    }

    @Test("plain runs, ASCII only or not: every start and limit, one special byte at every position")
    func plainRuns() {
        let specials: [UInt8] = [0x00, 0x1F, 0x22, 0x5C, 0x80, 0xC3, 0xFF]
        for count in 0..<34 {
            let plain = [UInt8](repeating: UInt8(ascii: "x"), count: count)
            var cases = [plain]
            for position in 0..<count {
                for special in specials {
                    var bytes = plain
                    bytes[position] = special
                    cases.append(bytes)
                }
            }
            for bytes in cases {
                for start in 0...count {
                    for limit in start...count {
                        for asciiOnly in [true, false] {
                            var expected = start
                            while expected < limit {
                                let byte = bytes[expected]
                                if byte < 0x20 || byte == 0x22 || byte == 0x5C || (asciiOnly && byte >= 0x80) { break }
                                expected += 1
                            }
                            let run = bytes.withUnsafeBufferPointer {
                                ByteWords.plainRun($0, from: start, upTo: limit, asciiOnly: asciiOnly)
                            }
                            #expect(run == expected - start, "\(bytes) \(start) \(limit) \(asciiOnly)")
                        }
                    }
                }
            }
        }
    }

    @Test("plain runs and space runs: every byte value at every position of 40 bytes, from every start")
    func everyByteValueInRuns() {
        func plainStop(_ byte: UInt8, _ asciiOnly: Bool) -> Bool {
            byte < 0x20 || byte == 0x22 || byte == 0x5C || (asciiOnly && byte >= 0x80)
        }
        for filler in [UInt8(ascii: "x"), UInt8(ascii: " ")] {
            for value in 0...255 {
                for position in 0..<40 {
                    var bytes = [UInt8](repeating: filler, count: 40)
                    bytes[position] = UInt8(value)
                    for start in [0, 1, 7, 15, 16, 17, position, 39, 40] where start <= 40 {
                        bytes.withUnsafeBufferPointer { buffer in
                            for asciiOnly in [true, false] {
                                let expected: Int = (start..<40).first { plainStop(bytes[$0], asciiOnly) } ?? 40
                                let run = ByteWords.plainRun(buffer, from: start, upTo: 40, asciiOnly: asciiOnly)
                                #expect(run == expected - start, "\(filler) \(value) \(position) \(start) \(asciiOnly)")
                            }
                            let spaces: Int = (start..<40).first { bytes[$0] != 0x20 } ?? 40
                            #expect(
                                ByteWords.spaceRun(buffer.baseAddress!, from: start, upTo: 40) == spaces - start,
                                "\(filler) \(value) \(position) \(start)"
                            )
                        }
                    }
                }
            }
        }
    }

    @Test("plain printable: every byte value at every position of texts of every length up to two vectors and a half")
    func plainPrintable() {
        func printable(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C }
        for count in 1..<41 {
            for position in 0..<count {
                for value in 0...255 {
                    for filler: UInt8 in [UInt8(ascii: "a"), 0x20, 0x7E, 0x5B] {
                        var bytes = [UInt8](repeating: filler, count: count)
                        bytes[position] = UInt8(value)
                        let answer = bytes.withUnsafeBufferPointer { ByteWords.isPlainPrintable($0) }
                        let byWords = bytes.withUnsafeBufferPointer {
                            ByteWords.isPlainPrintableByWords($0.baseAddress!, count: $0.count)
                        }
                        #expect(answer == bytes.allSatisfy(printable), "\(bytes)")
                        #expect(byWords == answer, "\(bytes)")
                    }
                }
            }
        }
        #expect([UInt8]().withUnsafeBufferPointer { ByteWords.isPlainPrintable($0) })
    }
}
