import Dispatch

/// A value made on a thread of the global pool while the caller goes on; `result()` waits for it.
/// The stages use it to overlap work whose order does not show in the result (docs/architecture.md,
/// "Threads").
public final class OtherThread<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once on the other thread, read after `group` was waited for.
    private var value: Value?

    /// Starts making the value.
    /// - Parameter make: runs on a thread of the global pool.
    public init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: group) { [self] in value = make() }
    }

    /// The value, once made.
    /// - Returns: the value.
    public func result() -> Value {
        group.wait()
        guard let value else { preconditionFailure() }  // set before the group is left
        return value
    }
}

/// Work split in two halves, the first on another thread (`OtherThread`) while the caller does the second: for
/// passes over many findings that read each on its own and write to a place of its own.
public enum InHalves {
    /// From how many elements the halves are worth a thread (a hand-over costs tens of microseconds).
    public static let from = 8192

    /// `(0..<count).map(make)`, each half made in place in the one array, the first half on another thread once
    /// `count` reaches `from`.
    /// - Parameters:
    ///   - count: how many elements.
    ///   - make: the element at a position; called once for each, on either thread.
    /// - Returns: the elements, in order.
    public static func array<Element: Sendable>(
        count: Int,
        _ make: @escaping @Sendable (Int) -> Element
    ) -> [Element] {
        guard count >= from else { return (0..<count).map(make) }
        let middle = count / 2
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { preconditionFailure() }  // count > 0
            let target = Shared(base)
            let first = OtherThread {
                for position in 0..<middle { (target.value + position).initialize(to: make(position)) }
                return true
            }
            for position in middle..<count { (base + position).initialize(to: make(position)) }
            _ = first.result()
            initialized = count
        }
    }

    /// `(0..<count).map(make)`, the even positions made on another thread while the caller makes the odd ones, once
    /// `count` reaches `from`: for work whose cost varies along the list (a document's texts: short names first,
    /// then titles and long descriptions), where halves leave one thread working alone.
    /// - Parameters:
    ///   - count: how many elements.
    ///   - from: from how many elements the other thread is worth it (each element costs more than a hand-over).
    ///   - make: the element at a position; called once for each, on either thread.
    /// - Returns: the elements, in order.
    public static func dealt<Element: Sendable>(
        count: Int,
        from: Int = InHalves.from,
        _ make: @escaping @Sendable (Int) -> Element
    ) -> [Element] {
        guard count >= from, count > 1 else { return (0..<count).map(make) }
        let other = OtherThread { stride(from: 0, to: count, by: 2).map(make) }
        let odd = stride(from: 1, to: count, by: 2).map(make)
        let even = other.result()
        return (0..<count).map { $0 % 2 == 0 ? even[$0 / 2] : odd[$0 / 2] }
    }

    /// Whether `test` holds for every position of `range`, the first half tested on another thread once the range
    /// holds `from` positions (each half stops at its first failure).
    /// - Parameters:
    ///   - range: the positions.
    ///   - test: the test of one position; called on either thread.
    /// - Returns: whether every position passes.
    public static func allSatisfy(_ range: Range<Int>, _ test: @escaping @Sendable (Int) -> Bool) -> Bool {
        guard range.count >= from else { return range.allSatisfy(test) }
        let middle = range.lowerBound + range.count / 2
        let first = OtherThread { (range.lowerBound..<middle).allSatisfy(test) }
        let second = (middle..<range.upperBound).allSatisfy(test)
        return first.result() && second
    }

    /// A pointer (or buffer) handed to the other thread by a caller that waits for it before the memory goes: each
    /// thread reads, or writes, a part of its own.
    public struct Shared<Value>: @unchecked Sendable {
        /// The pointer or buffer.
        public let value: Value

        /// Wraps a pointer for the other thread.
        /// - Parameter value: the pointer or buffer.
        public init(_ value: Value) {
            self.value = value
        }
    }
}
