public import Foundation

/// One finding, normalised from any export family. Immutable input to scoring.
public struct Finding: Sendable, Equatable, Codable {
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
    /// `Sample: true` findings (GuardDuty sample data) are excluded from every count but the ledger.
    public var isSample: Bool
    /// Where the record was read.
    public var origin: RecordOrigin

    /// A triage note on a finding.
    public struct Note: Sendable, Equatable, Codable {
        /// The note text, free text.
        public var text: String
        /// Who wrote it.
        public var updatedBy: String?
        /// When.
        public var updatedAt: Date?

        /// Creates a note.
        /// - Parameters:
        ///   - text: the text.
        ///   - updatedBy: the author.
        ///   - updatedAt: the time.
        public init(text: String, updatedBy: String? = nil, updatedAt: Date? = nil) {
            self.text = text
            self.updatedBy = updatedBy
            self.updatedAt = updatedAt
        }
    }

    /// Creates a finding; every field but the identity has a neutral default.
    /// - Parameters:
    ///   - format: the source family.
    ///   - identity: the de-duplication key.
    ///   - id: the provider's id.
    ///   - productArn: the product ARN.
    ///   - productName: the readable product name.
    ///   - generatorId: the generator id.
    ///   - title: the title.
    ///   - description: the description.
    ///   - accountId: the account id.
    ///   - region: the region.
    ///   - severity: the severity.
    ///   - controlId: the security control id.
    ///   - compliance: the compliance status.
    ///   - workflow: the workflow status.
    ///   - recordState: the record state.
    ///   - resources: the resources.
    ///   - types: the finding types.
    ///   - firstObservedAt: first observed.
    ///   - lastObservedAt: last observed.
    ///   - createdAt: created.
    ///   - updatedAt: updated.
    ///   - remediationText: remediation text.
    ///   - remediationURL: remediation link.
    ///   - note: the triage note.
    ///   - vulnerabilityIds: CVE or GHSA ids.
    ///   - isSample: whether this is sample data.
    ///   - origin: where it was read.
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
        isSample: Bool = false,
        origin: RecordOrigin = RecordOrigin(file: "", record: 0)
    ) {
        self.format = format
        self.identity = identity
        self.id = id
        self.productArn = productArn
        self.productName = productName
        self.generatorId = generatorId
        self.title = title
        self.description = description
        self.accountId = accountId
        self.region = region
        self.severity = severity
        self.controlId = controlId
        self.compliance = compliance
        self.workflow = workflow
        self.recordState = recordState
        self.resources = resources
        self.types = types
        self.firstObservedAt = firstObservedAt
        self.lastObservedAt = lastObservedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.remediationText = remediationText
        self.remediationURL = remediationURL
        self.note = note
        self.vulnerabilityIds = vulnerabilityIds
        self.isSample = isSample
        self.origin = origin
    }
}

/// Where a record was read: the input path and the record's position in it.
public struct RecordOrigin: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The input path as the user gave it (or `-` for stdin).
    public var file: String
    /// The record's 0-based position among the records of that file.
    public var record: Int

    /// Creates an origin.
    /// - Parameters:
    ///   - file: the input path.
    ///   - record: the record's position.
    public init(file: String, record: Int) {
        self.file = file
        self.record = record
    }

    /// `file#record`.
    public var description: String { "\(file)#\(record)" }
}
