import ReportModel

/// Requests per client address. Addresses are attacker-chosen and a log of a million requests can hold a million
/// of them: an IPv4 address written the usual way (four numbers 0–255 without leading zeros) is kept as its 32 bits,
/// anything else (IPv6, other spellings, free text) by its text. A million addresses cost ~200 MB as strings,
/// ~25 MB as numbers; the counts and the top list are the same.
struct AddressCounts {
    private var ipv4: [UInt32: Int] = [:]
    private var text: [String: Int] = [:]

    /// Adds `weight` requests from `address`.
    mutating func add(_ address: String, weight: Int) {
        if let packed = Self.ipv4(address) {
            ipv4[packed, default: 0] += weight
        } else {
            text[address, default: 0] += weight
        }
    }

    /// The `limit` addresses with the most requests, ties by address: `WAFTrafficCount.top` of the same counts
    /// keyed by text, chosen without writing every address out or sorting them all.
    func top(limit: Int) -> [WAFTrafficCount] {
        guard limit > 0 else { return [] }
        var best: [WAFTrafficCount] = []
        func precedes(_ lhs: WAFTrafficCount, _ rhs: WAFTrafficCount) -> Bool {
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs.value < rhs.value
        }
        func consider(_ count: Int, _ label: () -> String) {
            if best.count == limit, let worst = best.last, count < worst.count { return }
            let candidate = WAFTrafficCount(value: label(), count: count)
            if best.count == limit, let worst = best.last, !precedes(candidate, worst) { return }
            best.insert(candidate, at: best.firstIndex { precedes(candidate, $0) } ?? best.endIndex)
            if best.count > limit { best.removeLast() }
        }
        for (address, count) in ipv4 { consider(count) { Self.text(address) } }
        for (address, count) in text { consider(count) { address } }
        return best
    }

    /// The 32 bits of an IPv4 address in its usual spelling, `nil` for any other text (which the text of the
    /// bits would not give back).
    static func ipv4(_ address: String) -> UInt32? {
        var address = address
        return address.withUTF8 { bytes -> UInt32? in
            guard bytes.count >= 7, bytes.count <= 15 else { return nil }
            var value: UInt32 = 0
            var part: UInt32 = 0
            var digits = 0
            var dots = 0
            for byte in bytes {
                if byte == UInt8(ascii: ".") {
                    guard digits > 0, dots < 3 else { return nil }
                    value = value << 8 | part
                    (part, digits, dots) = (0, 0, dots + 1)
                } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    // No leading zero: "010" is not written back as it came.
                    guard digits < 3, !(digits == 1 && part == 0) else { return nil }
                    part = part * 10 + UInt32(byte - UInt8(ascii: "0"))
                    digits += 1
                    guard part <= 255 else { return nil }
                } else {
                    return nil
                }
            }
            guard digits > 0, dots == 3 else { return nil }
            return value << 8 | part
        }
    }

    /// The usual spelling of 32 bits as an IPv4 address.
    static func text(_ address: UInt32) -> String {
        "\(address >> 24).\(address >> 16 & 0xFF).\(address >> 8 & 0xFF).\(address & 0xFF)"
    }
}
