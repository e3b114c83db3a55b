import Foundation

/// A timestamp as exported: a JSON number (epoch seconds or milliseconds) or an ISO 8601 string.
///
/// Keeps the original text for display and the parsed UTC date (`nil` when unreadable, which
/// the importer reports as a diagnostic). See FORMATS.md §8.
struct FrontDoorTimestamp: Decodable, Sendable, Equatable {
    /// The value as written.
    let raw: String
    /// The instant, when the value could be read.
    let date: Date?

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            raw = Self.text(of: number)
            date = Self.date(fromNumber: number)
        } else {
            let text = try container.decode(String.self)
            raw = text
            date = Self.date(from: text)
        }
    }

    /// An epoch number: ≥ 10^14 is rejected (microseconds), ≥ 10^11 is milliseconds, else seconds.
    /// - Parameter number: the number.
    /// - Returns: the date, or `nil` for microseconds and non-finite values.
    static func date(fromNumber number: Double) -> Date? {
        guard number.isFinite else { return nil }
        let magnitude = abs(number)
        if magnitude >= 1e14 { return nil }
        if magnitude >= 1e11 { return Date(timeIntervalSince1970: number / 1000) }
        return Date(timeIntervalSince1970: number)
    }

    /// Reads a numeric string or an ISO 8601 / RFC 3339 text: `T` or space, 0–9 fraction digits,
    /// zone `Z`, `±HH:MM`, `±HHMM`, `±HH` or none (UTC); a bare date is midnight UTC.
    /// - Parameter text: the text.
    /// - Returns: the date, or `nil` when the text is none of these.
    static func date(from text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Double(trimmed), trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
            return date(fromNumber: number)
        }
        var scanner = DigitScanner(Array(trimmed.utf8))
        guard let year = scanner.number(4), scanner.take("-"), let month = scanner.number(2), scanner.take("-"),
            let day = scanner.number(2), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
        if scanner.atEnd { return Date(timeIntervalSince1970: seconds) }
        guard scanner.take("T") || scanner.take("t") || scanner.take(" "), let hour = scanner.number(2),
            scanner.take(":"), let minute = scanner.number(2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if scanner.take(":") {
            guard let second = scanner.number(2), second <= 60 else { return nil }
            seconds += Double(second)
            if scanner.take(".") || scanner.take(",") {
                guard let fraction = scanner.fraction(maxDigits: 9) else { return nil }
                seconds += fraction
            }
        }
        guard let offset = scanner.zoneOffset(), scanner.atEnd else { return nil }
        return Date(timeIntervalSince1970: seconds - Double(offset))
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func text(of number: Double) -> String {
        if number.rounded() == number, let whole = Int(exactly: number) { return String(whole) }
        return String(number)
    }
}

/// Reads digits and punctuation from ASCII bytes, for the timestamp parser.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func number(_ digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    mutating func fraction(maxDigits: Int) -> Double? {
        var value = 0.0
        var scale = 0.1
        var count = 0
        while index < bytes.count, (48...57).contains(bytes[index]) {
            value += Double(bytes[index] - 48) * scale
            scale /= 10
            count += 1
            index += 1
        }
        return (1...maxDigits).contains(count) ? value : nil
    }

    /// The zone offset in seconds east of UTC: none or `Z` is 0.
    mutating func zoneOffset() -> Int? {
        if atEnd || take("Z") || take("z") { return 0 }
        let sign: Int
        if take("+") {
            sign = 1
        } else if take("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(2), hours <= 23 else { return nil }
        if atEnd { return sign * hours * 3600 }
        _ = take(":")
        guard let minutes = number(2), minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
