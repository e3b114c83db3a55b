import Foundation
import TestSupport
import Testing

@testable import Rendering

/// report.json's timestamps written without a calendar are the text Foundation's ISO 8601 format style writes
/// in UTC, whole seconds, for every instant it covers; outside them the format style answers.
@Suite struct UTCTimestampTests {
    private static func reference(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt))
    }

    @Test func matchesTheFormatStyleOnRandomInstants() {
        var random = SeededGenerator(seed: 20_261_201)
        var checked = 0
        for _ in 0..<20_000 {
            // Seconds across 1970 … 9999, with and without fractions (milliseconds, and fractions a hair
            // below the next second).
            let whole = Double(Int.random(in: 0..<253_402_300_800, using: &random))
            for fraction in [0, 0.001, 0.5, 0.999, 0.999_999] {
                let date = Date(timeIntervalSince1970: whole + fraction)
                #expect(UTCTimestamp.text(date) == Self.reference(date), "\(whole + fraction)")
                checked += 1
            }
        }
        #expect(checked == 100_000)
    }

    @Test func matchesTheFormatStyleAtTheEdges() {
        // Month and year ends, leap days (2000 is one, 2100 is not), the first and last covered second.
        let texts = [
            "1970-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "2000-02-29T12:00:00Z", "2024-02-29T23:59:59Z",
            "2026-11-30T23:59:59Z", "2026-12-31T23:59:59Z", "2100-02-28T23:59:59Z", "2100-03-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
        ]
        for text in texts {
            let date = try! Date(text, strategy: .iso8601)
            #expect(UTCTimestamp.text(date) == text)
            #expect(Self.reference(date) == text)
        }
    }

    @Test func matchesTheFormatStyleJustBeforeMidnight() {
        // The largest instant before a midnight: far from 1970 it is a few microseconds before it.
        for midnight in [86_400.0, 1_764_547_200, 4_102_444_800, 253_402_214_400] {
            // A date holds seconds since 2001: the largest of those before the midnight.
            let date = Date(
                timeIntervalSinceReferenceDate: (midnight - Date.timeIntervalBetween1970AndReferenceDate).nextDown
            )
            #expect(UTCTimestamp.text(date) == Self.reference(date), "\(midnight)")
            #expect(UTCTimestamp.text(date)?.hasSuffix("T23:59:59Z") == true, "\(midnight)")
        }
    }

    @Test func leavesInstantsOutsideItsRangeToTheFormatStyle() {
        for interval in [-1.0, -0.5, -86_400 * 365.0, 253_402_300_800, .infinity, -.infinity, .nan] {
            #expect(UTCTimestamp.text(Date(timeIntervalSince1970: interval)) == nil, "\(interval)")
        }
        let before1970 = Date(timeIntervalSince1970: -1)
        #expect(JSONFinding.timestamp(before1970) == Self.reference(before1970))
    }
}
