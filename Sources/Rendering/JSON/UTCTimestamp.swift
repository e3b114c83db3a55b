import Foundation

/// An instant as ISO 8601 in UTC with whole seconds (`2026-11-03T08:15:00Z`), written from the number of
/// seconds without a calendar: report.json writes two per finding, and Foundation's format style costs
/// microseconds each. The same text as `Date.ISO8601FormatStyle` in UTC (`UTCTimestampTests` holds the two
/// side by side); instants it does not cover (before 1970, after 9999) are left to the format style.
enum UTCTimestamp {
    /// The instant's text, or nil outside 1970-01-01 … 9999-12-31 (and for a time that is not a number).
    static func text(_ date: Date) -> String? {
        let interval = date.timeIntervalSince1970
        guard interval >= 0, interval < 253_402_300_800 else { return nil }
        let seconds = Int(interval.rounded(.down))
        let days = seconds / 86_400
        let time = seconds % 86_400
        // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`).
        let shifted = days + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return String(unsafeUninitializedCapacity: 20) { buffer in
            func put(_ value: Int, _ digits: Int, at offset: Int) {
                var value = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            put(year, 4, at: 0)
            buffer[4] = UInt8(ascii: "-")
            put(month, 2, at: 5)
            buffer[7] = UInt8(ascii: "-")
            put(day, 2, at: 8)
            buffer[10] = UInt8(ascii: "T")
            put(time / 3_600, 2, at: 11)
            buffer[13] = UInt8(ascii: ":")
            put(time / 60 % 60, 2, at: 14)
            buffer[16] = UInt8(ascii: ":")
            put(time % 60, 2, at: 17)
            buffer[19] = UInt8(ascii: "Z")
            return 20
        }
    }
}
