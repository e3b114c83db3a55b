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
        var tags: [String: LenientString]?
        enum CodingKeys: String, CodingKey { case type = "Type", id = "Id", region = "Region", tags = "Tags" }
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
/// made a dictionary of strings per finding, 2-3 % of a 100k-finding run).
struct ProductFieldsBlock: Decodable, Equatable, Sendable {
    /// The members kept.
    static let read: Set<String> = ["aws/securityhub/ProductName", "ControlId", "RuleId", "StandardsControlArn"]

    /// The members kept, by name.
    var values: [String: LenientString]

    /// Keeps the members given (the fast reader keeps only those in `read`).
    /// - Parameter values: the members, by name.
    init(_ values: [String: LenientString]) {
        self.values = values
    }

    /// Reads every member as `LenientString`, keeping those in `read`.
    /// - Parameter decoder: the decoder at the `ProductFields` object.
    /// - Throws: `DecodingError` when it is not an object of strings, numbers or booleans.
    init(from decoder: any Decoder) throws {
        values = try [String: LenientString](from: decoder).filter { Self.read.contains($0.key) }
    }

    /// The name in `read` that `bytes` spell, without making a string of them.
    /// - Parameter bytes: a member name's bytes (no escapes).
    /// - Returns: the name, or nil when the member is not read.
    static func readName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if ByteWords.equal(bytes, "ControlId") { return "ControlId" }
        if ByteWords.equal(bytes, "aws/securityhub/ProductName") { return "aws/securityhub/ProductName" }
        if ByteWords.equal(bytes, "StandardsControlArn") { return "StandardsControlArn" }
        if ByteWords.equal(bytes, "RuleId") { return "RuleId" }
        return nil
    }
}
