import Foundation
import ReportModel

/// The one timestamp parser for every input family (docs/formats.md §4).
///
/// Numbers are epoch seconds, or milliseconds from 10^11 on; 10^14 and up (microseconds) is
/// refused. Strings are numeric (as numbers) or ISO 8601 with `T` or a space, 0–9 fraction
/// digits, and a zone `Z`, `±HH:MM`, `±HHMM`, `±HH` or none (UTC).
enum TimestampParser {
    /// Why a value is not a usable timestamp; the text is a diagnostic message.
    struct Problem: Error, Equatable {
        var message: Message
    }

    /// Parses an epoch number.
    /// - Parameter number: seconds or milliseconds since 1970.
    /// - Returns: the date, or the problem.
    static func date(fromEpoch number: Double) -> Result<Date, Problem> {
        guard number.isFinite, number >= 0 else {
            return .failure(Problem(message: Message(.invalidEpochTime, ["value": .text("\(number)")])))
        }
        if number >= 1e14 {
            // Only whole numbers well inside Int64 are shown as integers: converting 2^63 or more would trap.
            let shown = number < 9e18 && number.rounded() == number ? String(Int64(number)) : "\(number)"
            return .failure(Problem(message: Message(.epochTimeTooLarge, ["value": .text(shown)])))
        }
        let seconds = number >= 1e11 ? number / 1000 : number
        return .success(Date(timeIntervalSince1970: seconds))
    }

    /// 10⁰ … 10⁹, exact as doubles (what `pow(10, n)` returns for them, read from a table).
    private static let decimalPowers: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// Parses a timestamp string: numeric or ISO 8601.
    /// - Parameter text: the value as written.
    /// - Returns: the date, or the problem.
    static func date(from text: String) -> Result<Date, Problem> {
        // Read in place (four timestamps a finding): no copy of the bytes, no string made for a date.
        var utf8 = text
        let parsed = utf8.withUTF8 { all -> Result<Date, Problem>? in
            var start = all.startIndex
            var end = all.endIndex
            while end > start, all[end - 1] == UInt8(ascii: " ") || all[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            while start < end, all[start] == UInt8(ascii: " ") || all[start] == UInt8(ascii: "\t") { start += 1 }
            let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
            let numeric =
                !bytes.isEmpty
                && bytes.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
            if numeric, let number = Double(String(decoding: bytes, as: UTF8.self)) {
                return date(fromEpoch: number)
            }
            return iso8601(bytes).map { .success($0) }
        }
        return parsed ?? .failure(Problem(message: Message(.unparseableTimestamp, ["value": .text(text)])))
    }

    /// Parses ISO 8601 / RFC 3339 text by hand.
    private static func iso8601(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        var scanner = DigitScanner(bytes: bytes)
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
            let day = scanner.number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
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
            let (fraction, count) = scanner.digits()
            guard count > 0, count <= 9 else { return nil }
            seconds += Double(fraction) / decimalPowers[count]
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

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

/// Reads fixed-width digit groups and separators from ASCII bytes.
private struct DigitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ ascii: Unicode.Scalar) -> Bool {
        guard index < bytes.count, bytes[index] == UInt8(ascii: ascii) else { return false }
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

    /// The run of digits from here, as a number (its first 18 digits: a longer run is refused by its count) and
    /// its length.
    mutating func digits() -> (value: Int, count: Int) {
        let start = index
        var value = 0
        while index < bytes.count, (48...57).contains(bytes[index]) {
            if index - start < 18 { value = value * 10 + Int(bytes[index] - 48) }
            index += 1
        }
        return (value, index - start)
    }
}
