import Foundation
import TestSupport
import Testing

@testable import Importers

/// The timestamp parser reads a string's bytes in place; these tests hold it to the parser it replaced (which
/// copied them into an array first, `ReferenceParser` below) on generated timestamps of every shape the table
/// accepts and on near misses: the same date to the bit, or the same refusal.
@Suite struct TimestampParserDifferentialTests {
    @Test func generatedTimestampsParseAsBefore() {
        var random = SeededGenerator(seed: 20_261_201)
        var checked = 0
        for _ in 0..<60_000 {
            let text = Self.timestamp(&random)
            let now = try? TimestampParser.date(from: text).get()
            let before = ReferenceParser.date(from: text)
            #expect(
                now?.timeIntervalSinceReferenceDate.bitPattern == before?.timeIntervalSinceReferenceDate.bitPattern,
                "\(text)"
            )
            if now != nil { checked += 1 }
        }
        // Most generated values are well formed: the comparison is not only of refusals.
        #expect(checked > 30_000)
    }

    @Test(arguments: [
        "", " ", "\t", "2024", "2024-06", "2024-06-14", " 2024-06-14T02:03:53Z ", "\t2024-06-14T02:03:53.5Z\t",
        "2024-06-14T02:03:53.Z", "2024-06-14T02:03:53.1234567890Z", "2024-06-14T02:03:53.0000000000000000000000001Z",
        "2024-06-14T02:03:53+", "2024-06-14T02:03:53+2", "2024-06-14T02:03:53+02:", "2024-06-14T02:03:53+02:0",
        "2024-06-14T02:03:53+19", "2024-06-14T24:00:00Z", "2024-13-01", "2024-00-10", "2024-06-32", "2024-06-14x",
        "1718330633", "1718330633.5", "1718330633051", "99999999999999", "1.2.3", ".", "..", "2024-06-14T02:03:60Z",
        "2024-06-14t02:03:53z", "2024-06-14 02:03", "2024-06-14T02:03:53,25+05:30", "２０２４-06-14",
        "2024-06-14T02:03:53Zé",
    ])
    func edgeCasesParseAsBefore(_ text: String) {
        let now = try? TimestampParser.date(from: text).get()
        let before = ReferenceParser.date(from: text)
        #expect(now?.timeIntervalSinceReferenceDate.bitPattern == before?.timeIntervalSinceReferenceDate.bitPattern)
    }

    /// A timestamp of a random shape: ISO 8601 with `T`, `t` or a space, with or without seconds, fraction and
    /// zone; epoch numbers; padding; and one byte in ten changed.
    static func timestamp(_ random: inout SeededGenerator) -> String {
        func two(_ value: UInt64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        if random.next() % 10 == 0 {
            return random.next() % 2 == 0
                ? "\(random.next() % 2_000_000_000)" : "\(random.next() % 2_000_000_000_000).\(random.next() % 1000)"
        }
        var text = "\(1970 + random.next() % 130)-\(two(random.next() % 14))-\(two(random.next() % 33))"
        if random.next() % 8 != 0 {
            text += ["T", "t", " "][Int(random.next() % 3)]
            text += "\(two(random.next() % 25)):\(two(random.next() % 61))"
            if random.next() % 6 != 0 { text += ":\(two(random.next() % 62))" }
            if random.next() % 2 == 0 {
                let digits = Int(random.next() % 11)
                text +=
                    (random.next() % 5 == 0 ? "," : ".")
                    + String((0..<digits).map { _ in Character("\(random.next() % 10)") })
            }
            switch random.next() % 6 {
            case 0: break
            case 1: text += "Z"
            case 2: text += "z"
            case 3: text += "+\(two(random.next() % 20)):\(two(random.next() % 61))"
            case 4: text += "-\(two(random.next() % 20))\(two(random.next() % 61))"
            default: text += "+\(two(random.next() % 20))"
            }
        }
        if random.next() % 10 == 0 {
            var bytes = Array(text.utf8)
            bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(32 + random.next() % 95)
            text = String(decoding: bytes, as: UTF8.self)
        }
        if random.next() % 12 == 0 { text = " " + text + "\t" }
        return text
    }
}

/// The string parser as it was: the text's bytes copied, trimmed, then read.
private enum ReferenceParser {
    static func date(from text: String) -> Date? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes.removeLast() }
        let start = bytes.firstIndex { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") } ?? bytes.endIndex
        if start > 0 { bytes.removeFirst(start) }
        let numeric =
            !bytes.isEmpty
            && bytes.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
        if numeric, let number = Double(String(decoding: bytes, as: UTF8.self)) {
            return try? TimestampParser.date(fromEpoch: number).get()
        }
        return iso8601(bytes)
    }

    private static func iso8601(_ bytes: [UInt8]) -> Date? {
        var scanner = Scanner(bytes: bytes)
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
            let day = scanner.number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let days = era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
        var seconds = Double(days) * 86_400
        if scanner.atEnd { return Date(timeIntervalSince1970: seconds) }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
            let hour = scanner.number(2), scanner.skip(":"), let minute = scanner.number(2),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        if scanner.skip(":") {
            guard let value = scanner.number(2), value <= 60 else { return nil }
            second = value
        }
        seconds += Double(hour * 3600 + minute * 60 + second)
        if scanner.skip(".") || scanner.skip(",") {
            let digits = scanner.digits()
            guard !digits.isEmpty, digits.count <= 9 else { return nil }
            seconds += Double(digits.reduce(0) { $0 * 10 + Int($1 - 48) }) / pow(10, Double(digits.count))
        }
        if scanner.atEnd || scanner.skip("Z") || scanner.skip("z") {
            return scanner.atEnd ? Date(timeIntervalSince1970: seconds) : nil
        }
        let sign: Double
        if scanner.skip("+") { sign = 1 } else if scanner.skip("-") { sign = -1 } else { return nil }
        guard let offsetHours = scanner.number(2), offsetHours <= 18 else { return nil }
        var offsetMinutes = 0
        if !scanner.atEnd {
            _ = scanner.skip(":")
            guard let value = scanner.number(2), value < 60 else { return nil }
            offsetMinutes = value
        }
        guard scanner.atEnd else { return nil }
        seconds -= sign * Double(offsetHours * 3600 + offsetMinutes * 60)
        return Date(timeIntervalSince1970: seconds)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Character) -> Bool {
            guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        mutating func number(_ width: Int) -> Int? {
            guard index + width <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }

        mutating func digits() -> [UInt8] {
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return Array(bytes[start..<index])
        }
    }
}
