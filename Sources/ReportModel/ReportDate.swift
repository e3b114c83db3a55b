public import Foundation

/// A calendar date in UTC (`YYYY-MM-DD`): the report's as-of date. The clock is an input.
///
/// Stored in 8 bytes (a year of 32 bits, month and day of 16): the history holds a first-seen and a last-seen
/// date for every finding of every stored month. A year beyond ±2^31 (a month or day beyond ±2^15) is clamped
/// (the importers read years 0000–9999 only).
public struct ReportDate: Sendable, Equatable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year.
    public var year: Int {
        get { Int(storedYear) }
        set { storedYear = Int32(clamping: newValue) }
    }
    /// The month, 1–12.
    public var month: Int {
        get { Int(storedMonth) }
        set { storedMonth = Int16(clamping: newValue) }
    }
    /// The day of the month, 1–31.
    public var day: Int {
        get { Int(storedDay) }
        set { storedDay = Int16(clamping: newValue) }
    }

    private var storedYear: Int32
    private var storedMonth: Int16
    private var storedDay: Int16

    /// Creates a date from valid parts.
    public init(year: Int, month: Int, day: Int) {
        storedYear = Int32(clamping: year)
        storedMonth = Int16(clamping: month)
        storedDay = Int16(clamping: day)
    }

    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2026-02-30`.
    public init?(_ text: String) {
        // The usual text, ten ASCII bytes, read in place (the history reads two dates per stored finding).
        var text = text
        if let parts = text.withUTF8({ Self.digitsDate($0) }) {
            guard (1...12).contains(parts.month), parts.day >= 1,
                parts.day <= Self.daysIn(year: parts.year, month: parts.month)
            else { return nil }
            self.init(year: parts.year, month: parts.month, day: parts.day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= Self.daysIn(year: year, month: month)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The UTC calendar date of an instant.
    /// - Parameter date: the instant.
    public init(_ date: Date) {
        // Counted from the epoch in days for the years 1900–9999 (every finding's dates: a calendar per
        // date cost a tenth of a second per 100k findings); the calendar, with its Julian years, elsewhere.
        let seconds = date.timeIntervalSince1970
        if seconds >= Self.fastRange.lowerBound, seconds < Self.fastRange.upperBound {
            let (year, month, day) = Self.civil(fromDays: Int((seconds / 86_400).rounded(.down)))
            self.init(year: year, month: month, day: day)
            return
        }
        let components = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        // Digits by hand: history writes and reads a date per finding, and `String(format:)` is slow.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        // Ten ASCII bytes written in place: a string that short is stored inline (no allocation).
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ value: Int, _ count: Int, at start: Int) {
                var value = value
                for offset in stride(from: count - 1, through: 0, by: -1) {
                    text[start + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, 4, at: 0)
            text[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            text[7] = UInt8(ascii: "-")
            put(day, 2, at: 8)
            return 10
        }
    }

    /// The last day of a period: the as-of date a month's snapshot is recorded under.
    /// - Parameter period: `YYYY-MM`.
    /// - Returns: e.g. 2024-02-29 for `2024-02`; `nil` when the text is not a period.
    public static func lastDay(of period: String) -> ReportDate? {
        guard period.count == 7, let first = ReportDate(period + "-01") else { return nil }
        let next =
            first.month == 12
            ? ReportDate(year: first.year + 1, month: 1, day: 1)
            : ReportDate(year: first.year, month: first.month + 1, day: 1)
        return next.adding(days: -1)
    }

    /// The period this date falls in, `YYYY-MM`.
    public var period: String { String(format: "%04d-%02d", year, month) }

    /// Midnight UTC at the start of the day.
    public var startOfDay: Date {
        if let days = daysSinceEpoch { return Date(timeIntervalSince1970: Double(days) * 86_400) }
        return Self.calendar.date(from: DateComponents(year: year, month: month, day: day))
            ?? Date(timeIntervalSince1970: 0)
    }

    /// Days from 1970-01-01 to this date, for a valid date in 1900–9999 (`nil` otherwise: the calendar decides).
    private var daysSinceEpoch: Int? {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= Self.daysIn(year: year, month: month)
        else { return nil }
        // Howard Hinnant's days_from_civil, proleptic Gregorian (the calendar's own rules after 1582).
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The instants counted in days from the epoch: 1900-01-01T00:00:00Z up to, not including, 10000-01-01.
    private static let fastRange = -2_208_988_800.0..<253_402_300_800.0

    /// Howard Hinnant's civil_from_days: the date `days` days after 1970-01-01 (days ≥ -719468).
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The instant the day ends (midnight UTC of the next day): findings up to here belong to it.
    public var endOfDay: Date { startOfDay.addingTimeInterval(86_400) }

    /// Whole days from this date to another (negative when the other is earlier).
    /// - Parameter other: the later date.
    /// - Returns: the number of days.
    public func days(until other: ReportDate) -> Int {
        Int((other.startOfDay.timeIntervalSince(startOfDay) / 86_400).rounded())
    }

    /// The date `days` days later.
    /// - Parameter days: how many days to add (may be negative).
    /// - Returns: the new date.
    public func adding(days: Int) -> ReportDate {
        ReportDate(startOfDay.addingTimeInterval(Double(days) * 86_400))
    }

    /// Orders chronologically.
    public static func < (lhs: ReportDate, rhs: ReportDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Encodes as `YYYY-MM-DD`.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes `YYYY-MM-DD`.
    /// - Throws: `DecodingError` for anything else.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = ReportDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \"\(text)\"")
        }
        self = date
    }

    /// The numbers of `DDDD-DD-DD` (ASCII digits only), or `nil` for any other text (the general parser decides).
    private static func digitsDate(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    private static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
