import Foundation
import ReportModel
import Testing

@testable import Importers

/// A fast reader gives up on an object that names a key twice (the general decoder decides what that means), at
/// any count of keys: compared one by one while few, hashed past `FastJSONCursor.listedKeys` (a Severity block of
/// 60,000 keys, a 1 MB record, took 15 s when every key was compared with every earlier one). An object's names are
/// its own: an inner object may repeat its outer object's, and the outer one's go on after it. A name whose mark no
/// earlier name set is new without a comparison; names that share a mark are compared.
@Suite struct CursorObjectKeysTests {
    /// Keys of several lengths, all different; some share a prefix, some differ only in their last byte.
    static func keys(_ count: Int) -> [String] {
        (0..<count).map { index in index % 3 == 0 ? "k\(index)" : "key-\(index)-\(index % 7)" }
    }

    /// The members counted, inner objects' too; nil when the reader gave up.
    static func read(_ json: String) -> Int? {
        var strings = StringTable()
        let read = FastJSONCursor.read(Array(json.utf8), strings: &strings) {
            (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.object(0, byKeyBytes: Self.countingNested)
        }
        return read ?? nil
    }

    /// Counts members, reading an object value member by member (its count added) and skipping any other value.
    static func countingNested(
        _ cursor: inout FastJSONCursor,
        _ total: inout Int,
        _ key: UnsafeBufferPointer<UInt8>
    ) throws(FastGiveUp) -> Bool {
        total += 1
        if try cursor.peek() == UInt8(ascii: "{") {
            total += try cursor.object(0, byKeyBytes: Self.countingNested) ?? 0
        } else {
            try cursor.skipValue()
        }
        return true
    }

    @Test(arguments: [0, 1, 2, 31, 32, 33, 64, 5_000])
    func aKeyGivenTwiceIsFoundAtAnyCount(count: Int) {
        let keys = Self.keys(count)
        func object(_ names: [String]) -> String { "{" + names.map { "\"\($0)\": 1" }.joined(separator: ", ") + "}" }
        #expect(Self.read(object(keys)) == count)
        for index in Set([0, count / 2, count - 1]) where index >= 0 && index < count {
            #expect(Self.read(object(keys + [keys[index]])) == nil, "key \(index) of \(count) again")
            // The same names inside an inner object are that object's own.
            let inner = "{\"inner\": \(object(keys)), " + String(object(keys).dropFirst())
            #expect(Self.read(inner) == 2 * count + 1, "\(count) inside and out")
        }
    }

    @Test func innerObjectsKeepTheirOwnNames() {
        #expect(Self.read(#"{"a": {"a": 1, "b": 2}, "b": {"a": {"b": 1}}, "c": 3}"#) == 7)
        #expect(Self.read(#"{"a": {"x": 1}, "a": 2}"#) == nil)
        #expect(Self.read(#"{"a": {"x": 1, "x": 2}}"#) == nil)
        #expect(Self.read(#"{"a": {"x": {"y": 1}}, "x": 1, "y": 2, "b": {"y": 1, "y": 2}}"#) == nil)
        #expect(Self.read(#"{"a": {"x": {"y": 1}}, "x": 1, "y": 2, "b": {"y": 1}}"#) == 7)
        // Names of one length and the same first and last bytes share a mark and are told apart by their bytes.
        #expect(Self.read(#"{"axb": 1, "ayb": 2, "azb": 3, "": 4}"#) == 4)
        #expect(Self.read(#"{"axb": 1, "ayb": 2, "axb": 3}"#) == nil)
        #expect(Self.read(#"{"": 1, "a": 2, "": 3}"#) == nil)
    }

    @Test(arguments: [false, true])
    func anObjectOfManyKeysIsReadOrGivenUpOn(repeated: Bool) {
        let count = 20_000
        var members = (0..<count).map { "\"k\($0)\": \($0)" }
        if repeated { members.append("\"k\(count / 2)\": 0") }
        // nil when the reader gave up (the record takes the general decoder).
        #expect(Self.read("{" + members.joined(separator: ", ") + "}") == (repeated ? nil : count))
    }
}
