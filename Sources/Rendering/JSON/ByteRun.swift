/// Bytes appended at the end of one growing allocation, for report.json's writers: a finding is some eighty
/// appended pieces (a member's indentation and name, its value, a separator), and `Array.append(contentsOf:)`
/// costs a generic call with its checks for each piece, where this costs a bounds check and a copy.
///
/// Not copyable: one owner appends, and the allocation is freed with it.
struct ByteRun: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes were appended.
    private(set) var count = 0

    /// An empty run.
    /// - Parameter capacity: the bytes to allocate at once (at least 64).
    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// Appends bytes.
    /// - Parameter source: the text's UTF-8 bytes, copied.
    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        guard let start = source.baseAddress, source.count > 0 else { return }
        if source.count > capacity - count { grow(toHold: count + source.count) }
        (base + count).initialize(from: start, count: source.count)
        count += source.count
    }

    /// Appends one byte.
    /// - Parameter byte: one byte of text, such as a quote or a line break.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        (base + count).initialize(to: byte)
        count += 1
    }

    /// The bytes appended, as UTF-8 text (invalid sequences repaired, as `String(decoding:as:)` does).
    var text: String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }

    /// Moves the bytes to a larger allocation: at least twice the capacity.
    private mutating func grow(toHold needed: Int) {
        let larger = Swift.max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
