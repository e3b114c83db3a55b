import ReportModel

/// Reads an ECR `describe-image-scan-findings` page straight from its bytes into `ECRScanExport`,
/// skipping every member the importer does not model (`cvss`, `packageVulnerabilityDetails.referenceUrls`,
/// `resources[].details` beyond the image and the like) without building it — the ECR counterpart of
/// `ASFFFastReader`, on the same cursor. `ECRScanImporter` maps the result as before, so the field
/// rules stay there.
///
/// It answers only when the result is certainly what `JSONDecoder` + `ClassifiedRecord` would
/// give (`.decoded` of `ECRScanFamily`): it returns `nil` (and the page takes the `JSONDecoder`
/// path, which decodes it or rejects it with its JSON path) for a page that does not classify as
/// an ECR scan page, is not valid UTF-8, has an escape it does not decode the same way (`\u`
/// surrogates) or an invalid one anywhere, an escaped key, a repeated key in a modelled object, a
/// modelled member of an unexpected type (or `null` inside an array), a count that is not a plain
/// non-negative integer, a number it does not parse exactly as Foundation does, or anything else unexpected.
struct ECRScanFastReader {
    /// Strings that repeat across pages and findings (registries, repositories, statuses,
    /// vulnerability names, links, descriptions, severities, attribute keys, packages), kept once.
    private var strings = StringTable()

    /// The decoded page, or `nil` to use the general path.
    /// - Parameters:
    ///   - bytes: one record's JSON text, as the splitter cut it out.
    ///   - utf8Checked: whether the bytes are known to be valid UTF-8 (`FastJSONCursor.read`).
    /// - Returns: the decoded page, or `nil`.
    mutating func page(_ bytes: [UInt8], utf8Checked: Bool = false) -> ECRScanExport? {
        // Every page `ECRScanFamily` recognises names `imageScanFindings` or `imageScanStatus`.
        guard FastJSONCursor.mentions(Self.keys, in: bytes) else { return nil }
        return FastJSONCursor.read(bytes, utf8Checked: utf8Checked, strings: &strings) {
            (cursor: inout FastJSONCursor) throws(FastGiveUp) in
            try cursor.ecrScanPage()
        }
    }

    /// The decoded page, or `nil` to use the general path (without keeping strings across calls).
    /// - Parameter bytes: one record's JSON text.
    /// - Returns: the decoded page, or `nil`.
    static func page(_ bytes: [UInt8]) -> ECRScanExport? {
        var reader = ECRScanFastReader()
        return reader.page(bytes)
    }

    private static let keys: [[UInt8]] = [Array("imageScanFindings\"".utf8), Array("imageScanStatus\"".utf8)]
}

/// The ECR page members, read with the shared cursor.
extension FastJSONCursor {
    fileprivate mutating func ecrScanPage() throws(FastGiveUp) -> ECRScanExport {
        var recognised = false
        let export = try keyedObject(ECRScanExport()) {
            (cursor: inout FastJSONCursor, export, name) throws(FastGiveUp) in
            switch name {
            case "imageScanFindings", "imageScanStatus": recognised = true
            // Members by which `ClassifiedRecord` reads a record as an EventBridge envelope or
            // offers it to a family listed before `ECRScanFamily` (`InputFamilies.all`): such a
            // record is left to the general path, whatever its other members.
            case "detail-type", "SchemaVersion", "class_uid", "finding_info", "findingArn": throw FastGiveUp()
            default: break
            }
            return try cursor.ecrPageMember(name, into: &export)
        }
        guard let export, recognised else { throw FastGiveUp() }
        return export
    }

    /// Reads one top-level member into `export`; false for a member that is not modelled.
    private mutating func ecrPageMember(_ name: MemberName, into export: inout ECRScanExport) throws(FastGiveUp) -> Bool
    {
        switch name {
        case "registryId": export.registryId = try sharedString()
        case "repositoryName": export.repositoryName = try sharedString()
        case "nextToken": export.nextToken = try optionalString()
        case "imageId":
            export.imageId = try keyedObject(ECRScanExport.ImageId()) {
                (cursor: inout FastJSONCursor, image, name) throws(FastGiveUp) in
                switch name {
                case "imageDigest": image.imageDigest = try cursor.optionalString()
                case "imageTag": image.imageTag = try cursor.optionalString()
                default: return false
                }
                return true
            }
        case "imageScanStatus":
            export.imageScanStatus = try keyedObject(ECRScanExport.ScanStatus()) {
                (cursor: inout FastJSONCursor, status, name) throws(FastGiveUp) in
                switch name {
                case "status": status.status = try cursor.sharedString()
                case "description": status.description = try cursor.sharedString()
                default: return false
                }
                return true
            }
        case "imageScanFindings": export.imageScanFindings = try scanFindings()
        default: return false
        }
        return true
    }

    private mutating func scanFindings() throws(FastGiveUp) -> ECRScanExport.ScanFindings? {
        try keyedObject(ECRScanExport.ScanFindings()) {
            (cursor: inout FastJSONCursor, block, name) throws(FastGiveUp) in
            switch name {
            case "imageScanCompletedAt":
                block.imageScanCompletedAt = try cursor.timestamp().map(FrontDoorTimestamp.init)
            case "vulnerabilitySourceUpdatedAt":
                block.vulnerabilitySourceUpdatedAt = try cursor.timestamp().map(FrontDoorTimestamp.init)
            case "findingSeverityCounts":
                block.findingSeverityCounts = try cursor.dictionary {
                    (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.plainCount()
                }
            case "findings":
                block.findings = try cursor.objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.basicFinding()
                }
            case "enhancedFindings":
                block.enhancedFindings = try cursor.objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.enhancedFinding()
                }
            default: return false
            }
            return true
        }
    }

    private mutating func basicFinding() throws(FastGiveUp) -> ECRScanExport.BasicFinding {
        try keyedObject(ECRScanExport.BasicFinding()) {
            (cursor: inout FastJSONCursor, finding, name) throws(FastGiveUp) in
            switch name {
            case "name": finding.name = try cursor.sharedString()
            case "description": finding.description = try cursor.sharedString()
            case "uri": finding.uri = try cursor.sharedString()
            case "severity": finding.severity = try cursor.sharedString()
            case "attributes":
                finding.attributes = try cursor.objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.keyedObject(ECRScanExport.BasicFinding.Attribute()) {
                        (cursor: inout FastJSONCursor, attribute, name) throws(FastGiveUp) in
                        switch name {
                        case "key": attribute.key = try cursor.sharedString()
                        case "value": attribute.value = try cursor.lenientString()
                        default: return false
                        }
                        return true
                    } ?? ECRScanExport.BasicFinding.Attribute()
                }
            default: return false
            }
            return true
        } ?? ECRScanExport.BasicFinding()
    }

    private mutating func enhancedFinding() throws(FastGiveUp) -> ECRScanExport.EnhancedFinding {
        try keyedObject(ECRScanExport.EnhancedFinding()) {
            (cursor: inout FastJSONCursor, finding, name) throws(FastGiveUp) in
            switch name {
            case "findingArn": finding.findingArn = try cursor.optionalString()
            case "awsAccountId": finding.awsAccountId = try cursor.sharedString()
            case "title": finding.title = try cursor.sharedString()
            case "description": finding.description = try cursor.sharedString()
            case "type": finding.type = try cursor.sharedString()
            case "severity": finding.severity = try cursor.sharedString()
            case "status": finding.status = try cursor.sharedString()
            case "firstObservedAt": finding.firstObservedAt = try cursor.timestamp().map(FrontDoorTimestamp.init)
            case "lastObservedAt": finding.lastObservedAt = try cursor.timestamp().map(FrontDoorTimestamp.init)
            case "updatedAt": finding.updatedAt = try cursor.timestamp().map(FrontDoorTimestamp.init)
            case "fixAvailable": finding.fixAvailable = try cursor.sharedString()
            case "exploitAvailable": finding.exploitAvailable = try cursor.sharedString()
            case "remediation":
                finding.remediation = try cursor.keyedObject(ECRScanExport.Remediation()) {
                    (cursor: inout FastJSONCursor, remediation, name) throws(FastGiveUp) in
                    guard name == "recommendation" else { return false }
                    remediation.recommendation = try cursor.keyedObject(ECRScanExport.Remediation.Recommendation()) {
                        (cursor: inout FastJSONCursor, recommendation, name) throws(FastGiveUp) in
                        switch name {
                        case "text": recommendation.text = try cursor.sharedString()
                        case "Url": recommendation.url = try cursor.sharedString()
                        default: return false
                        }
                        return true
                    }
                    return true
                }
            case "packageVulnerabilityDetails": finding.packageVulnerabilityDetails = try cursor.packageDetails()
            case "resources":
                finding.resources = try cursor.objectArray { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.ecrResource()
                }
            default: return false
            }
            return true
        } ?? ECRScanExport.EnhancedFinding()
    }

    private mutating func packageDetails() throws(FastGiveUp) -> ECRScanExport.PackageDetails? {
        try keyedObject(ECRScanExport.PackageDetails()) {
            (cursor: inout FastJSONCursor, details, name) throws(FastGiveUp) in
            switch name {
            case "vulnerabilityId": details.vulnerabilityId = try cursor.sharedString()
            case "sourceUrl": details.sourceUrl = try cursor.sharedString()
            case "vulnerablePackages":
                details.vulnerablePackages = try cursor.objectArray {
                    (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    try cursor.keyedObject(ECRScanExport.PackageDetails.Package()) {
                        (cursor: inout FastJSONCursor, package, name) throws(FastGiveUp) in
                        switch name {
                        case "name": package.name = try cursor.sharedString()
                        case "version": package.version = try cursor.sharedString()
                        case "fixedInVersion": package.fixedInVersion = try cursor.sharedString()
                        default: return false
                        }
                        return true
                    } ?? ECRScanExport.PackageDetails.Package()
                }
            default: return false
            }
            return true
        }
    }

    private mutating func ecrResource() throws(FastGiveUp) -> ECRScanExport.ResourceExport {
        try keyedObject(ECRScanExport.ResourceExport()) {
            (cursor: inout FastJSONCursor, resource, name) throws(FastGiveUp) in
            switch name {
            case "id": resource.id = try cursor.optionalString()
            case "type": resource.type = try cursor.sharedString()
            case "region": resource.region = try cursor.sharedString()
            case "tags":
                resource.tags = try cursor.dictionary { (cursor: inout FastJSONCursor) throws(FastGiveUp) in
                    guard let value = try cursor.sharedString() else { throw FastGiveUp() }
                    return value
                }
            case "details":
                resource.details = try cursor.keyedObject(ECRScanExport.ResourceExport.Details()) {
                    (cursor: inout FastJSONCursor, details, name) throws(FastGiveUp) in
                    guard name == "awsEcrContainerImage" else { return false }
                    details.awsEcrContainerImage = try cursor.keyedObject(ECRScanExport.ResourceExport.ContainerImage())
                    {
                        (cursor: inout FastJSONCursor, image, name) throws(FastGiveUp) in
                        switch name {
                        case "repositoryName": image.repositoryName = try cursor.sharedString()
                        case "imageHash": image.imageHash = try cursor.optionalString()
                        case "imageTags": image.imageTags = try cursor.stringArray()
                        case "registry": image.registry = try cursor.sharedString()
                        default: return false
                        }
                        return true
                    }
                    return true
                }
            default: return false
            }
            return true
        } ?? ECRScanExport.ResourceExport()
    }

    /// `LenientInt` written as a plain non-negative integer of at most 15 digits (how ECR writes
    /// its counts); anything else gives up, and `JSONDecoder` reads or refuses it.
    fileprivate mutating func plainCount() throws(FastGiveUp) -> LenientInt {
        guard try atNumber() else { throw FastGiveUp() }
        var value = 0
        var digits = 0
        while index < end, base[index] >= UInt8(ascii: "0"), base[index] <= UInt8(ascii: "9") {
            // A 16th digit gives up before the value could overflow (19 digits did, and trapped).
            guard digits < 15 else { throw FastGiveUp() }
            value = value * 10 + Int(base[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        guard digits > 0, index < end else { throw FastGiveUp() }
        switch base[index] {
        case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09: break
        default: throw FastGiveUp()  // a fraction or an exponent
        }
        return LenientInt(exactly: value)
    }
}

extension ClassifiedRecord.Kind {
    /// An ECR scan page decoded by another reader than `ClassifiedRecord.init(from:)`: what
    /// `ECRScanFastReader` hands to `FileImport.accept(_:bytes:base:path:position:)`.
    /// - Returns: the record of the ECR scan family.
    static func ecrScan(_ export: ECRScanExport) -> ClassifiedRecord.Kind {
        .record(DecodedRecord<ECRScanFamily>(record: .decoded(export)))
    }
}

extension LenientInt {
    /// A count read as a plain JSON integer.
    init(exactly value: Int) {
        self.value = value
    }
}
