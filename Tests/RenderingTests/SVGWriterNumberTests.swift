import Foundation
import TestSupport
import Testing

@testable import Rendering

/// Chart coordinates are written without Foundation's formatter; these hold them to the "%.1f" text of the value
/// rounded to tenths, which the charts wrote before, on every kind of value a chart can compute.
@Suite struct SVGWriterNumberTests {
    static func expected(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return String(format: "%.1f", rounded == 0 ? 0 : rounded)
    }

    @Test func randomValuesAreWrittenAsBefore() {
        var random = SeededGenerator(seed: 0x5EED)
        func next() -> UInt64 { random.next() }
        for _ in 0..<100_000 {
            let scale = [1.0, 10, 760, 1e4, 1e9, 1e14, 1e16][Int(next() % 7)]
            let value = (Double(next() % 2_000_001) / 1_000_000 - 1) * scale
            #expect(SVGWriter.number(value) == Self.expected(value), "\(value)")
        }
    }

    static let edgeValues: [Double] = [
        0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.050_000_000_000_000_01, 0.15, 0.25, 0.35, 1.45, 2.675, 99.95, -99.95,
        240, 640, 220_036, 99_999_999_999_999.95, 1e15, -1e15, 1e300, Double.infinity, -Double.infinity, Double.nan,
        Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, 123_456_789.123_456,
    ]

    @Test(arguments: edgeValues)
    func edgeValuesAreWrittenAsBefore(_ value: Double) {
        #expect(SVGWriter.number(value) == Self.expected(value))
    }
}
