import Foundation
import ReportModel
import TestSupport
import Testing

/// The report date: parsing, calendar arithmetic and periods, all in UTC.
@Suite struct ReportDateTests {
    @Test(arguments: ["2026-11-30", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01"])
    func realDatesParseAndPrintBack(text: String) throws {
        let date = try #require(ReportDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: [
        "2026-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "26-11-30", "2026/11/30",
        "2026-11-30T00:00:00Z", " 2026-11-30", "", "yesterday", "2026-11-3a", "2026+11-30", "2026-11-30\n",
        "２０２６-11-30", "2026-1１-30",
    ])
    func impossibleOrMalformedDatesAreRejected(text: String) {
        #expect(ReportDate(text) == nil)
    }

    @Test func partsReadBackAsWrittenAndBeyondRangeAreClamped() {
        var date = ReportDate(year: 2026, month: 11, day: 30)
        #expect((date.year, date.month, date.day) == (2026, 11, 30))
        date.year = -44
        date.month = 13
        date.day = 0
        #expect((date.year, date.month, date.day) == (-44, 13, 0), "any part a caller sets reads back within range")
        #expect(date == ReportDate(year: -44, month: 13, day: 0))
        let far = ReportDate(year: Int.max, month: Int.min, day: 40_000)
        #expect((far.year, far.month, far.day) == (Int(Int32.max), Int(Int16.min), Int(Int16.max)))
        #expect(MemoryLayout<ReportDate>.size == 8, "two dates per stored finding row per month")
    }

    @Test func arithmeticCrossesMonthsYearsAndLeapDays() throws {
        let start = ReportDate(year: 2024, month: 2, day: 28)
        #expect(start.adding(days: 1).description == "2024-02-29")
        #expect(start.adding(days: 2).description == "2024-03-01")
        #expect(ReportDate(year: 2026, month: 12, day: 31).adding(days: 1).description == "2027-01-01")
        #expect(ReportDate(year: 2026, month: 1, day: 1).adding(days: -1).description == "2025-12-31")
        #expect(ReportDate(year: 2026, month: 4, day: 1).days(until: ReportDate(year: 2027, month: 3, day: 31)) == 364)
        #expect(
            ReportDate(year: 2026, month: 11, day: 30).days(until: ReportDate(year: 2026, month: 10, day: 31)) == -30
        )
        #expect(ReportDate(year: 2026, month: 11, day: 30).period == "2026-11")
    }

    @Test func ordersByCalendarAndReadsAnInstantInUTC() {
        #expect(ReportDate(year: 2026, month: 9, day: 30) < ReportDate(year: 2026, month: 10, day: 1))
        // 2026-11-30T23:59:59Z is still the 30th in UTC, whatever the machine's zone.
        #expect(ReportDate(Date(timeIntervalSince1970: 1_796_083_199)).description == "2026-11-30")
        #expect(ReportDate(Date(timeIntervalSince1970: 1_796_083_200)).description == "2026-12-01")
        let day = ReportDate(year: 2026, month: 11, day: 30)
        #expect(day.endOfDay.timeIntervalSince(day.startOfDay) == 86_400)
    }

    @Test func encodesAsTheISODateString() throws {
        let data = try JSONEncoder().encode([ReportDate(year: 2026, month: 3, day: 5)])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-03-05"]"#)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([ReportDate].self, from: Data(#"["2026-02-30"]"#.utf8))
        }
    }
}

/// The last day of a month, the date a backfilled month is recorded under.
@Suite struct LastDayOfPeriodTests {
    @Test(arguments: [
        ("2026-11", "2026-11-30"), ("2026-12", "2026-12-31"), ("2024-02", "2024-02-29"), ("2026-02", "2026-02-28"),
        ("2100-02", "2100-02-28"), ("2026-01", "2026-01-31"),
    ])
    func lastDay(period: String, expected: String) {
        #expect(ReportDate.lastDay(of: period)?.description == expected)
    }

    @Test(arguments: ["2026-13", "2026-1", "november", "2026-11-01", ""])
    func notAPeriod(text: String) {
        #expect(ReportDate.lastDay(of: text) == nil)
    }
}

/// `YYYY-MM-DD`, zero-padded, as `String(format: "%04d-%02d-%02d")` writes it.
@Suite struct ReportDateDescriptionTests {
    @Test(arguments: [(2026, 11, 30), (2026, 1, 5), (99, 12, 31), (0, 1, 1), (9999, 9, 9), (12345, 1, 2), (-5, 3, 4)])
    func padded(year: Int, month: Int, day: Int) {
        let date = ReportDate(year: year, month: month, day: day)
        #expect(date.description == String(format: "%04d-%02d-%02d", year, month, day))
    }

    /// The dates counted in days from the epoch agree with the Gregorian calendar in UTC: every day from
    /// 1899 to 2101 and across 9999 (both sides of the counted range), instants just before and after
    /// each midnight, and a seeded spread of instants over 1900–9999; outside the range the calendar
    /// itself answers, Julian years before 1582 included.
    @Test func datesCountedInDaysAgreeWithTheCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        func expectAgrees(_ instant: Date, sourceLocation: SourceLocation = #_sourceLocation) {
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            let date = ReportDate(instant)
            #expect(
                (date.year, date.month, date.day) == (parts.year, parts.month, parts.day),
                "\(instant.timeIntervalSince1970)",
                sourceLocation: sourceLocation
            )
            let midnight = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day))
            #expect(date.startOfDay == midnight, "\(date)", sourceLocation: sourceLocation)
        }
        let days: [ClosedRange<Int>] = [
            -25_933 ... -25_200,  // 1899-01-01 … 1901
            -1_000...47_500,  // 1967 … 2100
            2_932_500...2_932_950,  // 9998 … 10000
        ]
        let anchor = ReportDate(year: 1970, month: 1, day: 1)
        for range in days {
            for day in range {
                let midnight = Double(day) * 86_400
                for offset in [0, 0.001, 43_200, 86_399.999] {
                    expectAgrees(Date(timeIntervalSince1970: midnight + offset))
                }
                let date = ReportDate(Date(timeIntervalSince1970: midnight))
                #expect(anchor.days(until: date) == day, "\(date)")
            }
        }
        var generator = SeededGenerator(seed: 20_261_130)
        for _ in 0..<20_000 {
            expectAgrees(
                Date(timeIntervalSince1970: Double.random(in: -2_300_000_000...253_500_000_000, using: &generator))
            )
        }
        for year in [1, 1000, 1582, 1583, 1899, 1900, 9999] {
            expectAgrees(try #require(calendar.date(from: DateComponents(year: year, month: 3, day: 1))))
        }
    }

    @Test("a date's text is what String(format: \"%04d-%02d-%02d\") writes, inside its four-digit years and out")
    func textAgreesWithFormat() {
        var generator = SeededGenerator(seed: 20_261_201)
        var dates = [
            ReportDate(year: 0, month: 0, day: 0), ReportDate(year: 9999, month: 12, day: 31),
            ReportDate(year: 1, month: 1, day: 1), ReportDate(year: 2026, month: 11, day: 30),
            ReportDate(year: 10_000, month: 1, day: 1), ReportDate(year: -1, month: 5, day: 5),
            ReportDate(year: 2026, month: 100, day: 7), ReportDate(year: 2026, month: 7, day: -3),
        ]
        for _ in 0..<20_000 {
            dates.append(
                ReportDate(
                    year: Int.random(in: -20...12_000, using: &generator),
                    month: Int.random(in: -2...120, using: &generator),
                    day: Int.random(in: -2...120, using: &generator)
                )
            )
        }
        for date in dates {
            #expect(date.description == String(format: "%04d-%02d-%02d", date.year, date.month, date.day), "\(date)")
        }
    }
}
