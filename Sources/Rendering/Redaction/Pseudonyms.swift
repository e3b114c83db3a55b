import Crypto
import Foundation

/// Turns an original identifier into its pseudonym: a kind prefix and eight characters of a keyed
/// HMAC-SHA256 of the original (`account-q7m2k4xd`, `ip-3hf8a2kc`).
///
/// The same key and original always give the same pseudonym, in every file of a run and in every
/// month the same key is used. Without the key nobody can recompute them, so an IP address or an
/// account id cannot be recovered by trying every candidate. See docs/editions.md.
struct Pseudonyms: Sendable {
    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
    /// The HMAC key's bytes.
    private let key: [UInt8]

    /// A pseudonym key from the user's secret (`--redaction-key`).
    init(secret: [UInt8]) {
        key = Array(SHA256.hash(data: Array("posture pseudonyms v1\n".utf8) + secret))
    }

    /// A pseudonym key derived from the report's own identifiers: unknown to any reader, but it
    /// changes when the identifiers change, so pseudonyms then hold within one run only.
    /// - Parameter originals: every identifier the report holds.
    init(originals: Set<String>) {
        var hasher = SHA256()
        hasher.update(data: Array("posture pseudonyms of one run\n".utf8))
        for original in originals.sorted() { hasher.update(data: Array((original + "\n").utf8)) }
        key = Array(hasher.finalize())
    }

    /// The eight-character code of an original.
    /// - Returns: eight characters from a 32-letter alphabet (40 bits).
    func code(_ original: String) -> String {
        let mac = Array(HMAC<SHA256>.authenticationCode(for: Array(original.utf8), using: SymmetricKey(data: key)))
        var bits: UInt64 = 0
        for byte in mac.prefix(5) { bits = bits << 8 | UInt64(byte) }
        var code = ""
        for shift in stride(from: 35, through: 0, by: -5) {
            code.append(Self.alphabet[Int((bits >> UInt64(shift)) & 31)])
        }
        return code
    }

    /// `prefix-code`.
    /// - Parameters:
    ///   - prefix: the kind word, e.g. `account`.
    ///   - original: the identifier replaced; its keyed code follows the prefix.
    /// - Returns: the pseudonym.
    func name(_ prefix: String, _ original: String) -> String { "\(prefix)-\(code(original))" }
}
