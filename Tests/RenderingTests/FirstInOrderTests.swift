import Testing

@testable import Rendering

/// `firstInOrder` keeps exactly what a stable sort puts first, ties in their order, for every limit.
@Suite struct FirstInOrderTests {
    @Test func firstInOrderIsTheStableSortsPrefix() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let count = round % 40
            // Few distinct keys, so most comparisons tie; the position tells equal keys apart.
            let elements = (0..<count).map { position in
                (key: Int.random(in: 0..<5, using: &generator), position: position)
            }
            let sorted = elements.sorted { $0.key < $1.key }
            for limit in [0, 1, 2, 3, 7, count, count + 5] {
                let first = elements.firstInOrder(limit) { $0.key < $1.key }
                #expect(first.map(\.position) == sorted.prefix(limit).map(\.position), "limit \(limit) of \(elements)")
            }
        }
    }

    @Test func aDescendingInputKeepsTheLeast() {
        let first = Array((0..<1000).reversed()).firstInOrder(3, by: <)
        #expect(first == [0, 1, 2])
    }
}
