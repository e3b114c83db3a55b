import ReportModel
import Testing

/// `HashedPositions` finds every recorded position again through its hash, across growth, however many positions share
/// a hash (colliding hashes are told apart by the caller's comparison), and negative hashes too.
struct HashedPositionsTests {
    @Test(arguments: [1, 7, 1_000, 1 << 40])
    func findsEveryPositionAgain(distinctHashes: Int) {
        var positions = HashedPositions()
        let entries = (0..<3_000).map { "entry \($0)" }
        func hash(_ index: Int) -> Int { (index % distinctHashes) &* -7_919 }
        for index in entries.indices {
            #expect(positions.first(hash(index), where: { entries[$0] == entries[index] }) == nil)
            positions.append(hash(index))
        }
        #expect(positions.count == entries.count)
        for index in entries.indices {
            #expect(positions.first(hash(index), where: { entries[$0] == entries[index] }) == index)
        }
        #expect(positions.first(hash(3), where: { _ in false }) == nil)
    }
}
