/// The assessment of one period: what scoring hands to history and rendering.
public struct ScoredReport: Sendable, Equatable {
    /// The as-of date.
    public var asOf: ReportDate
    /// Control counts over all accounts, each control counted once (failed anywhere = failed).
    public var overall: ControlCounts
    /// One entry per layer key, in report order, `unclassified` last; always all five.
    public var layers: [LayerAssessment]
    /// One entry per account, prod first.
    public var environments: [EnvironmentAssessment]
    /// Every control seen, worst first.
    public var controls: [ControlResult]
    /// Every unique finding with its layer, environment and bucket, in report order.
    public var findings: [ScoredFinding]
    /// The acceptance register.
    public var acceptances: [AcceptanceResult]
    /// Every record of every input, in exactly one bucket.
    public var reconciliation: Reconciliation
    /// The input files.
    public var inputs: [InputFile]
    /// Diagnostics from import and scoring, sorted.
    public var diagnostics: [Diagnostic]
    /// Which layer rule placed how many findings.
    public var layerRules: [RuleUsage]
    /// Web front door evidence.
    public var frontDoor: FrontDoorEvidence
    /// One score per Security Hub standard the findings name, by name (the console's per-standard scores).
    public var byStandard: [StandardScore] = []
    /// Controls by framework requirement and the questionnaire answers (set after scoring).
    public var frameworks: FrameworkEvidence = FrameworkEvidence()
    /// Other tools' compliance checks, one line per product, sorted by product; never in the Security Hub score.
    public var otherChecks: [ToolCheckScore] = []
    /// Where the findings are in identity order, when scoring knew it (a hint for `FindingRows`, checked before it
    /// is used; not part of the report's value).
    public var identityOrder = IdentityOrder()

    /// Creates a scored report; every argument sets the property of the same name.
    public init(
        asOf: ReportDate,
        overall: ControlCounts,
        layers: [LayerAssessment],
        environments: [EnvironmentAssessment],
        controls: [ControlResult],
        findings: [ScoredFinding],
        acceptances: [AcceptanceResult],
        reconciliation: Reconciliation,
        inputs: [InputFile],
        diagnostics: [Diagnostic],
        layerRules: [RuleUsage],
        frontDoor: FrontDoorEvidence = FrontDoorEvidence()
    ) {
        self.asOf = asOf
        self.overall = overall
        self.layers = layers
        self.environments = environments
        self.controls = controls
        self.findings = findings
        self.acceptances = acceptances
        self.reconciliation = reconciliation
        self.inputs = inputs
        self.diagnostics = diagnostics
        self.layerRules = layerRules
        self.frontDoor = frontDoor
    }

    /// The period, `YYYY-MM`.
    public var period: String { asOf.period }
}

/// One layer's assessment.
public struct LayerAssessment: Sendable, Equatable {
    /// The layer.
    public var layer: LayerKey
    /// Control counts in the layer (a control failing in any account is failed).
    public var controls: ControlCounts
    /// Open findings by severity (failed control findings and open non-control findings, not accepted).
    public var openFindings: SeverityCounts
    /// Findings covered by a valid acceptance.
    public var acceptedFindings: Int

    /// Creates a layer assessment; every argument sets the property of the same name.
    public init(layer: LayerKey, controls: ControlCounts, openFindings: SeverityCounts, acceptedFindings: Int) {
        self.layer = layer
        self.controls = controls
        self.openFindings = openFindings
        self.acceptedFindings = acceptedFindings
    }
}

/// One account's assessment.
public struct EnvironmentAssessment: Sendable, Equatable {
    /// The account id (`unknown` when findings carry none).
    public var accountId: String
    /// The account name, or the id when unmapped.
    public var name: String
    /// The environment word, or `unmapped`.
    public var environment: String
    /// Whether environments.yml names the account.
    public var mapped: Bool
    /// Control counts within the account.
    public var controls: ControlCounts
    /// Open findings by severity within the account.
    public var openFindings: SeverityCounts
    /// Findings covered by a valid acceptance.
    public var acceptedFindings: Int

    /// Creates an environment assessment; every argument sets the property of the same name.
    public init(
        accountId: String,
        name: String,
        environment: String,
        mapped: Bool,
        controls: ControlCounts,
        openFindings: SeverityCounts,
        acceptedFindings: Int
    ) {
        self.accountId = accountId
        self.name = name
        self.environment = environment
        self.mapped = mapped
        self.controls = controls
        self.openFindings = openFindings
        self.acceptedFindings = acceptedFindings
    }
}

/// One security control over all accounts.
public struct ControlResult: Sendable, Equatable {
    /// The control id, e.g. `IAM.6`.
    public var controlId: String
    /// The control's title.
    public var title: String
    /// The control's severity (from the catalogue, else the worst failing finding).
    public var severity: Severity
    /// The layer its findings were placed in.
    public var layer: LayerKey
    /// Its state after acceptances.
    public var state: ControlState
    /// Accounts where it fails (before acceptances), sorted.
    public var failingAccounts: [String]
    /// Resources of its failing findings, sorted.
    public var failingResources: [String]
    /// Findings of the control in the input (after de-duplication).
    public var findings: Int
    /// Acceptances that cover its failing findings.
    public var acceptanceIds: [String]
    /// Expired acceptances that would have covered its failing findings (they count as open again).
    public var expiredAcceptanceIds: [String] = []
    /// Remediation link.
    public var remediationURL: String?

    /// Creates a control result; every argument sets the property of the same name.
    public init(
        controlId: String,
        title: String,
        severity: Severity,
        layer: LayerKey,
        state: ControlState,
        failingAccounts: [String] = [],
        failingResources: [String] = [],
        findings: Int,
        acceptanceIds: [String] = [],
        remediationURL: String? = nil
    ) {
        self.controlId = controlId
        self.title = title
        self.severity = severity
        self.layer = layer
        self.state = state
        self.failingAccounts = failingAccounts
        self.failingResources = failingResources
        self.findings = findings
        self.acceptanceIds = acceptanceIds
        self.remediationURL = remediationURL
    }
}

/// Where a unique finding ends up in the reconciliation.
public enum FindingBucket: String, Sendable, Codable, CaseIterable, Hashable {
    /// `Sample: true`: provider sample data.
    case sample
    /// RecordState ARCHIVED (or the format's closed state).
    case archived
    /// Workflow SUPPRESSED.
    case suppressed
    /// Open, but covered by a valid acceptance.
    case accepted
    /// A control finding that passed.
    case passed
    /// A control finding with WARNING, NOT_AVAILABLE or an unrecognised status.
    case unknown
    /// A failed control finding or an open non-control finding: something to fix.
    case open
    /// A non-control finding the team marked RESOLVED.
    case resolved
}

/// A unique finding with what scoring decided about it.
///
/// Kept for every finding until the report is written, so stored in 56 bytes, not 104: the acceptance ids, which
/// few findings have, in a box most lack, the age in 32 bits (clamped to ±2^31 days).
public struct ScoredFinding: Sendable, Equatable {
    /// The finding.
    public var finding: Finding
    /// The rule that placed it, e.g. `control IAM.6`, `resource type AwsS3Bucket`, `product guardduty`.
    public var placedBy: Message
    /// Its account's environment word, or `unmapped`.
    public var environment: String
    /// Its layer.
    public var layer: LayerKey
    /// Its bucket.
    public var bucket: FindingBucket
    /// The valid acceptance that covers it, if any.
    public var acceptanceId: String? {
        get { decisions?.acceptanceId }
        set { decisions = Decisions.box(acceptanceId: newValue, expiredAcceptanceId: expiredAcceptanceId) }
    }
    /// An expired acceptance that would have covered it.
    public var expiredAcceptanceId: String? {
        get { decisions?.expiredAcceptanceId }
        set { decisions = Decisions.box(acceptanceId: acceptanceId, expiredAcceptanceId: newValue) }
    }
    /// Days since first observed, on the as-of date.
    public var ageDays: Int? {
        get { storedAge == Self.noAge ? nil : Int(storedAge) }
        set { storedAge = newValue.map { max(Int32(clamping: $0), Self.noAge + 1) } ?? Self.noAge }
    }

    /// `ageDays` in 32 bits; `noAge` for none.
    private var storedAge: Int32
    /// The acceptance ids, nil when it has neither.
    private var decisions: Decisions?
    private static let noAge = Int32.min

    /// The acceptance ids of a finding that has one.
    private final class Decisions: Sendable, Equatable {
        let acceptanceId: String?
        let expiredAcceptanceId: String?

        init(acceptanceId: String?, expiredAcceptanceId: String?) {
            self.acceptanceId = acceptanceId
            self.expiredAcceptanceId = expiredAcceptanceId
        }

        /// A box for the ids, or nil when there are none.
        static func box(acceptanceId: String?, expiredAcceptanceId: String?) -> Decisions? {
            acceptanceId == nil && expiredAcceptanceId == nil
                ? nil : Decisions(acceptanceId: acceptanceId, expiredAcceptanceId: expiredAcceptanceId)
        }

        static func == (lhs: Decisions, rhs: Decisions) -> Bool {
            lhs === rhs || (lhs.acceptanceId == rhs.acceptanceId && lhs.expiredAcceptanceId == rhs.expiredAcceptanceId)
        }
    }

    /// Creates a scored finding; every argument sets the property of the same name.
    public init(
        finding: Finding,
        layer: LayerKey,
        placedBy: Message,
        environment: String,
        bucket: FindingBucket,
        acceptanceId: String? = nil,
        expiredAcceptanceId: String? = nil,
        ageDays: Int? = nil
    ) {
        self.finding = finding
        self.layer = layer
        self.placedBy = placedBy
        self.environment = environment
        self.bucket = bucket
        storedAge = Self.noAge
        decisions = Decisions.box(acceptanceId: acceptanceId, expiredAcceptanceId: expiredAcceptanceId)
        self.ageDays = ageDays
    }
}

/// Every record of every input in exactly one bucket; the buckets add up to `records`.
public struct Reconciliation: Sendable, Equatable {
    /// Records read over all inputs.
    public var records: Int
    /// Older copies of a finding also present later.
    public var duplicates: Int
    /// Records that were not findings or evidence of a known family.
    public var skipped: Int
    /// Records that could not be read (invalid text, wrong shape, no id), left out under `--skip-invalid`.
    public var unreadable: Int = 0
    /// Input files that could not be read at all, left out under `--skip-invalid` (their records are unknown).
    public var unreadableFiles: Int = 0
    /// Evidence records that are not findings (WAF configuration, WAF requests, scan summaries).
    public var evidence: Int
    /// Unique findings per bucket.
    public var buckets: [FindingBucket: Int]

    /// Creates a reconciliation; every argument sets the property of the same name.
    public init(records: Int, duplicates: Int, skipped: Int, evidence: Int, buckets: [FindingBucket: Int]) {
        self.records = records
        self.duplicates = duplicates
        self.skipped = skipped
        self.evidence = evidence
        self.buckets = buckets
    }

    /// The sum of every bucket; equals `records` when nothing was lost.
    public var accountedFor: Int { duplicates + skipped + unreadable + evidence + buckets.values.reduce(0, +) }

    /// Whether every record is in exactly one bucket.
    public var balances: Bool { accountedFor == records }
}

/// How many findings one layer rule placed.
public struct RuleUsage: Sendable, Equatable, Hashable {
    /// The rule, e.g. `control IAM.6 → account (default)`.
    public var rule: Message
    /// The layer it gives.
    public var layer: LayerKey
    /// Where the rule comes from: `default` or the user's layers file.
    public var source: String
    /// Findings it placed.
    public var findings: Int

    /// Creates a rule usage line; every argument sets the property of the same name.
    public init(rule: Message, layer: LayerKey, source: String, findings: Int) {
        self.rule = rule
        self.layer = layer
        self.source = source
        self.findings = findings
    }
}

/// The positions of a report's findings in identity order, as scoring left them: a hint that spares history a
/// sort of every finding by identity (`FindingRows` checks it in one pass before using it). Two reports with and
/// without it are equal: it says where the findings are, not what they are.
public struct IdentityOrder: Sendable, Equatable {
    /// The report position of each finding, in identity order; nil when unknown.
    public let positions: [Int32]?

    /// A hint.
    /// - Parameter positions: the report position of each finding, in identity order, or nil.
    public init(_ positions: [Int32]? = nil) {
        self.positions = positions
    }

    /// Always true: the hint is not part of a report's value.
    /// - Returns: true.
    public static func == (lhs: IdentityOrder, rhs: IdentityOrder) -> Bool { true }
}
