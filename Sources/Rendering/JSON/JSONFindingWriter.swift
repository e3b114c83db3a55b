import Foundation
import ReportModel

/// Writes `JSONFinding` values as report.json holds them, without building the encoder's tree:
/// byte for byte what `JSONEncoder` (sorted keys, pretty-printed, slashes unescaped) writes for an
/// element of the top-level `findings` array (`JSONReportWriterTests` holds the two side by side).
///
/// Strings of printable ASCII are written here; any other string (control characters, non-ASCII)
/// is handed to `JSONEncoder`, so its escaping is the encoder's own.
struct JSONFindingWriter {
    private let encoder: JSONEncoder
    /// The text written so far.
    private(set) var text = ""

    /// A writer whose unusual strings go through `encoder`.
    /// - Parameter encoder: the report's encoder.
    init(encoder: JSONEncoder) {
        self.encoder = encoder
    }

    /// Appends one finding at the indentation of an element of the top-level `findings` array.
    /// - Parameters:
    ///   - finding: the finding.
    ///   - first: whether it is the first of the array (else a comma and a line break go first).
    /// - Throws: what the encoder throws for an unusual string.
    mutating func write(_ finding: JSONFinding, first: Bool) throws {
        let pad = "      "
        text += first ? "    {\n" : ",\n    {\n"
        try member(pad, "acceptanceId", finding.acceptanceId.value)
        try member(pad, "accountId", finding.accountId.value)
        text += pad + "\"ageDays\" : " + (finding.ageDays.value.map { String($0) } ?? "null") + ",\n"
        try member(pad, "bucket", finding.bucket.rawValue)
        try member(pad, "compliance", finding.compliance.value?.rawValue)
        try member(pad, "controlId", finding.controlId.value)
        try member(pad, "environment", finding.environment)
        try member(pad, "expiredAcceptanceId", finding.expiredAcceptanceId.value)
        try member(pad, "firstObservedAt", finding.firstObservedAt.value)
        try member(pad, "id", finding.id)
        try member(pad, "identity", finding.identity)
        try member(pad, "layer", finding.layer)
        try member(pad, "note", finding.note.value)
        try member(pad, "placedBy", finding.placedBy)
        try member(pad, "product", finding.product)
        try member(pad, "recordState", finding.recordState.rawValue)
        try member(pad, "region", finding.region.value)
        text += pad + "\"resources\" : "
        try array(finding.resources, indent: pad) { (writer: inout Self, resource, indent) throws in
            try writer.resource(resource, indent: indent)
        }
        text += ",\n" + pad + "\"scanners\" : "
        try array(finding.scanners, indent: pad) { (writer: inout Self, scanner, _) throws in
            try writer.string(scanner)
        }
        text += ",\n"
        try member(pad, "severity", finding.severity.rawValue)
        try member(pad, "title", finding.title)
        try member(pad, "updatedAt", finding.updatedAt.value)
        try member(pad, "workflow", finding.workflow.rawValue, last: true)
        text += "    }"
    }

    private mutating func resource(_ resource: Resource, indent: String) throws {
        let pad = indent + "  "
        text += "{\n"
        try member(pad, "id", resource.id)
        if let region = resource.region { try member(pad, "region", region) }
        text += pad + "\"tags\" : "
        try array(resource.tags, indent: pad) { (writer: inout Self, tag, indent) throws in
            writer.text += "{\n"
            try writer.member(indent + "  ", "key", tag.key)
            try writer.member(indent + "  ", "value", tag.value, last: true)
            writer.text += indent + "}"
        }
        text += ",\n"
        try member(pad, "type", resource.type, last: true)
        text += indent + "}"
    }

    /// `[` elements `]` as the encoder lays them out; an empty array is `[`, a blank line, `]`.
    private mutating func array<Element>(
        _ elements: [Element],
        indent: String,
        _ body: (inout Self, Element, String) throws -> Void
    ) throws {
        guard !elements.isEmpty else {
            text += "[\n\n" + indent + "]"
            return
        }
        let inner = indent + "  "
        text += "[\n"
        for (index, element) in elements.enumerated() {
            text += inner
            try body(&self, element, inner)
            text += index + 1 < elements.count ? ",\n" : "\n"
        }
        text += indent + "]"
    }

    private mutating func member(_ pad: String, _ key: String, _ value: String?, last: Bool = false) throws {
        text += pad + "\"" + key + "\" : "
        if let value { try string(value) } else { text += "null" }
        text += last ? "\n" : ",\n"
    }

    private mutating func string(_ value: String) throws {
        var plain = true
        var quotes = false
        for byte in value.utf8 {
            if byte < 0x20 || byte >= 0x7F {
                plain = false
                break
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { quotes = true }
        }
        guard plain else {
            text += String(decoding: try encoder.encode(value), as: UTF8.self)
            return
        }
        text += "\""
        if quotes {
            for character in value.unicodeScalars {
                switch character {
                case "\"": text += "\\\""
                case "\\": text += "\\\\"
                default: text.unicodeScalars.append(character)
                }
            }
        } else {
            text += value
        }
        text += "\""
    }
}
