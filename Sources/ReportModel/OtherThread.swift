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
