import Foundation
import ReportModel
import Testing

@testable import Importers

/// A fast reader gives up on an object that names a key twice (the general decoder decides what that means), at
/// any count of keys: compared one by one while few, hashed past `SeenKeys.listed` (a Severity block of 60,000
/// keys, a 1 MB record, took 15 s when every key was compared with every earlier one).
@Suite struct CursorObjectKeysTests {
    /// Keys of several lengths, all different; some share a prefix, some differ only in their last byte.
    static func keys(_ count: Int) -> [[UInt8]] {
        (0..<count).map { index in Array((index % 3 == 0 ? "k\(index)" : "key-\(index)-\(index % 7)").utf8) }
    }

    @Test(arguments: [0, 1, 2, 31, 32, 33, 64, 5_000])
    func aKeyGivenTwiceIsFoundAtAnyCount(count: Int) {
        let keys = Self.keys(count)
        keys.withUnsafeBufferPointers { buffers in
            var seen = SeenKeys()
            let inserted = buffers.map { seen.insert($0) }
            #expect(inserted.allSatisfy { $0 }, "every key is new")
            for index in Set([0, count / 2, count - 1]) where index >= 0 && index < count {
                let again = seen.insert(buffers[index])
                #expect(!again, "key \(index) of \(count) again")
            }
            let other = Array("not-a-key".utf8)
            let newKey = other.withUnsafeBufferPointer { seen.insert($0) }
            #expect(newKey)
        }
    }

    /// Counts members, skipping each value.
    static func counting(
        _ cursor: inout FastJSONCursor,
        _ total: inout Int,
        _ key: UnsafeBufferPointer<UInt8>
    ) throws(FastGiveUp) -> Bool {
        total += 1
        try cursor.skipValue()
        return true
    }

    @Test(arguments: [false, true])
    func anObjectOfManyKeysIsReadOrGivenUpOn(repeated: Bool) {
        let count = 20_000
        var members = (0..<count).map { "\"k\($0)\": \($0)" }
        if repeated { members.append("\"k\(count / 2)\": 0") }
        let bytes = Array(("{" + members.joined(separator: ", ") + "}").utf8)
        var strings = StringTable()
        let read = FastJSONCursor.read(bytes, strings: &strings) { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.object(0, byKeyBytes: Self.counting)
        }
        // nil when the reader gave up (the record takes the general decoder).
        let total: Int? = read ?? nil
        #expect(total == (repeated ? nil : count))
    }
}

extension Array where Element == [UInt8] {
    /// Runs `body` with every element's bytes in place.
    fileprivate func withUnsafeBufferPointers(_ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        let copies = map { bytes -> UnsafeMutableBufferPointer<UInt8> in
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Swift.max(bytes.count, 1))
            _ = copy.initialize(from: bytes)
            return copy
        }
        defer { copies.forEach { $0.deallocate() } }
        body(zip(copies, self).map { UnsafeBufferPointer(rebasing: $0[..<$1.count]) })
    }
}
