import Crypto
import Foundation

/// A minimal record splitter, to measure the floor under the importers' `JSONValueSplitter`:
/// reads 1 MiB chunks (optionally hashing them), and cuts out each element of the top-level
/// wrapper's array (or each top-level value) by tracking strings, escapes and depth only. No
/// line/column tracking, no grammar checks: what a production splitter must add back is
/// counted separately (positions can be recomputed for the rare record that has a problem).
struct FastSplitter {
    /// Reads `path` and calls `record` with each record's bytes.
    /// - Returns: the number of records.
    static func split(
        path: String,
        hash: Bool,
        scan: Bool = true,
        record: (UnsafeBufferPointer<UInt8>) -> Void
    ) -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { return 0 }
        defer { try? handle.close() }
        var hasher = SHA256()
        var pending: [UInt8] = []
        var depth = 0
        var inString = false
        var escaped = false
        var recordDepth = -1
        var target = 1
        var count = 0
        var recordStart = -1
        while let data = try? handle.read(upToCount: 1 << 20), !data.isEmpty {
            if hash { hasher.update(data: data) }
            if !scan { continue }
            let base = pending.count
            pending.append(contentsOf: data)
            pending.withUnsafeBufferPointer { bytes in
                var index = base
                let end = bytes.count
                while index < end {
                    let byte = bytes[index]
                    if inString {
                        if escaped {
                            escaped = false
                        } else if byte == UInt8(ascii: "\\") {
                            escaped = true
                        } else if byte == UInt8(ascii: "\"") {
                            inString = false
                        }
                        index += 1
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "\""):
                        inString = true
                    case UInt8(ascii: "{"), UInt8(ascii: "["):
                        // Records: objects at depth 2 of a wrapper object, or depth 1 of a bare array.
                        if depth == 0 { target = byte == UInt8(ascii: "[") ? 1 : 2 }
                        if recordDepth < 0 && depth == target && byte == UInt8(ascii: "{") {
                            recordDepth = depth
                            recordStart = index
                        }
                        depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"):
                        depth -= 1
                        if depth == recordDepth {
                            record(UnsafeBufferPointer(rebasing: bytes[recordStart...index]))
                            count += 1
                            recordDepth = -1
                            recordStart = -1
                        }
                    default:
                        break
                    }
                    index += 1
                }
            }
            // Keep only the unfinished record's bytes.
            if recordStart >= 0 {
                pending.removeSubrange(0..<recordStart)
                recordStart = 0
            } else {
                pending.removeAll(keepingCapacity: true)
            }
        }
        if hash { _ = hasher.finalize() }
        return count
    }
}
