import Foundation
import TestSupport
import Testing

@testable import ReportModel

/// Diagnostics sort by file, then by location with its numbers by value (`Findings[2]` before `Findings[10]`, line 9
/// before line 10), then by message: as text, `Findings[100]` came before `Findings[2]`.
@Suite struct DiagnosticOrderTests {
    static func diagnostic(_ location: String?, file: String? = "findings.json") -> Diagnostic {
        Diagnostic(.warning, file: file, location: location, Message(.fileSkipped, ["reason": .text("x")]))
    }

    @Test func locationsSortByTheirNumbers() {
        let locations = [
            "Findings[100].Title", "Findings[2].Title", "Findings[10]", "Findings[10].Title", "Findings[9]",
            "10:3", "9:12", "9:2", "100:1", "Findings[02]", "Findings", "a", "", "Findings[2].Resources[11].Id",
            "Findings[2].Resources[3].Id",
        ]
        let sorted = locations.map { Self.diagnostic($0) }.shuffled().sorted().map { $0.location ?? "" }
        #expect(
            sorted == [
                "", "9:2", "9:12", "10:3", "100:1", "Findings", "Findings[2].Resources[3].Id",
                "Findings[2].Resources[11].Id", "Findings[2].Title", "Findings[02]", "Findings[9]", "Findings[10]",
                "Findings[10].Title", "Findings[100].Title", "a",
            ]
        )
    }

    @Test func theOrderIsTotalAndAgreesWithEquality() {
        let texts = ["x1", "x01", "x001", "x1a", "x10", "x9", "1", "01", "", "x", "x1.2", "x1.10", "é2", "é10"]
        for left in texts {
            for right in texts {
                let order = Diagnostic.numberAware(left, right)
                #expect((order == 0) == (left == right), "\(left) \(right)")
                #expect(order.signum() == -Diagnostic.numberAware(right, left).signum(), "\(left) \(right)")
                for third in texts where order < 0 && Diagnostic.numberAware(right, third) < 0 {
                    #expect(Diagnostic.numberAware(left, third) < 0, "\(left) < \(right) < \(third)")
                }
            }
        }
    }

    @Test func filesStillSortAsText() {
        let sorted = [Self.diagnostic("Findings[1]", file: "b.json"), Self.diagnostic("Findings[2]", file: "a.json")]
            .sorted()
        #expect(sorted.map(\.file) == ["a.json", "b.json"])
    }

    /// `Diagnostic.ordered` (each key made once) gives what `sorted()` gives, ties too: files and locations with and
    /// without numbers, missing ones, messages and levels that alone tell two apart, and exact repeats.
    @Test func orderedIsSortedWithKeysMadeOnce() {
        var random = SeededGenerator(seed: 31)
        let files: [String?] = [nil, "a.json", "b.json", "é.json"]
        let locations: [String?] = [nil, "", "Findings[2]", "Findings[10]", "Findings[02]", "9:2", "10:1", "x1.10"]
        let messages = [
            Message(.fileSkipped, ["reason": .text("x")]), Message(.fileSkipped, ["reason": .text("y")]),
            Message(.notJSONText),
        ]
        let diagnostics = (0..<600).map { _ in
            Diagnostic(
                random.next() % 2 == 0 ? .note : .warning,
                file: files[Int(random.next() % UInt64(files.count))],
                location: locations[Int(random.next() % UInt64(locations.count))],
                messages[Int(random.next() % UInt64(messages.count))]
            )
        }
        #expect(Diagnostic.ordered(diagnostics) == diagnostics.sorted())
        #expect(Diagnostic.ordered(diagnostics.reversed()) == diagnostics.reversed().sorted())
        #expect(Diagnostic.ordered([]) == [])
    }
}
