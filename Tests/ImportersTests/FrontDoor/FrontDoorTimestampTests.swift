import Foundation
import Testing

@testable import Importers

@Suite("timestamps (docs/formats.md §4)")
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
        let date = try #require(try Self.decode("\"\(text)\"").date)
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test("numbers: seconds, milliseconds, microseconds rejected")
    func numbers() throws {
        #expect(try Self.decode("1579839105.0").date == Date(timeIntervalSince1970: 1_579_839_105))
        #expect(try Self.decode("1793493082590").date == Date(timeIntervalSince1970: 1_793_493_082.59))
        #expect(try Self.decode("1793493082590000").date == nil)
        #expect(try Self.decode("1793493082590000").raw == "1793493082590000")
    }

    @Test(
        "unreadable texts",
        arguments: ["", "yesterday", "2026-13-01", "2026-11-28T25:00:00Z", "2026-11-28T09:14:22.Z"]
    )
    func unreadable(_ text: String) throws {
        #expect(try Self.decode("\"\(text)\"").date == nil)
    }

    /// Decodes a JSON value as the front door importers do.
    static func decode(_ json: String) throws -> FrontDoorTimestamp {
        try JSONDecoder().decode(FrontDoorTimestamp.self, from: Data(json.utf8))
    }
}
