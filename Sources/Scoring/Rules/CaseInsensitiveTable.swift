/// Values by a name matched case-insensitively (as `lowercased()` matches), looked up by the name as written first:
/// findings spell a control id, resource type or product as the tables do, so a lookup of 100k findings' names
/// makes no lower-cased copy of each (`lowercased()` goes through Unicode case mapping, and allocates past 15 bytes).
struct CaseInsensitiveTable<Value: Sendable & Equatable>: Sendable, Equatable {
    /// By lower-cased name: the name as written and the value (a later name equal ignoring case replaces it).
    private var lowered: [String: (name: String, value: Value)] = [:]
    /// By the name as written, for every entry of `lowered`.
    private var exact: [String: Value] = [:]

    /// An empty table.
    init() {}

    /// Sets the value of a name, replacing the value of any name equal to it ignoring case.
    /// - Parameters:
    ///   - value: what a lookup of the name in any case finds.
    ///   - name: the name, as the table spells it.
    mutating func set(_ value: Value, for name: String) {
        let key = name.lowercased()
        if let replaced = lowered[key]?.name { exact[replaced] = nil }
        lowered[key] = (name, value)
        exact[name] = value
    }

    /// The value of the name equal to `name` ignoring case, if any.
    subscript(name: String) -> Value? {
        exact[name] ?? lowered[name.lowercased()]?.value
    }

    /// The values, in no particular order.
    var values: [Value] { lowered.values.map(\.value) }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.exact == rhs.exact
    }
}
