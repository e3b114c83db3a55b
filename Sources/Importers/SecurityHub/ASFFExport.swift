import ReportModel

/// The members of one ASFF finding (`AwsSecurityFinding`) that the importer reads.
///
/// Every member is optional: real exports break the model's rules. `Resources[].Details`
/// and other large provider blocks are not modelled, so they are never built.
struct ASFFFinding: Decodable, Equatable {
    struct SeverityBlock: Decodable, Equatable {
        var label: String?
        var normalized: LenientNumber?
        var original: LenientString?
        enum CodingKeys: String, CodingKey { case label = "Label", normalized = "Normalized", original = "Original" }
    }

    struct Recommendation: Decodable, Equatable {
        var text: String?
        var url: String?
        enum CodingKeys: String, CodingKey { case text = "Text", url = "Url" }
    }

    struct RemediationBlock: Decodable, Equatable {
        var recommendation: Recommendation?
        enum CodingKeys: String, CodingKey { case recommendation = "Recommendation" }
    }

    struct ResourceBlock: Decodable, Equatable {
        var type: String?
        var id: String?
        var region: String?
        /// `Tags`, sorted by key, then value (as `Resource` keeps them): a list, not a dictionary, so the fast
        /// reader hashes no key.
        var tags: [Resource.Tag]?
        enum CodingKeys: String, CodingKey { case type = "Type", id = "Id", region = "Region", tags = "Tags" }

        /// The tags sorted as `Resource` sorts them.
        /// - Parameter pairs: the members of `Tags`, in any order.
        /// - Returns: the tags.
        static func tags(_ pairs: [(key: String, value: LenientString)]) -> [Resource.Tag] {
            pairs.map { Resource.Tag(key: $0.key, value: $0.value.value) }.sorted {
                ($0.key, $0.value) < ($1.key, $1.value)
            }
        }
    }

    struct ComplianceBlock: Decodable, Equatable {
        var status: String?
        var securityControlId: String?
        var associatedStandards: [AssociatedStandard]?
        var relatedRequirements: [LenientString]?
        enum CodingKeys: String, CodingKey {
            case status = "Status", securityControlId = "SecurityControlId"
            case associatedStandards = "AssociatedStandards", relatedRequirements = "RelatedRequirements"
        }
    }

    struct AssociatedStandard: Decodable, Equatable {
        var standardsId: String?
        enum CodingKeys: String, CodingKey { case standardsId = "StandardsId" }
    }

    struct WorkflowBlock: Decodable, Equatable {
        var status: String?
        enum CodingKeys: String, CodingKey { case status = "Status" }
    }

    struct VulnerabilityBlock: Decodable, Equatable {
        var id: String?
        var vulnerablePackages: PackageNames?
        enum CodingKeys: String, CodingKey { case id = "Id", vulnerablePackages = "VulnerablePackages" }
    }

    struct NoteBlock: Decodable, Equatable {
        var text: String?
        var updatedBy: String?
        var updatedAt: TimestampValue?
        enum CodingKeys: String, CodingKey { case text = "Text", updatedBy = "UpdatedBy", updatedAt = "UpdatedAt" }
    }

    var schemaVersion: String?
    var id: String?
    var productArn: String?
    var productName: String?
    var generatorId: String?
    var awsAccountId: LenientString?
    var region: String?
    var types: [String]?
    var firstObservedAt: TimestampValue?
    var lastObservedAt: TimestampValue?
    var createdAt: TimestampValue?
    var updatedAt: TimestampValue?
    var severity: SeverityBlock?
    var title: String?
    var description: String?
    var remediation: RemediationBlock?
    var productFields: ProductFieldsBlock?
    var resources: [ResourceBlock]?
    var compliance: ComplianceBlock?
    var workflow: WorkflowBlock?
    var recordState: String?
    var vulnerabilities: [VulnerabilityBlock]?
    var note: NoteBlock?
    var sample: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion = "SchemaVersion", id = "Id", productArn = "ProductArn", productName = "ProductName"
        case generatorId = "GeneratorId", awsAccountId = "AwsAccountId", region = "Region", types = "Types"
        case firstObservedAt = "FirstObservedAt", lastObservedAt = "LastObservedAt", createdAt = "CreatedAt"
        case updatedAt = "UpdatedAt", severity = "Severity", title = "Title", description = "Description"
        case remediation = "Remediation", productFields = "ProductFields", resources = "Resources"
        case compliance = "Compliance", workflow = "Workflow", recordState = "RecordState"
        case vulnerabilities = "Vulnerabilities", note = "Note", sample = "Sample"
    }
}

/// `ProductFields`, as far as the importer reads it (`ASFFImporter`: the product name, the control and rule ids,
/// the standards control ARN). Its other members are dropped as they are read, by either reader, their values
/// still read as `LenientString` reads them (a finding has about seven, most of them never read: keeping them
/// made a dictionary of strings per finding, 2-3 % of a 100k-finding run; the four kept are plain members, not a
/// dictionary, for the same reason).
struct ProductFieldsBlock: Decodable, Equatable, Sendable {
    /// The members kept, by their names in `ProductFields`.
    enum Member: CaseIterable, Sendable {
        case productName, controlId, ruleId, standardsControlArn

        /// The member's name in `ProductFields`.
        var name: String {
            switch self {
            case .productName: "aws/securityhub/ProductName"
            case .controlId: "ControlId"
            case .ruleId: "RuleId"
            case .standardsControlArn: "StandardsControlArn"
            }
        }
    }

    /// `aws/securityhub/ProductName`.
    var productName: String?
    /// `ControlId`.
    var controlId: String?
    /// `RuleId`.
    var ruleId: String?
    /// `StandardsControlArn`.
    var standardsControlArn: String?

    /// No member kept.
    init() {}

    /// Reads every member as `LenientString`, keeping those named in `Member`.
    /// - Parameter decoder: the decoder at the `ProductFields` object.
    /// - Throws: `DecodingError` when it is not an object of strings, numbers or booleans.
    init(from decoder: any Decoder) throws {
        let values = try [String: LenientString](from: decoder)
        for member in Member.allCases {
            if let value = values[member.name]?.value { self[member] = value }
        }
    }

    /// A kept member's value.
    subscript(member: Member) -> String? {
        get {
            switch member {
            case .productName: productName
            case .controlId: controlId
            case .ruleId: ruleId
            case .standardsControlArn: standardsControlArn
            }
        }
        set {
            switch member {
            case .productName: productName = newValue
            case .controlId: controlId = newValue
            case .ruleId: ruleId = newValue
            case .standardsControlArn: standardsControlArn = newValue
            }
        }
    }

    /// The kept member that `bytes` spell, without making a string of them.
    /// - Parameter bytes: a member name's bytes (no escapes).
    /// - Returns: the member, or nil when it is not kept.
    static func member(_ bytes: UnsafeBufferPointer<UInt8>) -> Member? {
        if ByteWords.equal(bytes, "ControlId") { return .controlId }
        if ByteWords.equal(bytes, "aws/securityhub/ProductName") { return .productName }
        if ByteWords.equal(bytes, "StandardsControlArn") { return .standardsControlArn }
        if ByteWords.equal(bytes, "RuleId") { return .ruleId }
        return nil
    }
}

extension ASFFFinding.ResourceBlock {
    /// Reads a resource as the synthesised decoder would, `Tags` as an object of strings.
    /// - Parameter decoder: the decoder at the resource.
    /// - Throws: `DecodingError` when a member has another type.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decodeIfPresent(String.self, forKey: .type)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        region = try container.decodeIfPresent(String.self, forKey: .region)
        tags = try container.decodeIfPresent([String: LenientString].self, forKey: .tags)
            .map { Self.tags(Array($0).map { (key: $0.key, value: $0.value) }) }
    }
}
