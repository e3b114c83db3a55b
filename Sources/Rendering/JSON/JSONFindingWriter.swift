import Foundation
import ReportModel

/// Writes findings as report.json holds them (`JSONFinding`'s encoding), without building the encoder's tree:
/// byte for byte what `JSONEncoder` (sorted keys, pretty-printed, slashes unescaped) writes for an
/// element of the top-level `findings` array (`JSONReportWriterTests` holds the two side by side).
///
/// Strings are escaped as the encoder escapes them (`quoted(_:)`, held against `JSONEncoder` for
/// every control character, quotes, backslashes, slashes and text beyond ASCII).
struct JSONFindingWriter: ~Copyable {
    /// The UTF-8 bytes written so far (appending bytes costs less than appending to a `String`).
    private var bytes: ByteRun
    /// Whether something written may be rewritten by `VisibleText.escapedJSON` (a backslash, a control character,
    /// DEL or text beyond ASCII): when false, the text is already as that pass would leave it.
    private(set) var mayNeedVisibleEscapes = false
    /// A finding's identity as bytes, kept across findings (one allocation a writer, not one a finding).
    private var scratch: [UInt8] = []

    /// An empty writer.
    /// - Parameter capacity: the bytes to reserve at once.
    init(capacity: Int = 0) {
        bytes = ByteRun(capacity: capacity)
    }

    /// The text written so far.
    var text: String { bytes.text }

    /// The text written so far as `VisibleText.escapedJSON` makes it, without that pass over the whole text when
    /// nothing written could need it.
    var visibleText: String { mayNeedVisibleEscapes ? VisibleText.escapedJSON(text) : text }

    /// The indentation of a finding's members.
    static let memberPad = "      "

    /// A finding's `placedBy` and `placedByMessage` members as report.json holds them, made once per distinct message
    /// (a report's findings share a few dozen): appended to each finding as they are, with no scan of their text.
    struct Placement: Sendable {
        /// The two members, each with its indentation, name and separator.
        fileprivate let text: String
        /// Whether the bytes may be rewritten by `VisibleText.escapedJSON` (`JSONFindingWriter.mayNeedVisibleEscapes`).
        fileprivate let mayNeedVisibleEscapes: Bool

        /// The members for one message.
        /// - Parameters:
        ///   - placedBy: the message in English.
        ///   - placedByMessage: the message as `JSONEncoder` writes it on its own, moved to its place with
        ///     `indented(_:by: memberPad)`.
        init(placedBy: String, placedByMessage: String) {
            var writer = JSONFindingWriter(capacity: placedBy.utf8.count + placedByMessage.utf8.count + 64)
            writer.field("      \"placedBy\" : ", placedBy)
            writer.raw(static: "      \"placedByMessage\" : ")
            writer.raw(placedByMessage)
            writer.raw(static: ",\n")
            text = writer.text
            mayNeedVisibleEscapes = writer.mayNeedVisibleEscapes
        }
    }

    /// Appends one finding at the indentation of an element of the top-level `findings` array: what
    /// `JSONFinding(scored, placedBy:)` encodes, read from the scored finding as it is written (no copy of its
    /// fields into an entry first).
    /// - Parameters:
    ///   - scored: the finding with what scoring decided about it, where the report's array holds it.
    ///   - placement: its `placedBy` and `placedByMessage` members (`Placement`, made for `scored.placedBy`).
    ///   - first: whether it is the first of the array (else a comma and a line break go first).
    mutating func write(
        _ scored: UnsafePointer<ScoredFinding>,
        placement: Placement,
        first: Bool
    ) {
        // Every member is read where the finding is held (through `pointee`): a copy of the scored finding, or of
        // its finding, retained its storage, texts and decisions, which findings share on every core.
        // Each member's indentation, name and separator are one literal (`field`): four appends less a member.
        raw(static: first ? "    {\n" : ",\n    {\n")
        field("      \"acceptanceId\" : ", scored.pointee.acceptanceId)
        field("      \"accountId\" : ", scored.pointee.finding.accountId)
        field("      \"ageDays\" : ", number: scored.pointee.ageDays)
        field("      \"bucket\" : ", scored.pointee.bucket.rawValue)
        field("      \"compliance\" : ", scored.pointee.finding.compliance?.rawValue)
        field("      \"controlId\" : ", scored.pointee.finding.controlId)
        field("      \"environment\" : ", scored.pointee.environment)
        field("      \"expiredAcceptanceId\" : ", scored.pointee.expiredAcceptanceId)
        field("      \"firstObservedAt\" : ", time: scored.pointee.finding.firstObservedAt)
        idAndIdentity(scored)
        field("      \"layer\" : ", scored.pointee.layer.description)
        field("      \"note\" : ", scored.pointee.finding.note?.text)
        placement.text.withStoredUTF8 { bytes.append($0) }
        if placement.mayNeedVisibleEscapes { mayNeedVisibleEscapes = true }
        field("      \"product\" : ", scored.pointee.finding.productName)
        field("      \"recordState\" : ", scored.pointee.finding.recordState.rawValue)
        field("      \"region\" : ", scored.pointee.finding.region)
        raw(static: "      \"resources\" : ")
        array(scored.pointee.finding.resources, indent: Self.memberPad) { (writer: inout Self, resource, _) in
            writer.resource(resource)
        }
        raw(static: ",\n      \"scanners\" : ")
        array(scored.pointee.finding.scanners, indent: Self.memberPad) { (writer: inout Self, scanner, _) in
            writer.string(scanner.pointee)
        }
        raw(static: ",\n")
        field("      \"severity\" : ", scored.pointee.finding.severity.rawValue)
        field("      \"title\" : ", scored.pointee.finding.title)
        field("      \"updatedAt\" : ", time: scored.pointee.finding.updatedAt)
        field("      \"workflow\" : ", scored.pointee.finding.workflow.rawValue, last: true)
        raw(static: "    }")
    }

    /// Appends a member whose indentation and name are known in advance (`      "key" : `, written out in
    /// `prefix`): its string value (or `null`) and the separator.
    private mutating func field(_ prefix: StaticString, _ value: String?, last: Bool = false) {
        raw(static: prefix)
        if let value { string(value) } else { raw(static: "null") }
        raw(static: last ? "\n" : ",\n")
    }

    /// Appends a member whose indentation and name are known in advance: an instant as `JSONFinding.timestamp`
    /// writes it (or `null`), written in place when `UTCTimestamp` covers it (no string made), and the separator.
    private mutating func field(_ prefix: StaticString, time: Date?) {
        guard let time else {
            field(prefix, nil)
            return
        }
        let covered = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: UTCTimestamp.length) { buffer in
            guard UTCTimestamp.write(time, into: buffer) else { return false }
            raw(static: prefix)
            quoted(plain: UnsafeBufferPointer(buffer))
            raw(static: ",\n")
            return true
        }
        if !covered { field(prefix, JSONFinding.timestamp(time)) }
    }

    /// Appends the `id` and `identity` members from the identity's bytes, the id as their end when it is (no
    /// string made for either); through `string(_:)` when the identity needs an escape or the id is kept apart.
    private mutating func idAndIdentity(_ scored: UnsafePointer<ScoredFinding>) {
        scratch.removeAll(keepingCapacity: true)
        scored.pointee.finding.identityKey.appendUTF8(to: &scratch)
        let identity = scratch
        identity.withUnsafeBufferPointer { identity in
            let plain = ByteWords.isPlainPrintable(identity)
            raw(static: "      \"id\" : ")
            if plain, let count = scored.pointee.finding.idSuffixCount, count <= identity.count {
                quoted(plain: UnsafeBufferPointer(rebasing: identity[(identity.count - count)...]))
            } else {
                string(scored.pointee.finding.id)
            }
            raw(static: ",\n      \"identity\" : ")
            if plain { quoted(plain: identity) } else { string(scored.pointee.finding.identity) }
            raw(static: ",\n")
        }
    }

    /// Appends bytes that need no escape (`ByteWords.isPlainPrintable`) between quotes.
    private mutating func quoted(plain text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a member whose indentation and name are known in advance: its number (or `null`) and the separator.
    private mutating func field(_ prefix: StaticString, number: Int?) {
        raw(static: prefix)
        if let number { raw(String(number)) } else { raw(static: "null") }
        raw(static: ",\n")
    }

    /// A finding's resource at its place in report.json (an element of the finding's `resources`, eight spaces in),
    /// as `array` and `member` lay it out at that depth, each member's indentation and name one literal.
    /// - Parameter resource: the resource, read where the finding holds it.
    private mutating func resource(_ resource: UnsafePointer<Resource>) {
        raw(static: "{\n")
        field("          \"id\" : ", resource.pointee.id)
        if let region = resource.pointee.region { field("          \"region\" : ", region) }
        raw(static: "          \"tags\" : ")
        array(resource.pointee.tags, indent: "          ") { (writer: inout Self, tag, _) in
            writer.raw(static: "{\n")
            writer.field("              \"key\" : ", tag.pointee.key)
            writer.field("              \"value\" : ", tag.pointee.value, last: true)
            writer.raw(static: "            }")
        }
        raw(static: ",\n")
        field("          \"type\" : ", resource.pointee.type, last: true)
        raw(static: "        }")
    }

    /// `[` elements `]` as the encoder lays them out; an empty array is `[`, a blank line, `]`.
    /// - Parameters:
    ///   - elements: what the array holds, written in order.
    ///   - indent: the indentation of the line the array starts on.
    ///   - body: writes one element, lent where the array holds it, at the indentation it is handed.
    mutating func array<Element>(
        _ elements: [Element],
        indent: String,
        _ body: (inout Self, UnsafePointer<Element>, String) -> Void
    ) {
        guard !elements.isEmpty else {
            raw(static: "[\n\n")
            raw(indent)
            raw(static: "]")
            return
        }
        let inner = indent + "  "
        raw(static: "[\n")
        // Through the buffer: each element is lent to `body` where the array holds it, as a pointer (enumerating, the
        // array's subscript or an element handed on by value copied every resource, its strings and tags retained and
        // released).
        elements.withUnsafeBufferPointer { elements in
            guard let base = elements.baseAddress else { return }
            for index in elements.indices {
                raw(inner)
                body(&self, base + index, inner)
                raw(static: index + 1 < elements.count ? ",\n" : "\n")
            }
        }
        raw(indent)
        raw(static: "]")
    }

    /// Appends text known at compile time as it is.
    @inline(__always)
    mutating func raw(static text: StaticString) {
        text.withUTF8Buffer { bytes.append($0) }
    }

    /// Appends text as it is.
    mutating func raw(_ text: String) {
        // Through the contiguous bytes: appending the UTF-8 view goes element by element.
        text.withStoredUTF8 { text in
            if !mayNeedVisibleEscapes && !VisibleText.leavesUnchanged(text) { mayNeedVisibleEscapes = true }
            bytes.append(text)
        }
    }

    /// Appends `"key" : number` and the separator.
    mutating func member(_ pad: String, _ key: String, number: Int, last: Bool = false) {
        member(pad, key, literal: String(number), last: last)
    }

    /// Appends `"key" : number` (or `null`) and the separator.
    mutating func member(_ pad: String, _ key: String, number: Int?, last: Bool = false) {
        member(pad, key, literal: number.map { String($0) } ?? "null", last: last)
    }

    /// Appends `"key" : literal` (a number, `true`, `false` or `null`, written as it is) and the separator.
    mutating func member(_ pad: String, _ key: String, literal: String, last: Bool = false) {
        raw(pad)
        raw(static: "\"")
        raw(key)
        raw(static: "\" : ")
        raw(literal)
        raw(static: last ? "\n" : ",\n")
    }

    /// Appends `"key" : "value"` (or `null`) and the separator.
    mutating func member(_ pad: String, _ key: String, _ value: String?, last: Bool = false) {
        // Appended piece by piece: `a + b + c` would build a temporary string per member of 100k findings.
        raw(pad)
        raw(static: "\"")
        raw(key)
        raw(static: "\" : ")
        if let value { string(value) } else { raw(static: "null") }
        raw(static: last ? "\n" : ",\n")
    }

    /// Encoder output of a value on its own, moved to an indentation: every line after the first gets
    /// `pad` in front, except the blank line the encoder writes inside an empty array or object.
    static func indented(_ encoded: String, by pad: String) -> String {
        // Byte by byte (a line break is one byte in UTF-8): splitting into lines and joining them again
        // made a string per line of every batch.
        let newline = UInt8(ascii: "\n")
        let bytes = Array(encoded.utf8)
        let padBytes = Array(pad.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8 * padBytes.count)
        for index in bytes.indices {
            result.append(bytes[index])
            if bytes[index] == newline, index + 1 < bytes.count, bytes[index + 1] != newline {
                result.append(contentsOf: padBytes)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Appends a string literal, escaped as the encoder escapes it.
    mutating func string(_ value: String) {
        // Most values are printable ASCII without a quote or a backslash: written as they are, in one pass.
        let printable = value.withStoredUTF8 { text in
            guard ByteWords.isPlainPrintable(text) else { return false }
            quoted(plain: text)
            return true
        }
        if printable { return }
        guard Self.isPlain(value) else {
            raw(Self.quoted(value))
            return
        }
        raw(static: "\"")
        raw(value)
        raw(static: "\"")
    }

    /// A string as a JSON string literal, escaped as `JSONEncoder` escapes it with
    /// `.withoutEscapingSlashes`: a quote and a backslash escaped with a backslash, the named escapes
    /// for backspace, form feed, newline, carriage return and tab, other control characters as
    /// `u00xx` escapes in lowercase hex; everything else as it is.
    /// - Returns: the literal, with its quotes.
    static func quoted(_ value: String) -> String {
        guard !isPlain(value) else { return "\"" + value + "\"" }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x08: result += "\\b"
            case 0x0C: result += "\\f"
            case 0x0A: result += "\\n"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x00...0x1F:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether a string needs no escape: no quote, backslash or control character (eight bytes at a time).
    private static func isPlain(_ value: String) -> Bool {
        value.withStoredUTF8 { ByteWords.plainRun($0, from: 0, upTo: $0.count, asciiOnly: false) == $0.count }
    }
}
