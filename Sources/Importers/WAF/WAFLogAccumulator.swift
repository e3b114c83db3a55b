import Crypto
public import Foundation
public import ReportModel

/// Counts WAF log records one at a time into traffic evidence per web ACL (`webaclId`).
///
/// Feed every record of every log file of a run through one accumulator (the caller unzips and
/// splits JSON Lines, `}{`-glued objects and CloudWatch envelopes): copies of a record (same web
/// ACL, request id, timestamp and client) in overlapping exports are counted once, and counted as duplicates. Only counters and a
/// set of record keys are kept, never the records.
public struct WAFLogAccumulator: Sendable {
    private var tallies: [String: WAFTrafficTally] = [:]
    /// The requests counted per web ACL, by the first 128 bits of the SHA-256 of their key (`dedupeKey`): 16
    /// bytes a request instead of the key's text (~100 bytes with its storage; a million requests held 100 MB).
    /// Two different keys share 128 bits with a chance of about 10^-27 in a million requests, and no one can
    /// write a request to match another's.
    private var seen: [String: Set<KeyDigest>] = [:]
    /// Records added, duplicates included.
    public private(set) var records = 0
    /// Records dropped as copies of one already added.
    public private(set) var duplicates = 0
    /// How many entries the top-N lists keep.
    public var topLimit: Int
    /// How many example requests each web ACL keeps.
    public var exampleLimit: Int

    /// Creates an empty accumulator.
    /// - Parameters:
    ///   - topLimit: top-N list length.
    ///   - exampleLimit: examples kept per web ACL.
    public init(
        topLimit: Int = WAFTrafficEvidence.defaultTopLimit,
        exampleLimit: Int = WAFTrafficEvidence.defaultExampleLimit
    ) {
        self.topLimit = topLimit
        self.exampleLimit = exampleLimit
    }

    /// Adds one log record.
    /// - Parameters:
    ///   - record: the record's JSON bytes.
    ///   - origin: where the record was read.
    /// - Returns: recoverable issues with this record (unreadable timestamp, missing web ACL).
    /// - Throws: `FrontDoorImportError` when the bytes are not JSON of this shape.
    @discardableResult
    public mutating func add(record: Data, origin: RecordOrigin) throws(FrontDoorImportError) -> [Diagnostic] {
        try add(FrontDoorJSON.decode(WAFLogExport.self, from: record, origin: origin), origin: origin)
    }

    /// Adds one decoded log line (the import decodes lines on its splitting thread).
    /// - Parameters:
    ///   - export: the decoded line.
    ///   - origin: where it was read.
    /// - Returns: recoverable issues with this record, as `add(record:origin:)` returns them.
    /// - Throws: `FrontDoorImportError` when the web ACL has more requests than a tally holds.
    mutating func add(_ export: WAFLogExport, origin: RecordOrigin) throws(FrontDoorImportError) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func note(_ path: String, _ message: Message) {
            diagnostics.append(
                Diagnostic(.warning, file: origin.file, location: "record \(origin.record): \(path)", message)
            )
        }
        if export.webaclId == nil { note("webaclId", Message(.wafMissingWebACLId)) }
        if export.httpRequest == nil { note("httpRequest", Message(.wafMissingRequest)) }
        if let time = export.timestamp, time.date == nil {
            note("timestamp", Message(.unreadableTimestamp, ["value": .text(time.raw)]))
        }
        records += 1
        let webACL = export.webaclId ?? ""
        // Mutated in place: a copy taken out of the dictionary would copy its URI, country and
        // client tables on every line (quadratic in distinct clients).
        if tallies[webACL] == nil { tallies[webACL] = WAFTrafficTally(webACL: webACL, source: .log) }
        guard tallies[webACL]?.canAdd(weight: 1) == true else {
            throw .invalidRecord(origin: origin, path: "", message: Message(.wafTooManyRequests))
        }
        if seen[webACL, default: []].insert(KeyDigest(Self.dedupeKey(export))).inserted {
            tallies[webACL]?.add(WAFLogRequestReader.request(export), weight: 1, file: origin.file)
        } else {
            duplicates += 1
            tallies[webACL]?.addDuplicate()
        }
        return diagnostics
    }

    /// The traffic evidence of every web ACL seen, sorted by web ACL.
    /// - Returns: one value per web ACL.
    public func finalize() -> [WAFTrafficEvidence] {
        tallies.keys.sorted().compactMap { tallies[$0]?.finalize(topLimit: topLimit, exampleLimit: exampleLimit) }
    }

    /// `requestId|timestamp|client`; when the request id is missing or the string `null`, the
    /// method and target stand in for it. Two clients' requests never merge.
    private static func dedupeKey(_ export: WAFLogExport) -> String {
        let request = export.httpRequest
        let time = export.timestamp?.raw ?? ""
        let client = request?.clientIp ?? ""
        if let id = request?.requestId, !id.isEmpty, id != "null" { return "\(id)|\(time)|\(client)" }
        let parts = [request?.clientIp, request?.httpMethod, request?.uri, request?.args].map { $0 ?? "" }
        return "-|\(time)|" + parts.joined(separator: "|")
    }
}

/// The first 128 bits of the SHA-256 of a request's de-duplication key.
struct KeyDigest: Hashable {
    let high: UInt64
    let low: UInt64

    init(_ key: String) {
        var words = (UInt64(0), UInt64(0))
        var key = key
        key.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }.withUnsafeBytes { digest in
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: digest[..<16])) }
        }
        (high, low) = words
    }
}
