/// A value that report.json writes as `null` when absent, instead of leaving the key out.
struct Nullable<Wrapped: Encodable & Sendable>: Encodable, Sendable {
    /// The value, if any.
    var value: Wrapped?

    /// Wraps a value.
    init(_ value: Wrapped?) { self.value = value }

    /// Encodes the value or `null`.
    /// - Throws: what the encoder throws.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
