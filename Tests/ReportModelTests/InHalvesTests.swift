import ReportModel
import Testing

/// `InHalves` gives what one pass gives, below, at and above the size it splits from: the elements made at their
/// positions, and a failing position found in either half, at either end and next to the middle.
struct InHalvesTests {
    @Test(arguments: [0, 1, 2, InHalves.from - 1, InHalves.from, InHalves.from + 1, 3 * InHalves.from + 7])
    func splitWorkEqualsOnePass(count: Int) {
        let made = InHalves.array(count: count) { "row \($0)" }
        #expect(made == (0..<count).map { "row \($0)" })
        #expect(InHalves.allSatisfy(0..<count) { $0 >= 0 })
        #expect(InHalves.allSatisfy(5..<(5 + count)) { $0 >= 5 })
        let middle = count / 2
        for failing in Set([0, 1, middle - 1, middle, middle + 1, count - 1]) where (0..<count).contains(failing) {
            #expect(!InHalves.allSatisfy(0..<count) { $0 != failing }, "fails at \(failing)")
        }
    }

    /// Dealt alternately to two threads, the elements still stand at their positions, for odd and even counts below,
    /// at and above `from`.
    @Test(arguments: [0, 1, 2, 3, 63, 64, 65, 1_000, 1_001])
    func dealtWorkEqualsOnePass(count: Int) {
        for from in [2, 64, InHalves.from] {
            let made = InHalves.dealt(count: count, from: from) { "row \($0)" }
            #expect(made == (0..<count).map { "row \($0)" }, "from \(from)")
        }
    }
}
