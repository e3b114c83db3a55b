import Foundation
import Testing

@testable import Importers

@Suite("timestamps (FORMATS.md §8)")
struct FrontDoorTimestampTests {
    @Test(
        "ISO texts and numeric strings",
        arguments: [
            ("2026-11-28T10:14:22+01:00", 1_795_857_262.0),
            ("2026-11-28T09:14:22Z", 1_795_857_262.0),
            ("2026-11-28 09:14:22.742000+00:00", 1_795_857_262.742),
            ("2026-11-28T09:14:22.123456789Z", 1_795_857_262.123456789),
            ("2026-11-28T10:14:22+0100", 1_795_857_262.0),
            ("2026-11-28T10:14:22+01", 1_795_857_262.0),
            ("2026-11-28T04:14:22-05:00", 1_795_857_262.0),
            ("2026-11-28T09:14:22", 1_795_857_262.0),
            ("2026-11-28T09:14", 1_795_857_240.0),
            ("2026-11-28", 1_795_824_000.0),
            ("1795857262", 1_795_857_262.0),
            ("1795857262000", 1_795_857_262.0),
        ]
    )
    func text(_ text: String, _ seconds: Double) throws {
        let date = try #require(FrontDoorTimestamp.date(from: text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test("numbers: seconds, milliseconds, microseconds rejected")
    func numbers() {
        #expect(FrontDoorTimestamp.date(fromNumber: 1_579_839_105.0) == Date(timeIntervalSince1970: 1_579_839_105))
        #expect(FrontDoorTimestamp.date(fromNumber: 1_793_493_082_590) == Date(timeIntervalSince1970: 1_793_493_082.59))
        #expect(FrontDoorTimestamp.date(fromNumber: 1_793_493_082_590_000) == nil)
    }

    @Test(
        "unreadable texts",
        arguments: ["", "yesterday", "2026-13-01", "2026-11-28T25:00:00Z", "2026-11-28T09:14:22.Z"]
    )
    func unreadable(_ text: String) {
        #expect(FrontDoorTimestamp.date(from: text) == nil)
    }
}
