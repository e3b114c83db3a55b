public import CByteScan
import Foundation

/// Tests on eight bytes at once (one little-endian `UInt64` load), for the loops that scan most of an
/// input's bytes and a report's text: the splitter's runs inside strings, the fast readers' string
/// bodies, report.json's check for strings that need escapes. Each test is
/// exact: in `(word - ones * n) & ~word & highs`, a borrow only crosses into a higher byte from a byte
/// that already matches, so the result is non-zero exactly when one of the bytes does.
public enum ByteWords {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes at `offset`, the first in the lowest byte.
    @inlinable @inline(__always)
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Whether one of the eight bytes is a quote, a backslash or a control character (below 0x20):
    /// the bytes a string's plain run stops at.
    @inlinable @inline(__always)
    public static func mayStopString(_ word: UInt64) -> Bool {
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroQuote | zeroBackslash | control) & highs != 0
    }

    /// Whether one of the eight bytes is 0x80 or above (not ASCII).
    @inlinable @inline(__always)
    public static func hasHighByte(_ word: UInt64) -> Bool {
        word & highs != 0
    }

    /// Whether every byte is below 0x80.
    public static func allASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= buffer.count {
            high |= load(base, at: offset)
            offset += 8
        }
        while offset < buffer.count {
            high |= UInt64(buffer[offset])
            offset += 1
        }
        return !hasHighByte(high)
    }

    /// How many bytes from `start` (up to `limit`) are plain string bytes: not a quote, a backslash or a
    /// control character, and below 0x80 when `asciiOnly`. Sixteen bytes a step on x86-64 (`CByteScan`), eight
    /// elsewhere.
    @inlinable
    public static func plainRun(
        _ buffer: UnsafeBufferPointer<UInt8>,
        from start: Int,
        upTo limit: Int,
        asciiOnly: Bool
    ) -> Int {
        guard let base = buffer.baseAddress, limit > start else { return 0 }
        #if arch(x86_64)
            return posture_plain_run(base + start, limit - start, asciiOnly ? 0x7F : 0xFF)
        #else
            var index = start
            while index + 8 <= limit {
                let word = load(base, at: index)
                if mayStopString(word) || (asciiOnly && hasHighByte(word)) { break }
                index += 8
            }
            while index < limit {
                let byte = base[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C || (asciiOnly && byte >= 0x80) { break }
                index += 1
            }
            return index - start
        #endif
    }

    /// How many bytes from `start` (up to `limit`) are spaces (0x20): a pretty-printed export's indentation, a
    /// third of its bytes. Sixteen bytes a step on x86-64 (`CByteScan`), eight elsewhere.
    @inlinable
    public static func spaceRun(_ base: UnsafePointer<UInt8>, from start: Int, upTo limit: Int) -> Int {
        guard limit > start else { return 0 }
        #if arch(x86_64)
            return posture_space_run(base + start, limit - start)
        #else
            var index = start
            while index + 8 <= limit, load(base, at: index) == 0x2020_2020_2020_2020 { index += 8 }
            while index < limit, base[index] == 0x20 { index += 1 }
            return index - start
        #endif
    }

    /// Whether every byte is printable ASCII (0x20 to 0x7E) other than a quote or a backslash: a string that goes
    /// into JSON as it is, between quotes, and that no escape pass rewrites (`VisibleText.leavesUnchanged`).
    /// Sixteen bytes a step on x86-64 (`CByteScan`), eight elsewhere.
    public static func isPlainPrintable(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        #if arch(x86_64)
            return posture_plain_run(base, buffer.count, 0x7E) == buffer.count
        #else
            return isPlainPrintableByWords(base, count: buffer.count)
        #endif
    }

    /// `isPlainPrintable` eight bytes a step (where `CByteScan` has no sixteen-byte scan).
    static func isPlainPrintableByWords(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            let word = load(base, at: index)
            // DEL is the one byte below 0x80 that adding one to it lifts to 0x80 (no carry crosses a byte below 0x80).
            if mayStopString(word) || hasHighByte(word | (word &+ ones)) { return false }
            index += 8
        }
        while index < count {
            let byte = base[index]
            if byte < 0x20 || byte >= 0x7F || byte == 0x22 || byte == 0x5C { return false }
            index += 1
        }
        return true
    }

    /// Whether two byte ranges hold the same bytes (`memcmp`; comparing them as sequences goes byte by byte
    /// through generic code).
    public static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard let a = left.baseAddress, let b = right.baseAddress else { return left.count == 0 }
        return memcmp(a, b, left.count) == 0
    }

    /// Whether a byte range holds `text`'s UTF-8 (a key read from a record against a name in the code).
    public static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        equal(bytes, UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes where they are stored, without the copy that `withUTF8` (a mutating
    /// method) takes: a copy retains and releases the storage, and the strings read most (interned accounts,
    /// regions, titles, identity heads) are shared by many findings and read on every core, so each count moves a
    /// cache line between the cores. A string without contiguous UTF-8 (bridged, on Apple platforms) is copied.
    @inlinable
    public func withStoredUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// The texts one after another, written into one new string's storage (one allocation, no growth): a key made
    /// for every record read (`asff|<ProductArn>|<Id>`) cost four times as much through interpolation.
    /// - Parameter parts: the texts, in order.
    public init(joining parts: String...) {
        var count = 0
        for part in parts { count += part.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for part in parts {
                part.withStoredUTF8 { bytes in
                    guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                    (target + end).initialize(from: source, count: bytes.count)
                    end += bytes.count
                }
            }
            return end
        }
    }
}
