import ReportModel

/// Reads an OCSF finding straight from its bytes into `OCSFFinding`, skipping every member the
/// importer does not model (`resources[].data`, most of `unmapped` and the like) without building
/// it — the OCSF counterpart of `ASFFFastReader`, on the same cursor. `OCSFImporter` maps the
/// result as before, so the field rules stay there.
///
/// It answers only when the result is certainly what `JSONDecoder` + `ClassifiedRecord` would
/// give: it returns `nil` (and the record takes the `JSONDecoder` path, with its diagnostics)
/// for a record that does not classify as OCSF, is not valid UTF-8, has an escape it does not
/// decode the same way (`\u` surrogates) or an invalid one anywhere, a repeated key in a modelled
/// object, a modelled member of an unexpected type (or `null` inside an array), a number it does
/// not parse exactly as Foundation does (exponents, more than 15 digits), or anything else unexpected.
struct OCSFFastReader {
    /// Strings that repeat across findings (accounts, regions, products, analytics, titles,
    /// descriptions, controls, standards, resource types, tags), kept once.
    private var strings = StringTable()

    /// The finding, or `nil` to use the general path.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8 (`FastJSONCursor.read`).
    /// - Returns: the decoded finding, or `nil`.
    mutating func finding(_ bytes: [UInt8], utf8Checked: Bool = false) -> OCSFFinding? {
        // An OCSF record names `class_uid` or `finding_info`; any other record is passed by at once.
        guard Self.namesOCSFKey(bytes) else { return nil }
        return FastJSONCursor.read(bytes, utf8Checked: utf8Checked, strings: &strings) {
            (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.ocsfFinding()
        }
    }

    /// The finding, or `nil` to use the general path (without keeping strings across calls).
    /// - Parameter bytes: one record's JSON text.
    /// - Returns: the decoded finding, or `nil`.
    static func finding(_ bytes: [UInt8]) -> OCSFFinding? {
        var reader = OCSFFastReader()
        return reader.finding(bytes)
    }

    /// Whether `"class_uid"` or `"finding_info"` occurs in `bytes` (one of them is a key of every
    /// record `OCSFFamily` recognises, and a key with escapes makes the reader give up anyway).
    private static func namesOCSFKey(_ bytes: [UInt8]) -> Bool {
        FastJSONCursor.mentions(keys, in: bytes)
    }

    private static let keys: [[UInt8]] = [Array("class_uid\"".utf8), Array("finding_info\"".utf8)]
}

/// The OCSF members, read with the shared cursor.
extension FastJSONCursor {
    fileprivate mutating func ocsfFinding() throws(FastGiveUp) -> OCSFFinding {
        var keys = (classUid: false, findingInfo: false, metadata: false)
        var envelope = (detailType: false, source: false)
        var asff = (schema: false, product: false)
        let finding = try keyedObject(OCSFFinding()) {
            (cursor: inout FastJSONCursor, finding, name) throws(FastGiveUp) in
            switch name {
            case "class_uid": keys.classUid = true
            case "finding_info": keys.findingInfo = true
            case "metadata": keys.metadata = true
            case "detail-type": envelope.detailType = true
            case "source": envelope.source = true
            case "SchemaVersion": asff.schema = true
            case "ProductArn", "GeneratorId": asff.product = true
            default: break
            }
            return try cursor.ocsfMember(name, into: &finding)
        }
        // ClassifiedRecord's rules: not an EventBridge envelope, not ASFF (offered first), and
        // `class_uid`, or `finding_info` with `metadata`.
        guard let finding, !(envelope.detailType && envelope.source), !(asff.schema && asff.product),
            keys.classUid || (keys.findingInfo && keys.metadata)
        else { throw FastGiveUp() }
        return finding
    }

    /// Reads one top-level member into `finding`; false for a member that is not modelled.
    fileprivate mutating func ocsfMember(_ name: MemberName, into finding: inout OCSFFinding) throws(FastGiveUp) -> Bool
    {
        switch name {
        case "class_uid": finding.classUid = try lenientNumber()
        case "activity_id": finding.activityId = try lenientNumber()
        case "severity": finding.severity = try sharedString()
        case "severity_id": finding.severityId = try lenientNumber()
        case "status": finding.status = try sharedString()
        case "status_id": finding.statusId = try lenientNumber()
        case "status_code": finding.statusCode = try sharedString()
        case "message": finding.message = try optionalString()
        case "comment": finding.comment = try optionalString()
        case "metadata": finding.metadata = try metadata()
        case "cloud": finding.cloud = try cloud()
        case "finding_info": finding.findingInfo = try findingInfo()
        case "compliance": finding.compliance = try ocsfCompliance()
        case "unmapped": finding.unmapped = try unmapped()
        case "remediation":
            finding.remediation = try keyedObject(OCSFFinding.Remediation()) {
                (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
                switch name {
                case "desc": block.desc = try cursor.sharedString()
                case "references": block.references = try cursor.stringArray()
                default: return false
                }
                return true
            }
        case "resources":
            finding.resources = try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                try cursor.ocsfResource()
            }
        case "vulnerabilities":
            finding.vulnerabilities = try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                try cursor.keyedObject(OCSFFinding.Vulnerability()) {
                    (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
                    switch name {
                    case "cve":
                        block.cve = try cursor.keyedObject(OCSFFinding.CVE()) {
                            (cursor: inout FastJSONCursor, cve, name) throws(FastGiveUp) in
                            guard name == "uid" else { return false }
                            cve.uid = try cursor.optionalString()
                            return true
                        }
                    case "affected_packages": block.affectedPackages = try cursor.packageNames()
                    default: return false
                    }
                    return true
                } ?? OCSFFinding.Vulnerability()
            }
        case "time": finding.time = try timestamp()
        case "time_dt": finding.timeDt = try timestamp()
        default: return false
        }
        return true
    }

    /// `LenientNumber`: a plain number, or a string read as `LenientNumber` reads it; nil for
    /// `null`; any other value gives up.
    private mutating func lenientNumber() throws(FastGiveUp) -> LenientNumber? {
        if try null() { return nil }
        if try peek() == UInt8(ascii: "\"") { return LenientNumber(text: try string()) }
        guard try atNumber() else { throw FastGiveUp() }
        return LenientNumber(number: try plainNumber())
    }

    private mutating func metadata() throws(FastGiveUp) -> OCSFFinding.Metadata? {
        try keyedObject(OCSFFinding.Metadata()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "uid": block.uid = try cursor.optionalString()
            case "event_code": block.eventCode = try cursor.sharedString()
            case "product":
                block.product = try cursor.keyedObject(OCSFFinding.Product()) {
                    (cursor: inout FastJSONCursor, product, name) throws(FastGiveUp) in
                    switch name {
                    case "name": product.name = try cursor.sharedString()
                    case "uid": product.uid = try cursor.sharedString()
                    case "vendor_name": product.vendorName = try cursor.sharedString()
                    default: return false
                    }
                    return true
                }
            default: return false
            }
            return true
        }
    }

    private mutating func cloud() throws(FastGiveUp) -> OCSFFinding.Cloud? {
        try keyedObject(OCSFFinding.Cloud()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "region": block.region = try cursor.sharedString()
            case "account":
                block.account = try cursor.keyedObject(OCSFFinding.Account()) {
                    (cursor: inout FastJSONCursor, account, name) throws(FastGiveUp) in
                    guard name == "uid" else { return false }
                    account.uid = try cursor.lenientString()
                    return true
                }
            default: return false
            }
            return true
        }
    }

    private mutating func findingInfo() throws(FastGiveUp) -> OCSFFinding.FindingInfo? {
        try keyedObject(OCSFFinding.FindingInfo()) { (cursor: inout FastJSONCursor, info, name) throws(FastGiveUp) in
            switch name {
            case "uid": info.uid = try cursor.optionalString()
            case "title": info.title = try cursor.sharedString()
            case "desc": info.desc = try cursor.sharedString()
            case "types": info.types = try cursor.stringArray()
            case "analytic":
                info.analytic = try cursor.keyedObject(OCSFFinding.Analytic()) {
                    (cursor: inout FastJSONCursor, analytic, name) throws(FastGiveUp) in
                    switch name {
                    case "uid": analytic.uid = try cursor.sharedString()
                    case "name": analytic.name = try cursor.sharedString()
                    default: return false
                    }
                    return true
                }
            case "created_time": info.createdTime = try cursor.timestamp()
            case "created_time_dt": info.createdTimeDt = try cursor.timestamp()
            case "first_seen_time": info.firstSeenTime = try cursor.timestamp()
            case "first_seen_time_dt": info.firstSeenTimeDt = try cursor.timestamp()
            case "last_seen_time": info.lastSeenTime = try cursor.timestamp()
            case "last_seen_time_dt": info.lastSeenTimeDt = try cursor.timestamp()
            case "modified_time": info.modifiedTime = try cursor.timestamp()
            case "modified_time_dt": info.modifiedTimeDt = try cursor.timestamp()
            default: return false
            }
            return true
        }
    }

    private mutating func ocsfCompliance() throws(FastGiveUp) -> OCSFFinding.Compliance? {
        try keyedObject(OCSFFinding.Compliance()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "control": block.control = try cursor.sharedString()
            case "status": block.status = try cursor.sharedString()
            case "status_id": block.statusId = try cursor.lenientNumber()
            case "standards": block.standards = try cursor.stringArray()
            case "requirements": block.requirements = try cursor.stringArray()
            default: return false
            }
            return true
        }
    }

    /// `unmapped`, read as `OCSFFinding.Unmapped` reads it: nil for `null`; a value that is not
    /// an object holds no compliance; in an object, only `compliance` is read.
    private mutating func unmapped() throws(FastGiveUp) -> OCSFFinding.Unmapped? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else {
            try skipValue()
            return OCSFFinding.Unmapped(frameworks: nil)
        }
        var frameworks: [String: [String]]?
        _ = try keyedObject(0) { (cursor: inout FastJSONCursor, _, name) throws(FastGiveUp) in
            guard name == "compliance" else { return false }
            frameworks = try cursor.frameworkRequirements()
            return true
        }
        return OCSFFinding.Unmapped(frameworks: frameworks)
    }

    /// Prowler's framework → requirements map (`[String: [String]]`), or nil — as `try?` gives —
    /// for `null` or any other shape; a framework named twice gives up.
    private mutating func frameworkRequirements() throws(FastGiveUp) -> [String: [String]]? {
        if try null() { return nil }
        guard try peek() == UInt8(ascii: "{") else {
            try skipValue()
            return nil
        }
        var map: [String: [String]] = [:]
        var fits = true
        var seen: [String] = []
        try members { (cursor: inout FastJSONCursor, key) throws(FastGiveUp) in
            let framework = String(decoding: key, as: UTF8.self)
            guard !seen.contains(framework) else { throw FastGiveUp() }
            seen.append(framework)
            guard fits, try cursor.peek() == UInt8(ascii: "[") else {
                fits = false
                return try cursor.skipValue()
            }
            var requirements: [String] = []
            try cursor.elements { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                guard fits, try cursor.peek() == UInt8(ascii: "\"") else {
                    fits = false
                    return try cursor.skipValue()
                }
                requirements.append(try cursor.sharedText())
            }
            map[cursor.shared(framework)] = requirements
        }
        return fits ? map : nil
    }

    private mutating func ocsfResource() throws(FastGiveUp) -> OCSFFinding.ResourceBlock {
        try keyedObject(OCSFFinding.ResourceBlock()) { (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "uid": block.uid = try cursor.optionalString()
            case "uid_alt": block.uidAlt = try cursor.optionalString()
            case "type": block.type = try cursor.sharedString()
            case "region": block.region = try cursor.sharedString()
            case "tags":
                block.tags = try cursor.objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.keyedObject(OCSFFinding.Tag()) {
                        (cursor: inout FastJSONCursor, tag, name) throws(FastGiveUp) in
                        switch name {
                        case "name": tag.name = try cursor.sharedString()
                        case "value": tag.value = try cursor.lenientString()
                        default: return false
                        }
                        return true
                    } ?? OCSFFinding.Tag()
                }
            default: return false
            }
            return true
        } ?? OCSFFinding.ResourceBlock()
    }
}

extension LenientNumber {
    /// A JSON string read as `LenientNumber` reads one: the number it spells, trimmed of spaces.
    fileprivate init(text: String) {
        value = Self.number(text: text)
    }
}

extension OCSFFinding.Unmapped {
    /// The block with its framework → requirements map, if it had one.
    fileprivate init(frameworks: [String: [String]]?) {
        compliance = frameworks
    }
}

extension ClassifiedRecord.Kind {
    /// An OCSF finding decoded by another reader than `ClassifiedRecord.init(from:)`: what
    /// `OCSFFastReader` hands to `FileImport.accept(_:bytes:base:path:position:)`.
    /// - Returns: the record of the OCSF family.
    static func ocsf(_ finding: OCSFFinding) -> ClassifiedRecord.Kind {
        .record(DecodedRecord<OCSFFamily>(record: finding))
    }
}
