import ReportModel

/// Reads an Inspector2 `list-findings` finding straight from its bytes into `Inspector2Finding`,
/// skipping every member the importer does not model (`inspectorScoreDetails`, `resources[].details`,
/// `packageVulnerabilityDetails.cvss` and the like) without building it — the Inspector2
/// counterpart of `ASFFFastReader`, on the same cursor. `Inspector2Importer` maps the result as
/// before, so the field rules stay there.
///
/// It answers only when the result is certainly what `JSONDecoder` + `ClassifiedRecord` would
/// give: it returns `nil` (and the record takes the `JSONDecoder` path, with its diagnostics)
/// for a record that does not classify as an Inspector2 finding, is not valid UTF-8, has an
/// escape it does not decode the same way (`\u` surrogates) or an invalid one anywhere, an
/// escaped key, a repeated key in a modelled object, a modelled member of an unexpected type (or
/// `null` inside an array or map), a number it does not parse exactly as Foundation does, or
/// anything else unexpected.
struct Inspector2FastReader {
    /// Strings that repeat across findings (accounts, types, titles, descriptions, severities,
    /// statuses, remediation, resource types, regions, tags, vulnerability ids), kept once.
    private var strings = StringTable()

    /// The finding, or `nil` to use the general path.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8 (`FastJSONCursor.read`).
    /// - Returns: the decoded finding, or `nil`.
    mutating func finding(_ bytes: [UInt8], utf8Checked: Bool = false) -> Inspector2Finding? {
        // Every finding `Inspector2Family` recognises names `findingArn`.
        guard FastJSONCursor.mentions(Self.keys, in: bytes) else { return nil }
        return FastJSONCursor.read(bytes, utf8Checked: utf8Checked, strings: &strings) {
            (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.inspector2Finding()
        }
    }

    /// The finding, or `nil` to use the general path (without keeping strings across calls).
    /// - Parameter bytes: one record's JSON text.
    /// - Returns: the decoded finding, or `nil`.
    static func finding(_ bytes: [UInt8]) -> Inspector2Finding? {
        var reader = Inspector2FastReader()
        return reader.finding(bytes)
    }

    private static let keys: [[UInt8]] = [Array("findingArn\"".utf8)]

    /// The finding types `Inspector2Family` recognises.
    fileprivate static let types: Set<String> = ["PACKAGE_VULNERABILITY", "NETWORK_REACHABILITY", "CODE_VULNERABILITY"]
}

/// The Inspector2 members, read with the shared cursor.
extension FastJSONCursor {
    fileprivate mutating func inspector2Finding() throws(FastGiveUp) -> Inspector2Finding {
        var arn = false
        let finding = try keyedObject(Inspector2Finding()) {
            (cursor: inout FastJSONCursor, finding, name) throws(FastGiveUp) in
            switch name {
            case "findingArn": arn = true
            // Members by which `ClassifiedRecord` reads a record as an EventBridge envelope or
            // offers it to a family listed before `Inspector2Family` (`InputFamilies.all`), or by
            // which `Inspector2Family` passes it on (an ECR scan page): left to the general path.
            case "detail-type", "SchemaVersion", "class_uid", "finding_info", "imageScanFindings": throw FastGiveUp()
            default: break
            }
            return try cursor.inspector2Member(name, into: &finding)
        }
        // `Inspector2Family.recognizes`: a `findingArn`, and a `type` string of Inspector's finding types.
        guard let finding, arn, let type = finding.type, Inspector2FastReader.types.contains(type) else {
            throw FastGiveUp()
        }
        return finding
    }

    /// Reads one top-level member into `finding`; false for a member that is not modelled.
    private mutating func inspector2Member(
        _ name: MemberName,
        into finding: inout Inspector2Finding
    ) throws(FastGiveUp) -> Bool {
        switch name {
        case "findingArn": finding.findingArn = try optionalString()
        case "awsAccountId": finding.awsAccountId = try lenientString()
        case "type": finding.type = try sharedString()
        case "title": finding.title = try sharedString()
        case "description": finding.description = try sharedString()
        case "severity": finding.severity = try sharedString()
        case "status": finding.status = try sharedString()
        case "firstObservedAt": finding.firstObservedAt = try timestamp()
        case "lastObservedAt": finding.lastObservedAt = try timestamp()
        case "updatedAt": finding.updatedAt = try timestamp()
        case "remediation":
            finding.remediation = try keyedObject(Inspector2Finding.Remediation()) {
                (cursor: inout FastJSONCursor, remediation, name) throws(FastGiveUp) in
                guard name == "recommendation" else { return false }
                remediation.recommendation = try cursor.recommendation()
                return true
            }
        case "resources":
            finding.resources = try objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                try cursor.keyedObject(Inspector2Finding.ResourceBlock()) {
                    (cursor: inout FastJSONCursor, resource, name) throws(FastGiveUp) in
                    switch name {
                    case "type": resource.type = try cursor.sharedString()
                    case "id": resource.id = try cursor.optionalString()
                    case "region": resource.region = try cursor.sharedString()
                    case "tags":
                        resource.tags = try cursor.dictionary { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                            guard let value = try cursor.lenientString() else { throw FastGiveUp() }
                            return value
                        }
                    default: return false
                    }
                    return true
                } ?? Inspector2Finding.ResourceBlock()
            }
        case "packageVulnerabilityDetails":
            finding.packageVulnerabilityDetails = try keyedObject(Inspector2Finding.PackageDetails()) {
                (cursor: inout FastJSONCursor, details, name) throws(FastGiveUp) in
                switch name {
                case "vulnerabilityId": details.vulnerabilityId = try cursor.sharedString()
                case "vulnerablePackages": details.vulnerablePackages = try cursor.packageNames()
                default: return false
                }
                return true
            }
        default: return false
        }
        return true
    }

    /// The recommendation: `text`, and its link from `Url`, else `url` (as its `Decodable` reads
    /// it; a link member of another type gives up, even where the decoder would not look at it).
    private mutating func recommendation() throws(FastGiveUp) -> Inspector2Finding.Recommendation? {
        var upper: String?
        var lower: String?
        var recommendation = try keyedObject(Inspector2Finding.Recommendation()) {
            (cursor: inout FastJSONCursor, recommendation, name) throws(FastGiveUp) in
            switch name {
            case "text": recommendation.text = try cursor.sharedString()
            case "Url": upper = try cursor.sharedString()
            case "url": lower = try cursor.sharedString()
            default: return false
            }
            return true
        }
        recommendation?.url = upper ?? lower
        return recommendation
    }
}

extension ClassifiedRecord.Kind {
    /// An Inspector2 finding decoded by another reader than `ClassifiedRecord.init(from:)`: what
    /// `Inspector2FastReader` hands to `FileImport.accept(_:bytes:base:path:position:)`.
    /// - Returns: the record of the Inspector2 family.
    static func inspector2(_ finding: Inspector2Finding) -> ClassifiedRecord.Kind {
        .record(DecodedRecord<Inspector2Family>(record: finding))
    }
}
