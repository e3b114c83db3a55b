public import Foundation

/// One finding, normalised from any export family. Immutable input to scoring.
///
/// A finding is a reference to its `Fields`, shared by every copy and copied only when a copy is
/// changed (copy on write): the import, scoring and rendering stages hold the same 100k findings in
/// several arrays and tables, which then cost a pointer per finding, not the whole value, and sorting
/// them moves pointers. Read and write the fields as members (`finding.title`).
@dynamicMemberLookup
public struct Finding: Sendable, Equatable, Codable {
    /// The values of a finding.
    public struct Fields: Sendable, Equatable, Codable {
        /// The family the record came from.
        public var format: InputFormat
        /// The de-duplication key: the same key in two records means the same finding
        /// (ASFF: ProductArn + Id; Inspector findings merge on the finding ARN across families).
        public var identity: String
        /// The provider's id (`Id` in ASFF).
        public var id: String
        /// The product ARN (`ProductArn`), when there is one.
        public var productArn: String?
        /// A readable product name: `Security Hub`, `GuardDuty`, `Inspector`, `Prowler`.
        public var productName: String
        /// The generator or rule id (`GeneratorId`).
        public var generatorId: String?
        /// The title, free text.
        public var title: String
        /// The description, free text.
        public var description: String
        /// The AWS account id, kept as text (never a number: leading zeros, masks).
        public var accountId: String?
        /// The region the finding was recorded in.
        public var region: String?
        /// The normalised severity.
        public var severity: Severity
        /// The security control id (`Compliance.SecurityControlId`, e.g. `IAM.6`) of a control finding.
        public var controlId: String?
        /// The standard-specific control id when the record has no `Compliance.SecurityControlId`;
        /// scoring maps it to the security control id.
        public var standardControl: StandardControlRef?
        /// The check id of another tool's compliance check (Prowler, a custom product), set by scoring
        /// when it moves a check that is not a Security Hub control out of `controlId`.
        public var checkId: String?
        /// The compliance status of a control finding; `nil` for findings that are not checks.
        public var compliance: ComplianceStatus?
        /// The Security Hub standards the control belongs to, as `Compliance.AssociatedStandards[].StandardsId`
        /// writes them (`standards/aws-foundational-security-best-practices/v/1.0.0`), sorted; empty when the export
        /// does not say (scoring then derives the standard from a standard-specific control id when there is one).
        public var standards: [String] = []
        /// `Compliance.RelatedRequirements` (OCSF `compliance.requirements`): the framework requirements
        /// the control evidences, as given, e.g. `NIST.800-53.r5 AC-2(1)`, `PCI DSS v3.2.1/8.3.1`.
        public var relatedRequirements: [String] = []
        /// The triage state.
        public var workflow: WorkflowStatus
        /// Active or archived.
        public var recordState: RecordState
        /// The resources the finding is about; at least one in valid exports.
        public var resources: [Resource]
        /// ASFF `Types` (namespace/category/classifier).
        public var types: [String]
        /// When the provider first saw the issue.
        public var firstObservedAt: Date?
        /// When the provider last saw the issue.
        public var lastObservedAt: Date?
        /// When the finding record was created.
        public var createdAt: Date?
        /// When the record was last changed: the version key for "latest wins".
        public var updatedAt: Date?
        /// Remediation advice, free text.
        public var remediationText: String?
        /// Remediation link, as given (renderers allow only http and https).
        public var remediationURL: String?
        /// Security Hub's `Note`, set by whoever triaged the finding.
        public var note: Note?
        /// Vulnerability ids (CVE, GHSA) for package findings.
        public var vulnerabilityIds: [String]
        /// The scanners that reported this finding (`ECR basic scan`, `Inspector`), sorted; several
        /// when one image vulnerability came from more than one export.
        public var scanners: [String] = []
        /// `Sample: true` findings (GuardDuty sample data) are excluded from every count but the ledger.
        public var isSample: Bool
        /// Where the record was read.
        public var origin: RecordOrigin

    }

    /// The shared fields; changed only when this is the one reference (copy on write).
    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields

        @usableFromInline
        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    @usableFromInline var storage: Storage

    /// The finding's fields.
    public var fields: Fields {
        get { storage.fields }
        set { storage = Storage(newValue) }
    }

    /// A field, read.
    @inlinable
    public subscript<Value>(dynamicMember keyPath: KeyPath<Fields, Value>) -> Value {
        storage.fields[keyPath: keyPath]
    }

    /// A field, read or changed (the fields are copied first when another finding shares them).
    @inlinable
    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: keyPath] }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields[keyPath: keyPath]
        }
    }

    /// Whether two findings hold the same values.
    /// - Returns: whether they are equal.
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// Decodes the fields, as the plain struct was decoded.
    /// - Throws: what decoding the fields throws.
    public init(from decoder: any Decoder) throws {
        storage = Storage(try Fields(from: decoder))
    }

    /// Encodes the fields, as the plain struct was encoded.
    /// - Throws: what encoding the fields throws.
    public func encode(to encoder: any Encoder) throws {
        try storage.fields.encode(to: encoder)
    }

    /// A triage note on a finding.
    public struct Note: Sendable, Equatable, Codable {
        /// The note text, free text.
        public var text: String
        /// Who wrote it.
        public var updatedBy: String?
        /// When.
        public var updatedAt: Date?

        /// Creates a note; every argument sets the property of the same name (author and time are
        /// `nil` when the export does not say).
        public init(text: String, updatedBy: String? = nil, updatedAt: Date? = nil) {
            self.text = text
            self.updatedBy = updatedBy
            self.updatedAt = updatedAt
        }
    }

    /// Creates a finding; every argument sets the field of the same name (documented on `Fields`),
    /// and every field but the identity and id has a neutral default, so tests name only what they need.
    public init(
        format: InputFormat = .asff,
        identity: String,
        id: String,
        productArn: String? = nil,
        productName: String = "Security Hub",
        generatorId: String? = nil,
        title: String = "",
        description: String = "",
        accountId: String? = nil,
        region: String? = nil,
        severity: Severity = .informational,
        controlId: String? = nil,
        compliance: ComplianceStatus? = nil,
        workflow: WorkflowStatus = .new,
        recordState: RecordState = .active,
        resources: [Resource] = [],
        types: [String] = [],
        firstObservedAt: Date? = nil,
        lastObservedAt: Date? = nil,
        createdAt: Date? = nil,
        updatedAt: Date? = nil,
        remediationText: String? = nil,
        remediationURL: String? = nil,
        note: Note? = nil,
        vulnerabilityIds: [String] = [],
        scanners: [String] = [],
        isSample: Bool = false,
        origin: RecordOrigin = RecordOrigin(file: "", record: 0)
    ) {
        storage = Storage(
            Fields(
                format: format,
                identity: identity,
                id: id,
                productArn: productArn,
                productName: productName,
                generatorId: generatorId,
                title: title,
                description: description,
                accountId: accountId,
                region: region,
                severity: severity,
                controlId: controlId,
                compliance: compliance,
                workflow: workflow,
                recordState: recordState,
                resources: resources,
                types: types,
                firstObservedAt: firstObservedAt,
                lastObservedAt: lastObservedAt,
                createdAt: createdAt,
                updatedAt: updatedAt,
                remediationText: remediationText,
                remediationURL: remediationURL,
                note: note,
                vulnerabilityIds: vulnerabilityIds,
                scanners: scanners,
                isSample: isSample,
                origin: origin
            )
        )
    }
}

/// Where a record was read: the input path and the record's position in it.
public struct RecordOrigin: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The input path as the user gave it (or `-` for stdin).
    public var file: String
    /// The record's 0-based position among the records of that file.
    public var record: Int
    /// The line (1-based) in the file's text where the record starts, when known.
    public var line: Int?
    /// The column (1-based) on that line, when known.
    public var column: Int?

    /// Creates an origin.
    /// - Parameters:
    ///   - file: the input path.
    ///   - record: the record's position.
    ///   - line: the line where the record starts.
    ///   - column: the column where it starts.
    public init(file: String, record: Int, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.record = record
        self.line = line
        self.column = column
    }

    /// `file#record`.
    public var description: String { "\(file)#\(record)" }

    /// `file:line:column` when the position is known, else `file record n`.
    public var position: String {
        guard let line, let column else { return "\(file) record \(record + 1)" }
        return "\(file):\(line):\(column)"
    }
}
