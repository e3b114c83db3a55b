import Foundation
import ReportModel

/// An instant as ISO 8601 in UTC with whole seconds (`2026-11-03T08:15:00Z`), written from the number of
/// seconds without a calendar (the day is `ReportDate`'s): report.json writes two per finding, and
/// Foundation's format style costs microseconds each. The same text as `Date.ISO8601FormatStyle` in UTC (`UTCTimestampTests` holds the two
/// side by side); instants it does not cover (before 1970, after 9999) are left to the format style.
enum UTCTimestamp {
    /// The instant's text, or nil outside 1970-01-01 … 9999-12-31 (and for a time that is not a number).
    static func text(_ date: Date) -> String? {
        var covered = true
        let text = String(unsafeUninitializedCapacity: length) { buffer in
            covered = write(date, into: buffer)
            return covered ? length : 0
        }
        return covered ? text : nil
    }

    /// How many bytes the text takes.
    static let length = 20

    /// Writes the instant's text into the first `length` bytes of `buffer` (at least that long); false, with
    /// nothing written, outside 1970-01-01 … 9999-12-31 (and for a time that is not a number).
    static func write(_ date: Date, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        // Whole seconds counted as a date holds them, from 2001 (converting to seconds from 1970 first can
        // round an instant a hair before midnight up to the midnight).
        let sinceReference = date.timeIntervalSinceReferenceDate.rounded(.down)
        guard sinceReference >= -978_307_200, sinceReference < 252_423_993_600, buffer.count >= length else {
            return false
        }
        let seconds = Int(sinceReference) + 978_307_200
        let time = seconds % 86_400
        // The day as the report's dates count it (UTC, days from the epoch), from its midnight: a whole number
        // of days divides exactly, where an instant a hair before midnight could round up to the next day.
        let date = ReportDate(Date(timeIntervalSince1970: Double(seconds - time)))
        func put(_ value: Int, _ digits: Int, at offset: Int) {
            var value = value
            for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
        }
        put(date.year, 4, at: 0)
        buffer[4] = UInt8(ascii: "-")
        put(date.month, 2, at: 5)
        buffer[7] = UInt8(ascii: "-")
        put(date.day, 2, at: 8)
        buffer[10] = UInt8(ascii: "T")
        put(time / 3_600, 2, at: 11)
        buffer[13] = UInt8(ascii: ":")
        put(time / 60 % 60, 2, at: 14)
        buffer[16] = UInt8(ascii: ":")
        put(time % 60, 2, at: 17)
        buffer[19] = UInt8(ascii: "Z")
        return true
    }
}
