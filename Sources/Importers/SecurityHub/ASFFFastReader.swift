/// Reads an ASFF finding straight from its bytes into `ASFFFinding`, skipping every member the
/// importer does not model (`Details` and the like) without building it — the fast path of
/// docs/decoder-spike.md. `ASFFImporter` maps the result as before, so the field rules stay there.
///
/// It answers only when the result is certainly what `JSONDecoder` + `ClassifiedRecord` would
/// give: it returns `nil` (and the record takes the `JSONDecoder` path, with its diagnostics)
/// for a record that does not classify as ASFF, is not valid UTF-8, has an escape it does not
/// decode the same way (`\u` surrogates) or an invalid one anywhere, a repeated modelled key,
/// a modelled member of an unexpected type (or `null` inside an array or map), a number it does
/// not parse exactly as Foundation does, or anything else unexpected.
struct ASFFFastReader {
    /// Strings that repeat across findings (accounts, regions, products, generators, titles,
    /// descriptions, controls, resource types, standards, tags), kept once: every finding that
    /// holds one shares its storage, so memory grows with the distinct values, not the findings.
    private var strings: Set<String> = []

    /// The most distinct strings kept; past it, strings are still looked up but no longer added.
    static let internLimit = 100_000
    /// Longer strings are not interned.
    static let internLength = 1_024

    /// The finding, or `nil` to use the general path.
    /// - Parameter bytes: one record's JSON text, as the splitter cut it out.
    /// - Returns: the decoded finding, or `nil`.
    mutating func finding(_ bytes: [UInt8]) -> ASFFFinding? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0, base[0] == UInt8(ascii: "{") else { return nil }
            // Text beyond ASCII is read only when the whole record is valid UTF-8.
            let ascii = buffer.allSatisfy { $0 < 0x80 }
            if !ascii && String(validating: buffer, as: UTF8.self) == nil { return nil }
            var cursor = FastCursor(base: base, end: buffer.count, ascii: ascii, strings: strings)
            strings = []
            defer { strings = cursor.strings }
            return try? cursor.asffFinding()
        }
    }

    /// The finding, or `nil` to use the general path (without keeping strings across calls).
    /// - Parameter bytes: one record's JSON text.
    /// - Returns: the decoded finding, or `nil`.
    static func finding(_ bytes: [UInt8]) -> ASFFFinding? {
        var reader = ASFFFastReader()
        return reader.finding(bytes)
    }
}

/// Why the fast path gave up (never shown: the general path reports the problem).
private struct GiveUp: Error {}

/// A forward-only reader over one record's bytes.
private struct FastCursor {
    let base: UnsafePointer<UInt8>
    let end: Int
    /// Whether the record is all ASCII (else it was checked to be valid UTF-8).
    let ascii: Bool
    /// The reader's interned strings.
    var strings: Set<String>
    var index = 0

    init(base: UnsafePointer<UInt8>, end: Int, ascii: Bool, strings: Set<String>) {
        self.base = base
        self.end = end
        self.ascii = ascii
        self.strings = strings
    }

    // MARK: Tokens

    mutating func peek() throws(GiveUp) -> UInt8 {
        while index < end {
            let byte = base[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            } else {
                return byte
            }
        }
        throw GiveUp()
    }

    mutating func expect(_ byte: UInt8) throws(GiveUp) {
        guard try peek() == byte else { throw GiveUp() }
        index += 1
    }

    /// Whether the next value is `null` (consumed if so).
    mutating func null() throws(GiveUp) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        guard index + 4 <= end, base[index + 1] == UInt8(ascii: "u"), base[index + 2] == UInt8(ascii: "l"),
            base[index + 3] == UInt8(ascii: "l")
        else { throw GiveUp() }
        index += 4
        return true
    }

    /// Scans a string body after its opening quote, checking every byte and escape; returns the
    /// raw body range and whether it held escapes.
    mutating func stringBody() throws(GiveUp) -> (start: Int, count: Int, escaped: Bool) {
        let start = index
        var escaped = false
        while index < end {
            let byte = base[index]
            if byte == UInt8(ascii: "\"") {
                let count = index - start
                index += 1
                return (start, count, escaped)
            }
            if byte < 0x20 || (ascii && byte >= 0x80) { throw GiveUp() }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard index + 1 < end else { throw GiveUp() }
                switch base[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                    UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard index + 6 <= end else { throw GiveUp() }
                    var scalar: UInt32 = 0
                    for offset in 2..<6 {
                        guard let digit = Self.hexDigit(base[index + offset]) else { throw GiveUp() }
                        scalar = scalar << 4 | digit
                    }
                    if (0xD800...0xDFFF).contains(scalar) { throw GiveUp() }
                    index += 6
                default:
                    throw GiveUp()
                }
            } else {
                index += 1
            }
        }
        throw GiveUp()
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The string value at the cursor (escapes decoded); gives up on any other kind of value.
    mutating func string() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let body = try stringBody()
        let raw = UnsafeBufferPointer(start: base + body.start, count: body.count)
        guard body.escaped else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var at = 0
        while at < raw.count {
            let byte = raw[at]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                at += 1
                continue
            }
            let code = raw[at + 1]
            at += 2
            switch code {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar: UInt32 = 0
                for offset in 0..<4 { scalar = scalar << 4 | (Self.hexDigit(raw[at + offset]) ?? 0) }
                at += 4
                guard let unicode = Unicode.Scalar(scalar) else { throw GiveUp() }
                out.append(contentsOf: Array(String(Character(unicode)).utf8))
            default: out.append(code)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A string, or nil for `null`.
    mutating func optionalString() throws(GiveUp) -> String? {
        try null() ? nil : try string()
    }

    /// A string that repeats across findings, kept once (see `ASFFFastReader.strings`).
    mutating func shared(_ text: String) -> String {
        // Up to 15 UTF-8 bytes a string is stored inline, with nothing to share.
        let count = text.utf8.count
        guard count > 15, count <= ASFFFastReader.internLength else { return text }
        if strings.count < ASFFFastReader.internLimit { return strings.insert(text).memberAfterInsert }
        if let known = strings.firstIndex(of: text) { return strings[known] }
        return text
    }

    /// A repeating string (interned), or nil for `null`.
    mutating func sharedString() throws(GiveUp) -> String? {
        guard let text = try optionalString() else { return nil }
        return shared(text)
    }

    /// A plain number (optional minus, digits, optional fraction, at most 15 digits) as a Double.
    mutating func plainNumber() throws(GiveUp) -> Double {
        let start = index
        var digits = 0
        if index < end, base[index] == UInt8(ascii: "-") { index += 1 }
        while index < end {
            let byte = base[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
            } else if byte != UInt8(ascii: ".") {
                break
            }
            index += 1
        }
        guard digits > 0, digits <= 15 else { throw GiveUp() }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
        guard let value = Double(text) else { throw GiveUp() }
        return value
    }

    /// Skips any value, checking its strings as `stringBody` does.
    mutating func skipValue() throws(GiveUp) {
        switch try peek() {
        case UInt8(ascii: "\""):
            index += 1
            _ = try stringBody()
        case UInt8(ascii: "{"):
            try members { (cursor: inout FastCursor, _) throws(GiveUp) in try cursor.skipValue() }
        case UInt8(ascii: "["):
            try elements { (cursor: inout FastCursor) throws(GiveUp) in try cursor.skipValue() }
        default:
            // Numbers and literals: the splitter has checked their grammar.
            while index < end {
                switch base[index] {
                case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: return
                default: index += 1
                }
            }
        }
    }

    /// Calls `body` with each key (raw bytes, no escapes allowed) of the object at the cursor.
    mutating func members(
        _ body: (inout FastCursor, UnsafeBufferPointer<UInt8>) throws(GiveUp) -> Void
    ) throws(GiveUp) {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            try expect(UInt8(ascii: "\""))
            let key = try stringBody()
            if key.escaped { throw GiveUp() }
            try expect(UInt8(ascii: ":"))
            try body(&self, UnsafeBufferPointer(start: base + key.start, count: key.count))
            switch try peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return
            default: throw GiveUp()
            }
        }
    }

    /// Calls `body` for each element of the array at the cursor.
    mutating func elements(_ body: (inout FastCursor) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try body(&self)
            switch try peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return
            default: throw GiveUp()
            }
        }
    }

    /// An object of strings (`[String: LenientString]`), or nil for `null`; keys and values are
    /// interned when `shared` (tags, kept in findings), not for `ProductFields` (read for a few
    /// values and dropped).
    mutating func stringMap(shared: Bool) throws(GiveUp) -> [String: LenientString]? {
        if try null() { return nil }
        var map: [String: LenientString] = [:]
        try members { (cursor: inout FastCursor, key) throws(GiveUp) in
            var name = String(decoding: key, as: UTF8.self)
            var value = try cursor.string()
            if shared {
                name = cursor.shared(name)
                value = cursor.shared(value)
            }
            guard map[name] == nil else { throw GiveUp() }
            map[name] = LenientString(text: value)
        }
        return map
    }

    /// An array of strings, or nil for `null`.
    mutating func stringArray() throws(GiveUp) -> [String]? {
        if try null() { return nil }
        var result: [String] = []
        try elements { (cursor: inout FastCursor) throws(GiveUp) in result.append(cursor.shared(try cursor.string())) }
        return result
    }

    /// An array of objects read by `element`, or nil for `null`.
    mutating func objectArray<Element>(
        _ element: (inout FastCursor) throws(GiveUp) -> Element
    ) throws(GiveUp) -> [Element]? {
        if try null() { return nil }
        var result: [Element] = []
        try elements { (cursor: inout FastCursor) throws(GiveUp) in
            guard try cursor.peek() == UInt8(ascii: "{") else { throw GiveUp() }
            result.append(try element(&cursor))
        }
        return result
    }

    /// An object read member by member, or nil for `null`; any key twice gives up.
    mutating func object<Value>(
        _ empty: Value,
        _ member: (inout FastCursor, inout Value, String) throws(GiveUp) -> Bool
    ) throws(GiveUp) -> Value? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else { throw GiveUp() }
        var value = empty
        var seen: [String] = []
        try members { (cursor: inout FastCursor, key) throws(GiveUp) in
            let name = String(decoding: key, as: UTF8.self)
            guard !seen.contains(name) else { throw GiveUp() }
            seen.append(name)
            if try !member(&cursor, &value, name) { try cursor.skipValue() }
        }
        return value
    }

    // MARK: ASFF

    mutating func asffFinding() throws(GiveUp) -> ASFFFinding {
        var schema = false
        var product = false
        var envelope = (detailType: false, source: false)
        let finding = try object(ASFFFinding()) { (cursor: inout FastCursor, finding, name) throws(GiveUp) in
            switch name {
            case "SchemaVersion": schema = true
            case "ProductArn", "GeneratorId": product = true
            case "detail-type": envelope.detailType = true
            case "source": envelope.source = true
            default: break
            }
            return try cursor.topMember(name, into: &finding)
        }
        // ClassifiedRecord's rules: not an EventBridge envelope, and SchemaVersion with ProductArn or GeneratorId.
        guard let finding, !(envelope.detailType && envelope.source), schema, product else { throw GiveUp() }
        return finding
    }

    /// Reads one top-level member into `finding`; false for a member that is not modelled.
    mutating func topMember(_ name: String, into finding: inout ASFFFinding) throws(GiveUp) -> Bool {
        switch name {
        case "SchemaVersion": finding.schemaVersion = try optionalString()
        case "Id": finding.id = try optionalString()
        case "ProductArn": finding.productArn = try sharedString()
        case "ProductName": finding.productName = try sharedString()
        case "GeneratorId": finding.generatorId = try sharedString()
        case "AwsAccountId": finding.awsAccountId = try sharedString().map(LenientString.init(text:))
        case "Region": finding.region = try sharedString()
        case "Types": finding.types = try stringArray()
        case "FirstObservedAt": finding.firstObservedAt = try optionalString().map(TimestampValue.text)
        case "LastObservedAt": finding.lastObservedAt = try optionalString().map(TimestampValue.text)
        case "CreatedAt": finding.createdAt = try optionalString().map(TimestampValue.text)
        case "UpdatedAt": finding.updatedAt = try optionalString().map(TimestampValue.text)
        case "Severity": finding.severity = try severity()
        case "Title": finding.title = try sharedString()
        case "Description": finding.description = try sharedString()
        case "Remediation": finding.remediation = try remediation()
        case "ProductFields": finding.productFields = try stringMap(shared: false)
        case "Resources":
            finding.resources = try objectArray { (cursor: inout FastCursor) throws(GiveUp) in
                try cursor.resource()
            }
        case "Compliance": finding.compliance = try compliance()
        case "Workflow":
            finding.workflow = try object(ASFFFinding.WorkflowBlock()) {
                (cursor: inout FastCursor, block, name) throws(GiveUp) in
                guard name == "Status" else { return false }
                block.status = try cursor.sharedString()
                return true
            }
        case "RecordState": finding.recordState = try sharedString()
        case "Vulnerabilities":
            finding.vulnerabilities = try objectArray { (cursor: inout FastCursor) throws(GiveUp) in
                try cursor.object(ASFFFinding.VulnerabilityBlock()) {
                    (cursor: inout FastCursor, block, name) throws(GiveUp) in
                    switch name {
                    case "Id": block.id = try cursor.optionalString()
                    case "VulnerablePackages": block.vulnerablePackages = try cursor.packageNames()
                    default: return false
                    }
                    return true
                } ?? ASFFFinding.VulnerabilityBlock()
            }
        case "Note": finding.note = try note()
        case "Sample": finding.sample = try bool()
        default: return false
        }
        return true
    }

    mutating func bool() throws(GiveUp) -> Bool? {
        if try null() { return nil }
        switch try peek() {
        case UInt8(ascii: "t"):
            index += 4
            return true
        case UInt8(ascii: "f"):
            index += 5
            return false
        default: throw GiveUp()
        }
    }

    /// `VulnerablePackages`: an array of objects, each named by `Name`, else `name` (as `PackageNames`
    /// decodes it); any other shape gives up.
    mutating func packageNames() throws(GiveUp) -> PackageNames? {
        if try null() { return nil }
        var names: [String] = []
        try elements { (cursor: inout FastCursor) throws(GiveUp) in
            guard try cursor.peek() == UInt8(ascii: "{") else { throw GiveUp() }
            var upper: String?
            var lower: String?
            _ = try cursor.object(0) { (cursor: inout FastCursor, _, name) throws(GiveUp) in
                switch name {
                case "Name": upper = try cursor.optionalString()
                case "name": lower = try cursor.optionalString()
                default: return false
                }
                return true
            }
            if let name = upper ?? lower { names.append(name) }
        }
        return PackageNames(names: names)
    }

    mutating func severity() throws(GiveUp) -> ASFFFinding.SeverityBlock? {
        try object(ASFFFinding.SeverityBlock()) { (cursor: inout FastCursor, block, name) throws(GiveUp) in
            switch name {
            case "Label": block.label = try cursor.sharedString()
            case "Normalized":
                if try cursor.null() {
                    block.normalized = nil
                } else {
                    let first = try cursor.peek()
                    guard first == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
                        throw GiveUp()
                    }
                    block.normalized = LenientNumber(number: try cursor.plainNumber())
                }
            case "Original": block.original = try cursor.optionalString().map(LenientString.init(text:))
            default: return false
            }
            return true
        }
    }

    mutating func remediation() throws(GiveUp) -> ASFFFinding.RemediationBlock? {
        try object(ASFFFinding.RemediationBlock()) { (cursor: inout FastCursor, block, name) throws(GiveUp) in
            guard name == "Recommendation" else { return false }
            block.recommendation = try cursor.object(ASFFFinding.Recommendation()) {
                (cursor: inout FastCursor, recommendation, name) throws(GiveUp) in
                switch name {
                case "Text": recommendation.text = try cursor.sharedString()
                case "Url": recommendation.url = try cursor.sharedString()
                default: return false
                }
                return true
            }
            return true
        }
    }

    mutating func resource() throws(GiveUp) -> ASFFFinding.ResourceBlock {
        try object(ASFFFinding.ResourceBlock()) { (cursor: inout FastCursor, block, name) throws(GiveUp) in
            switch name {
            case "Type": block.type = try cursor.sharedString()
            case "Id": block.id = try cursor.optionalString()
            case "Region": block.region = try cursor.sharedString()
            case "Tags": block.tags = try cursor.stringMap(shared: true)
            default: return false
            }
            return true
        } ?? ASFFFinding.ResourceBlock()
    }

    mutating func compliance() throws(GiveUp) -> ASFFFinding.ComplianceBlock? {
        try object(ASFFFinding.ComplianceBlock()) { (cursor: inout FastCursor, block, name) throws(GiveUp) in
            switch name {
            case "Status": block.status = try cursor.sharedString()
            case "SecurityControlId": block.securityControlId = try cursor.sharedString()
            case "AssociatedStandards":
                block.associatedStandards = try cursor.objectArray { (cursor: inout FastCursor) throws(GiveUp) in
                    try cursor.object(ASFFFinding.AssociatedStandard()) {
                        (cursor: inout FastCursor, standard, name) throws(GiveUp) in
                        guard name == "StandardsId" else { return false }
                        standard.standardsId = try cursor.sharedString()
                        return true
                    } ?? ASFFFinding.AssociatedStandard()
                }
            case "RelatedRequirements":
                block.relatedRequirements = try cursor.stringArray()?.map(LenientString.init(text:))
            default: return false
            }
            return true
        }
    }

    mutating func note() throws(GiveUp) -> ASFFFinding.NoteBlock? {
        try object(ASFFFinding.NoteBlock()) { (cursor: inout FastCursor, block, name) throws(GiveUp) in
            switch name {
            case "Text": block.text = try cursor.optionalString()
            case "UpdatedBy": block.updatedBy = try cursor.sharedString()
            case "UpdatedAt": block.updatedAt = try cursor.optionalString().map(TimestampValue.text)
            default: return false
            }
            return true
        }
    }
}

extension LenientString {
    /// A value read as a JSON string.
    fileprivate init(text: String) {
        value = text
    }
}

extension PackageNames {
    /// Names read from a list of package objects.
    fileprivate init(names: [String]) {
        self.names = names
    }
}

extension LenientNumber {
    /// A value read as a plain JSON number.
    fileprivate init(number: Double) {
        value = number
    }
}
