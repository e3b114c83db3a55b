import Foundation

extension StringProtocol {
    /// The first occurrence of `needle`, as Foundation's `range(of:)` finds it: by comparing bytes when
    /// this text is ASCII without carriage returns (where every character is one byte, and every way of
    /// comparing agrees), else by Foundation itself. Foundation's search costs thousands of instructions a
    /// call even on short text; this runs for identifiers of every finding and report.json's skeleton.
    /// - Parameter needle: the text to find.
    /// - Returns: its range, or `nil`.
    public func rangeOfText(_ needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        var offset: Int?
        let searched = utf8.withContiguousStorageIfAvailable { haystack -> Bool in
            guard ByteWords.allASCII(haystack), !haystack.contains(0x0D), !pattern.isEmpty else { return false }
            offset = Self.firstOffset(of: pattern, in: haystack)
            return true
        }
        guard searched == true else { return range(of: needle) }
        guard let offset else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: pattern.count)
    }

    private static func firstOffset(of pattern: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard pattern.count <= haystack.count else { return nil }
        let first = pattern[0]
        var index = 0
        while index <= haystack.count - pattern.count {
            if haystack[index] == first {
                var matched = 1
                while matched < pattern.count && haystack[index + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }
}
