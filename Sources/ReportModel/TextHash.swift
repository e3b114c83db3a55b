/// A keyed hash of text's UTF-8 bytes for the tables that keep each repeated string once (`StringTable`): eight
/// bytes at a time, each pair of words folded by one 64×64→128-bit multiply (as wyhash does), several times cheaper
/// than `Hasher` (SipHash) on the short texts an import looks up by the million. The key is drawn from the system's
/// random source once per process, so text chosen to collide cannot be written without it: lookups stay fast on
/// hostile input, as with `Hasher`.
public enum TextHash {
    /// The per-process key.
    static let key: (UInt64, UInt64) = {
        var generator = SystemRandomNumberGenerator()
        return (generator.next() | 1, generator.next() | 1)
    }()

    /// The two halves of `a × b`'s 128-bit product folded into one word.
    @inline(__always)
    static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The hash of `bytes`: equal bytes, equal hashes, within one process.
    /// - Parameter bytes: the text's UTF-8.
    /// - Returns: the hash.
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (first, second) = key
        let count = bytes.count
        var state = first ^ (UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15)
        guard let base = bytes.baseAddress else { return Int(truncatingIfNeeded: fold(state, second)) }
        var index = 0
        while index + 16 <= count {
            state = fold(ByteWords.load(base, at: index) ^ second, ByteWords.load(base, at: index + 8) ^ state)
            index += 16
        }
        // The last 0-15 bytes: two words (overlapping the bytes before when 8 or more are left), else one made of
        // the bytes themselves.
        var low: UInt64 = 0
        var high: UInt64 = 0
        let rest = count - index
        if rest >= 8 {
            low = ByteWords.load(base, at: index)
            high = ByteWords.load(base, at: count - 8)
        } else {
            for offset in 0..<rest { low |= UInt64(base[index + offset]) << (8 * UInt64(offset)) }
        }
        state = fold(low ^ second, high ^ state ^ first)
        return Int(truncatingIfNeeded: fold(state ^ second, UInt64(truncatingIfNeeded: count) ^ first))
    }
}

extension TextHash {
    /// Several values hashed as one, in order: each ASCII text by `TextHash.hash`, each number as it is, folded
    /// into a running state with the key (as `Hasher` combines, at a fraction of its cost on long texts). Other
    /// text is hashed by `Hasher`, which hashes canonically equivalent spellings alike, as Swift's `==` compares
    /// them; a non-ASCII spelling equivalent to ASCII text (a Kelvin sign for `K`) still hashes apart from it, so
    /// a table keyed by these hashes may keep both spellings: use it where a second copy costs only memory.
    public struct Combined {
        private var state: UInt64

        /// An empty combination.
        public init() { state = TextHash.key.0 }

        /// Adds a number.
        public mutating func combine(_ number: Int) {
            state = TextHash.fold(state ^ TextHash.key.1, UInt64(bitPattern: Int64(number)) ^ TextHash.key.0)
        }

        /// Adds a text (its UTF-8 bytes, and how many).
        public mutating func combine(_ text: String) {
            combine(text.withStoredUTF8 { ByteWords.allASCII($0) ? TextHash.hash($0) : nil } ?? text.hashValue)
        }

        /// Adds a text or its absence (distinct from every text).
        /// - Parameter text: the value, or nil.
        public mutating func combine(_ text: String?) {
            guard let text else {
                combine(-1)
                return
            }
            combine(0)
            combine(text)
        }

        /// Adds a list of texts: how many, then each.
        public mutating func combine(_ texts: [String]) {
            combine(texts.count)
            for text in texts { combine(text) }
        }

        /// The combination's hash.
        /// - Returns: one number for the values added, in their order.
        public func finalize() -> Int {
            Int(truncatingIfNeeded: TextHash.fold(state ^ TextHash.key.0, TextHash.key.1))
        }
    }
}
