/// SplitMix64: a small, fast, deterministic random number generator for tests, so a failure
/// reproduces from its seed.
public struct SeededGenerator: RandomNumberGenerator {
    /// The state; the seed to start from.
    public var state: UInt64

    /// Creates a generator.
    /// - Parameter seed: where the sequence starts.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    /// - Returns: the bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

extension SeededGenerator {
    /// Texts made of pieces picked at random: `each` texts of every length (in pieces) from none to `longest`.
    /// - Parameters:
    ///   - pieces: what texts are made of (at least one).
    ///   - longest: the most pieces a text holds.
    ///   - each: how many texts of each length.
    /// - Returns: the texts, shortest first.
    public mutating func texts(of pieces: [String], longest: Int, each: Int) -> [String] {
        var texts: [String] = []
        for length in 0...longest {
            for _ in 0..<each {
                texts.append((0..<length).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined())
            }
        }
        return texts
    }
}
