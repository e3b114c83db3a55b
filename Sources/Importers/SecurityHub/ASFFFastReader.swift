import ReportModel

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
    /// descriptions, controls, resource types, standards, tags), kept once.
    private var strings = StringTable()

    /// The finding, or `nil` to use the general path.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8 (`FastJSONCursor.read`).
    /// - Returns: the decoded finding, or `nil`.
    mutating func finding(_ bytes: [UInt8], utf8Checked: Bool = false) -> ASFFFinding? {
        FastJSONCursor.read(bytes, utf8Checked: utf8Checked, strings: &strings) {
            (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.asffFinding()
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

/// The ASFF members, read with the shared cursor.
extension FastJSONCursor {
    /// `ProductFields`, keeping the members the importer reads (`ProductFieldsBlock.Member`); every value must be a
    /// string, as before (anything else gives up), and a string not kept is read only as far as `string()` would
    /// give up on it. A member kept twice gives up (the decoder keeps the first).
    fileprivate mutating func productFields() throws(FastGiveUp) -> ProductFieldsBlock? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else { throw FastGiveUp() }
        var block = ProductFieldsBlock()
        try members { (cursor: inout FastJSONCursor, key) throws(FastGiveUp) in
            guard let member = ProductFieldsBlock.member(key) else {
                try cursor.skipString()
                return
            }
            guard block[member] == nil else { throw FastGiveUp() }
            block[member] = try cursor.string()
        }
        return block
    }

    fileprivate mutating func asffFinding() throws(FastGiveUp) -> ASFFFinding {
        var schema = false
        var product = false
        var envelope = (detailType: false, source: false)
        let finding = try object(
            ASFFFinding(),
            byKeyBytes: {
                (cursor: inout FastJSONCursor, finding: inout ASFFFinding, name) throws(FastGiveUp) in
                // One lookup per member name by its bytes, without making a string (a finding has about thirty
                // members, most of them read).
                guard let key = ASFFFinding.CodingKeys.named(name) else {
                    if ByteWords.equal(name, "detail-type") { envelope.detailType = true }
                    if ByteWords.equal(name, "source") { envelope.source = true }
                    return false
                }
                switch key {
                case .schemaVersion: schema = true
                case .productArn, .generatorId: product = true
                default: break
                }
                return try cursor.topMember(key, into: &finding)
            }
        )
        // ClassifiedRecord's rules: not an EventBridge envelope, and SchemaVersion with ProductArn or GeneratorId.
        guard let finding, !(envelope.detailType && envelope.source), schema, product else { throw FastGiveUp() }
        return finding
    }

    /// Reads one top-level member into `finding`; false for a member that is not modelled.
    fileprivate mutating func topMember(_ key: ASFFFinding.CodingKeys, into finding: inout ASFFFinding)
        throws(FastGiveUp) -> Bool
    {
        switch key {
        case .schemaVersion: finding.schemaVersion = try optionalString()
        case .id: finding.id = try optionalString()
        case .productArn: finding.productArn = try sharedString()
        case .productName: finding.productName = try sharedString()
        case .generatorId: finding.generatorId = try sharedString()
        case .awsAccountId: finding.awsAccountId = try sharedString().map(LenientString.init(text:))
        case .region: finding.region = try sharedString()
        case .types: finding.types = try stringArray()
        case .firstObservedAt: finding.firstObservedAt = try optionalString().map(TimestampValue.text)
        case .lastObservedAt: finding.lastObservedAt = try optionalString().map(TimestampValue.text)
        case .createdAt: finding.createdAt = try optionalString().map(TimestampValue.text)
        case .updatedAt: finding.updatedAt = try optionalString().map(TimestampValue.text)
        case .severity: finding.severity = try severity()
        case .title: finding.title = try sharedString()
        case .description: finding.description = try sharedString()
        case .remediation: finding.remediation = try remediation()
        case .productFields: finding.productFields = try productFields()
        case .resources:
            finding.resources = try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                try cursor.resource()
            }
        case .compliance: finding.compliance = try compliance()
        case .workflow:
            finding.workflow = try keyedObject(ASFFFinding.WorkflowBlock()) {
                (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
                guard name == "Status" else { return false }
                block.status = try cursor.sharedString()
                return true
            }
        case .recordState: finding.recordState = try sharedString()
        case .vulnerabilities:
            finding.vulnerabilities = try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                try cursor.keyedObject(ASFFFinding.VulnerabilityBlock()) {
                    (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
                    switch name {
                    case "Id": block.id = try cursor.optionalString()
                    case "VulnerablePackages": block.vulnerablePackages = try cursor.packageNames()
                    default: return false
                    }
                    return true
                } ?? ASFFFinding.VulnerabilityBlock()
            }
        case .note: finding.note = try note()
        case .sample: finding.sample = try bool()
        }
        return true
    }

    fileprivate mutating func severity() throws(FastGiveUp) -> ASFFFinding.SeverityBlock? {
        try keyedObject(ASFFFinding.SeverityBlock()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "Label": block.label = try cursor.sharedString()
            case "Normalized":
                if try cursor.null() {
                    block.normalized = nil
                } else {
                    guard try cursor.atNumber() else { throw FastGiveUp() }
                    block.normalized = LenientNumber(number: try cursor.plainNumber())
                }
            case "Original": block.original = try cursor.optionalString().map(LenientString.init(text:))
            default: return false
            }
            return true
        }
    }

    fileprivate mutating func remediation() throws(FastGiveUp) -> ASFFFinding.RemediationBlock? {
        try keyedObject(ASFFFinding.RemediationBlock()) {
            (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            guard name == "Recommendation" else { return false }
            block.recommendation = try cursor.keyedObject(ASFFFinding.Recommendation()) {
                (cursor: inout FastJSONCursor, recommendation, name) throws(FastGiveUp) in
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

    fileprivate mutating func resource() throws(FastGiveUp) -> ASFFFinding.ResourceBlock {
        try keyedObject(ASFFFinding.ResourceBlock()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "Type": block.type = try cursor.sharedString()
            case "Id": block.id = try cursor.optionalString()
            case "Region": block.region = try cursor.sharedString()
            case "Tags":
                block.tags = try cursor.pairs { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    LenientString(text: try cursor.sharedText())
                }
                .map(ASFFFinding.ResourceBlock.tags)
            default: return false
            }
            return true
        } ?? ASFFFinding.ResourceBlock()
    }

    fileprivate mutating func compliance() throws(FastGiveUp) -> ASFFFinding.ComplianceBlock? {
        try keyedObject(ASFFFinding.ComplianceBlock()) {
            (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "Status": block.status = try cursor.sharedString()
            case "SecurityControlId": block.securityControlId = try cursor.sharedString()
            case "AssociatedStandards":
                block.associatedStandards = try cursor.objectArray {
                    (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.keyedObject(ASFFFinding.AssociatedStandard()) {
                        (cursor: inout FastJSONCursor, standard, name) throws(FastGiveUp) in
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

    fileprivate mutating func note() throws(FastGiveUp) -> ASFFFinding.NoteBlock? {
        try keyedObject(ASFFFinding.NoteBlock()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
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

extension ASFFFinding.CodingKeys {
    /// Every modelled member's name as bytes, by the name's length: the fast reader compares a member's key
    /// with the few names of its length (one to four) instead of making a string and hashing it.
    private static let byLength: [[(name: [UInt8], key: Self)]] = {
        var table: [[(name: [UInt8], key: Self)]] = []
        for key in allCases {
            let name = Array(key.rawValue.utf8)
            while table.count <= name.count { table.append([]) }
            table[name.count].append((name, key))
        }
        return table
    }()

    /// The modelled member named by `bytes` (a key as it stands in the record, without escapes), if any.
    /// - Returns: the member, or nil for a name the reader does not model.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        guard bytes.count < byLength.count else { return nil }
        for candidate in byLength[bytes.count] {
            let equal = candidate.name.withUnsafeBufferPointer { ByteWords.equal($0, bytes) }
            if equal { return candidate.key }
        }
        return nil
    }
}
