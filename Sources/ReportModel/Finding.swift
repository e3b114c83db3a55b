public import Foundation

/// One finding, normalised from any export family. Immutable input to scoring.
///
/// A finding is a reference to its `Fields`, shared by every copy and copied only when a copy is
/// changed (copy on write): the import, scoring and rendering stages hold the same 100k findings in
/// several arrays and tables, which then cost a pointer per finding, not the whole value, and sorting
/// them moves pointers. Read and write the fields as members (`finding.title`).
public struct Finding: Sendable, Equatable, Codable {
    /// The values of a finding.
    ///
    /// Read and written by the names below; stored compactly, because an import keeps every unique
    /// finding until the report is written (100k findings and more): the identity is kept as a head that
    /// findings share and a tail packed into 16 bytes when it is a UUID or hex (`FindingIdentity`), the
    /// id is not a second copy when it ends the identity (`asff|<ProductArn>|<Id>`), times are stored as
    /// their bit patterns, the
    /// record position in 32-bit numbers, and the rarely set parts (note, standard control reference,
    /// check id) in one shared box that most findings do not have. `FindingFieldsTests` holds every
    /// field to reading back what was written, including the values that do not fit the compact form.
    public struct Fields: Sendable, Equatable, Codable {
        /// The de-duplication key: the same key in two records means the same finding
        /// (ASFF: ProductArn + Id; Inspector findings merge on the finding ARN across families).
        public var identity: String {
            get { storedIdentity.text }
            set { identityKey = FindingIdentity(newValue) }
        }
        /// The identity as stored: in two parts, the first of which findings share. Sorting, comparing and
        /// looking up by it costs no joined copy of the text.
        public var identityKey: FindingIdentity {
            // Lent, not returned: comparing and hashing identities where findings hold them copies nothing.
            _read { yield storedIdentity }
            set {
                let id = self.id
                storedIdentity = newValue
                store(id: id)
            }
        }
        /// The provider's id (`Id` in ASFF).
        public var id: String {
            get {
                guard idSuffixLength >= 0 else { return storedId }
                return storedIdentity.suffix(utf8: Int(idSuffixLength))
            }
            set { store(id: newValue) }
        }
        /// How many UTF-8 bytes at the end of the identity's text the id is, or nil when the id is kept apart (a
        /// writer that has the identity's bytes has the id's without making a string).
        public var idSuffixCount: Int? { idSuffixLength >= 0 ? Int(idSuffixLength) : nil }
        /// The product ARN (`ProductArn`), when there is one.
        public var productArn: String? {
            _read { yield profile.values.productArn }
            set { changeProfile { $0.productArn = newValue } }
        }
        /// A readable product name: `Security Hub`, `GuardDuty`, `Inspector`, `Prowler`.
        public var productName: String {
            _read { yield profile.values.productName }
            set { changeProfile { $0.productName = newValue } }
        }
        /// The generator or rule id (`GeneratorId`).
        public var generatorId: String? {
            _read { yield profile.values.generatorId }
            set { changeProfile { $0.generatorId = newValue } }
        }
        /// The title, free text.
        public var title: String {
            _read { yield profile.values.title }
            set { changeProfile { $0.title = newValue } }
        }
        /// The description, free text.
        public var description: String {
            _read { yield profile.values.description }
            set { changeProfile { $0.description = newValue } }
        }
        /// The AWS account id, kept as text (never a number: leading zeros, masks).
        public var accountId: String? {
            _read { yield place.accountId }
            set { place = PlaceBox(accountId: newValue, region: place.region, file: place.file) }
        }
        /// The region the finding was recorded in.
        public var region: String? {
            _read { yield place.region }
            set { place = PlaceBox(accountId: place.accountId, region: newValue, file: place.file) }
        }
        /// The security control id (`Compliance.SecurityControlId`, e.g. `IAM.6`) of a control finding.
        public var controlId: String? {
            _read { yield profile.values.controlId }
            set { changeProfile { $0.controlId = newValue } }
        }
        /// The standard-specific control id when the record has no `Compliance.SecurityControlId`;
        /// scoring maps it to the security control id.
        public var standardControl: StandardControlRef? {
            get { rare?.values.standardControl }
            set { changeRare { $0.standardControl = newValue } }
        }
        /// The check id of another tool's compliance check (Prowler, a custom product), set by scoring
        /// when it moves a check that is not a Security Hub control out of `controlId`.
        public var checkId: String? {
            get { rare?.values.checkId }
            set { changeRare { $0.checkId = newValue } }
        }
        /// The Security Hub standards the control belongs to, as `Compliance.AssociatedStandards[].StandardsId`
        /// writes them (`standards/aws-foundational-security-best-practices/v/1.0.0`), sorted; empty when the export
        /// does not say (scoring then derives the standard from a standard-specific control id when there is one).
        public var standards: [String] {
            _read {
                if let standardsBox { yield standardsBox.standards } else { yield StandardsBox.none }
            }
            set { standardsBox = StandardsBox.make(standards: newValue, relatedRequirements: relatedRequirements) }
        }
        /// `Compliance.RelatedRequirements` (OCSF `compliance.requirements`): the framework requirements
        /// the control evidences, as given, e.g. `NIST.800-53.r5 AC-2(1)`, `PCI DSS v3.2.1/8.3.1`.
        public var relatedRequirements: [String] {
            _read {
                if let standardsBox { yield standardsBox.relatedRequirements } else { yield StandardsBox.none }
            }
            set { standardsBox = StandardsBox.make(standards: standards, relatedRequirements: newValue) }
        }
        /// The resources the finding is about; at least one in valid exports.
        public var resources: [Resource]
        /// ASFF `Types` (namespace/category/classifier).
        public var types: [String] {
            _read { yield profile.values.types }
            set { changeProfile { $0.types = newValue } }
        }
        /// When the provider first saw the issue.
        public var firstObservedAt: Date? {
            get { Self.date(times.first) }
            set { times.first = Self.bits(newValue) }
        }
        /// When the provider last saw the issue.
        public var lastObservedAt: Date? {
            get { Self.date(times.last) }
            set { times.last = Self.bits(newValue) }
        }
        /// When the finding record was created.
        public var createdAt: Date? {
            get { Self.date(times.created) }
            set { times.created = Self.bits(newValue) }
        }
        /// When the record was last changed: the version key for "latest wins".
        public var updatedAt: Date? {
            get { Self.date(times.updated) }
            set { times.updated = Self.bits(newValue) }
        }
        /// Remediation advice, free text.
        public var remediationText: String? {
            _read { yield profile.values.remediationText }
            set { changeProfile { $0.remediationText = newValue } }
        }
        /// Remediation link, as given (renderers allow only http and https).
        public var remediationURL: String? {
            _read { yield profile.values.remediationURL }
            set { changeProfile { $0.remediationURL = newValue } }
        }
        /// Security Hub's `Note`, set by whoever triaged the finding.
        public var note: Note? {
            get { rare?.values.note }
            set { changeRare { $0.note = newValue } }
        }
        /// Vulnerability ids (CVE, GHSA) for package findings.
        public var vulnerabilityIds: [String] {
            _read { yield profile.values.vulnerabilityIds }
            set { changeProfile { $0.vulnerabilityIds = newValue } }
        }
        /// The scanners that reported this finding (`ECR basic scan`, `Inspector`), sorted; several
        /// when one image vulnerability came from more than one export.
        public var scanners: [String] {
            _read { yield profile.values.scanners }
            set { changeProfile { $0.scanners = newValue } }
        }
        /// Where the record was read.
        public var origin: RecordOrigin {
            get {
                if let wide = rare?.values.origin { return wide }
                return RecordOrigin(
                    file: place.file,
                    record: Int(originRecord),
                    line: originLine == 0 ? nil : Int(originLine),
                    column: originColumn == 0 ? nil : Int(originColumn)
                )
            }
            set { store(origin: newValue) }
        }

        // Stored in this order so that no bytes are padding: the identity's 33 bytes, the one-byte values,
        // the four 32-bit numbers, then the 8- and 16-byte ones.

        /// The identity as stored.
        private var storedIdentity: FindingIdentity
        /// The family the record came from.
        public var format: InputFormat
        /// The normalised severity.
        public var severity: Severity
        /// The compliance status of a control finding; `nil` for findings that are not checks.
        public var compliance: ComplianceStatus?
        /// The triage state.
        public var workflow: WorkflowStatus
        /// Active or archived.
        public var recordState: RecordState
        /// `Sample: true` findings (GuardDuty sample data) are excluded from every count but the ledger.
        public var isSample: Bool
        /// How many UTF-8 bytes at the end of the identity are the id, or -1 when `storedId` holds it.
        private var idSuffixLength: Int32
        /// `origin.record`.
        private var originRecord: Int32
        /// `origin.line`, 0 for none.
        private var originLine: Int32
        /// `origin.column`, 0 for none.
        private var originColumn: Int32
        /// The id when it does not end the identity (else empty).
        private var storedId: String
        /// The four times as `Date` bit patterns (`Times.none` for nil).
        private var times: Times
        /// The account, region and input path, in a box the findings of one file, account and region share.
        var place: PlaceBox
        /// The rarely set parts, nil when none is set.
        private var rare: RareBox?
        /// The values findings of one control or check share, in a box findings share (`FindingSharing`).
        var profile: ProfileBox
        /// The standards and related requirements, in a box findings share (`FindingSharing`); nil when both are
        /// empty. Apart from the profile: one control's findings name the standards enabled in their account (a
        /// finding in two standards, another in three), and in the profile they made each such finding hold a
        /// profile of its own.
        var standardsBox: StandardsBox?

        /// What the findings of one control, check or vulnerability usually have in common: a Security Hub
        /// control's findings across accounts, regions and resources differ in little else than the id,
        /// account, region, resources, status and times.
        struct Profile: Sendable, Hashable {
            var productArn: String?
            var productName: String
            var generatorId: String?
            var title: String
            var description: String
            var controlId: String?
            var types: [String]
            var remediationText: String?
            var remediationURL: String?
            var vulnerabilityIds: [String]
            var scanners: [String]
        }

        /// The box a profile lives in: changed in place only while one finding holds it, else copied.
        ///
        /// Its hash can be kept in it (`keepHash()`), made on the thread that mapped the finding while that finding
        /// is its only holder: `FindingSharing` then looks the profile up on the importing thread without hashing
        /// every text again. A kept hash is dropped whenever the values change, and only a box with one holder is
        /// written, so boxes shared between findings and threads are only ever read.
        final class ProfileBox: @unchecked Sendable, Hashable {
            fileprivate(set) var values: Profile
            /// `contentHash` when kept, 0 when not (a content hash is never 0); dropped by every change
            /// (`Fields.changeProfile`). 32 bits, so the box stays in the allocation size it had without it.
            @exclusivity(unchecked) fileprivate(set) var keptHash: Int32 = 0

            init(_ values: Profile) {
                self.values = values
            }

            static func == (lhs: ProfileBox, rhs: ProfileBox) -> Bool {
                lhs === rhs || lhs.values == rhs.values
            }

            /// The content's hash, kept or made now: one number whether kept or not, so boxes with and without a
            /// kept hash hash alike when their values are equal.
            func hash(into hasher: inout Hasher) {
                hasher.combine(keptHash != 0 ? keptHash : contentHash)
            }

            /// Keeps the content's hash in the box; only while one finding holds it (`Fields.keepProfileHash`).
            fileprivate func keepHash() {
                if keptHash == 0 { keptHash = contentHash }
            }

            /// Hashes the short members and the lengths of the long texts (description, remediation): equal
            /// profiles hash alike, and the long texts are compared only between profiles that agree on the rest.
            private var contentHash: Int32 {
                var hasher = TextHash.Combined()
                hasher.combine(values.productArn)
                hasher.combine(values.productName)
                hasher.combine(values.generatorId)
                hasher.combine(values.title)
                hasher.combine(values.controlId)
                hasher.combine(values.types)
                hasher.combine(values.vulnerabilityIds)
                hasher.combine(values.scanners)
                hasher.combine(values.description.utf8.count)
                hasher.combine(values.remediationText?.utf8.count ?? -1)
                hasher.combine(values.remediationURL?.utf8.count ?? -1)
                let hash = Int32(truncatingIfNeeded: hasher.finalize())
                return hash == 0 ? 1 : hash
            }
        }

        /// Keeps the profile's hash in its box when this is the box's only holder (the thread that mapped a finding
        /// calls it, so the importing thread's lookups in `FindingSharing` need not hash the texts).
        mutating func keepProfileHash() {
            guard isKnownUniquelyReferenced(&profile) else { return }
            profile.keepHash()
        }

        /// The four times of a finding as bit patterns.
        private struct Times: Sendable, Equatable {
            /// The bit pattern that stands for no time: a NaN no `Date` in an export becomes.
            static let none = UInt64.max
            var first = none
            var last = none
            var created = none
            var updated = none
        }

        /// The rarely set parts of a finding.
        struct RareValues: Sendable, Equatable {
            var standardControl: StandardControlRef?
            var checkId: String?
            var note: Note?
            /// The origin, when its line or column does not fit the compact form.
            var origin: RecordOrigin?

            var isEmpty: Bool { standardControl == nil && checkId == nil && note == nil && origin == nil }
        }

        /// Where a finding was recorded and read: what the findings of one file, account and region repeat.
        final class PlaceBox: Sendable, Hashable {
            let accountId: String?
            let region: String?
            let file: String

            init(accountId: String?, region: String?, file: String) {
                self.accountId = accountId
                self.region = region
                self.file = file
            }

            static func == (lhs: PlaceBox, rhs: PlaceBox) -> Bool {
                lhs === rhs || (lhs.accountId == rhs.accountId && lhs.region == rhs.region && lhs.file == rhs.file)
            }

            func hash(into hasher: inout Hasher) {
                hasher.combine(accountId)
                hasher.combine(region)
                hasher.combine(file)
            }
        }

        /// The standards and related requirements of a finding, in a box the findings that name the same share.
        final class StandardsBox: Sendable, Hashable {
            /// What a finding without standards or requirements reads.
            static let none: [String] = []

            let standards: [String]
            let relatedRequirements: [String]

            private init(standards: [String], relatedRequirements: [String]) {
                self.standards = standards
                self.relatedRequirements = relatedRequirements
            }

            /// A box holding both lists, or nil when both are empty.
            /// - Returns: the box, or nil.
            static func make(standards: [String], relatedRequirements: [String]) -> StandardsBox? {
                standards.isEmpty && relatedRequirements.isEmpty
                    ? nil : StandardsBox(standards: standards, relatedRequirements: relatedRequirements)
            }

            static func == (lhs: StandardsBox, rhs: StandardsBox) -> Bool {
                lhs === rhs || (lhs.standards == rhs.standards && lhs.relatedRequirements == rhs.relatedRequirements)
            }

            func hash(into hasher: inout Hasher) {
                hasher.combine(standards)
                hasher.combine(relatedRequirements)
            }
        }

        /// The box the rarely set parts live in, shared between copies until one changes them.
        final class RareBox: Sendable, Equatable {
            let values: RareValues

            init(_ values: RareValues) {
                self.values = values
            }

            static func == (lhs: RareBox, rhs: RareBox) -> Bool {
                lhs === rhs || lhs.values == rhs.values
            }
        }

        /// Creates the fields; every argument sets the property of the same name.
        init(
            format: InputFormat,
            identity: String,
            id: String,
            productArn: String?,
            productName: String,
            generatorId: String?,
            title: String,
            description: String,
            accountId: String?,
            region: String?,
            severity: Severity,
            controlId: String?,
            standardControl: StandardControlRef? = nil,
            compliance: ComplianceStatus?,
            standards: [String] = [],
            relatedRequirements: [String] = [],
            workflow: WorkflowStatus,
            recordState: RecordState,
            resources: [Resource],
            types: [String],
            firstObservedAt: Date?,
            lastObservedAt: Date?,
            createdAt: Date?,
            updatedAt: Date?,
            remediationText: String?,
            remediationURL: String?,
            note: Note?,
            vulnerabilityIds: [String],
            scanners: [String],
            isSample: Bool,
            origin: RecordOrigin
        ) {
            self.format = format
            self.severity = severity
            self.compliance = compliance
            self.workflow = workflow
            self.recordState = recordState
            self.isSample = isSample
            storedIdentity = FindingIdentity(identity)
            storedId = ""
            idSuffixLength = -1
            place = PlaceBox(accountId: accountId, region: region, file: origin.file)
            profile = ProfileBox(
                Profile(
                    productArn: productArn,
                    productName: productName,
                    generatorId: generatorId,
                    title: title,
                    description: description,
                    controlId: controlId,
                    types: types,
                    remediationText: remediationText,
                    remediationURL: remediationURL,
                    vulnerabilityIds: vulnerabilityIds,
                    scanners: scanners
                )
            )
            standardsBox = StandardsBox.make(standards: standards, relatedRequirements: relatedRequirements)
            self.resources = resources
            times = Times(
                first: Self.bits(firstObservedAt),
                last: Self.bits(lastObservedAt),
                created: Self.bits(createdAt),
                updated: Self.bits(updatedAt)
            )
            originRecord = 0
            originLine = 0
            originColumn = 0
            rare = nil
            // The identity's text is at hand: whether the id ends it is one comparison of bytes, not the packed
            // tail written out again.
            let endsIdentity = identity.withStoredUTF8 { whole in
                id.withStoredUTF8 { id in
                    id.count <= whole.count
                        && ByteWords.equal(UnsafeBufferPointer(rebasing: whole[(whole.count - id.count)...]), id)
                }
            }
            store(id: id, endsIdentity: endsIdentity)
            store(origin: origin)
            if standardControl != nil || note != nil {
                changeRare {
                    $0.standardControl = standardControl
                    $0.note = note
                }
            }
        }

        /// Stores the id as the identity's tail when it is one, else on its own.
        private mutating func store(id: String) {
            store(id: id, endsIdentity: storedIdentity.hasSuffix(utf8: id.utf8))
        }

        /// Stores the id as the identity's tail when it is one (`endsIdentity`: the identity's text ends with the
        /// id's bytes), else on its own.
        private mutating func store(id: String, endsIdentity: Bool) {
            let count = id.utf8.count
            if count > 0, count <= Int(Int32.max), endsIdentity {
                idSuffixLength = Int32(count)
                storedId = ""
            } else {
                idSuffixLength = -1
                storedId = id
            }
        }

        /// Stores the origin in the compact form, or in the box when its record, line or column does not fit.
        private mutating func store(origin: RecordOrigin) {
            if place.file != origin.file {
                place = PlaceBox(accountId: place.accountId, region: place.region, file: origin.file)
            }
            let record = Int32(exactly: origin.record) ?? -1
            let line = origin.line.map { Int32(exactly: $0) ?? 0 } ?? 0
            let column = origin.column.map { Int32(exactly: $0) ?? 0 } ?? 0
            let fits = record >= 0 && (origin.line == nil || line > 0) && (origin.column == nil || column > 0)
            originRecord = fits ? record : 0
            originLine = fits ? line : 0
            originColumn = fits ? column : 0
            changeRare { $0.origin = fits ? nil : origin }
        }

        /// Keeps the identity's head as `table` holds it (one copy for the findings that repeat it).
        mutating func shareIdentityHead(in table: inout StringTable) {
            storedIdentity.shareHead(in: &table)
        }

        /// Changes a shared value, in place when this is the only finding holding the profile.
        private mutating func changeProfile(_ change: (inout Profile) -> Void) {
            if !isKnownUniquelyReferenced(&profile) { profile = ProfileBox(profile.values) }
            profile.keptHash = 0
            change(&profile.values)
        }

        /// Changes the rarely set parts, keeping no box when none is set.
        private mutating func changeRare(_ change: (inout RareValues) -> Void) {
            var values = rare?.values ?? RareValues()
            let before = values
            change(&values)
            guard values != before else { return }
            rare = values.isEmpty ? nil : RareBox(values)
        }

        /// A time from its stored bit pattern.
        private static func date(_ bits: UInt64) -> Date? {
            bits == Times.none ? nil : Date(timeIntervalSinceReferenceDate: Double(bitPattern: bits))
        }

        /// A time's bit pattern (negative zero as zero, so equal times are stored alike).
        private static func bits(_ date: Date?) -> UInt64 {
            guard let interval = date?.timeIntervalSinceReferenceDate else { return Times.none }
            return interval == 0 ? 0 : interval.bitPattern
        }

        /// The member names of the JSON form, as the synthesized conformance named them.
        private enum CodingKeys: String, CodingKey {
            case format, identity, id, productArn, productName, generatorId, title, description, accountId, region
            case severity, controlId, standardControl, checkId, compliance, standards, relatedRequirements, workflow
            case recordState, resources, types, firstObservedAt, lastObservedAt, createdAt, updatedAt
            case remediationText, remediationURL, note, vulnerabilityIds, scanners, isSample, origin
        }

        /// Decodes the fields as the plain struct's synthesized conformance did.
        /// - Throws: what the decoder throws for a missing or mistyped member.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                format: try container.decode(InputFormat.self, forKey: .format),
                identity: try container.decode(String.self, forKey: .identity),
                id: try container.decode(String.self, forKey: .id),
                productArn: try container.decodeIfPresent(String.self, forKey: .productArn),
                productName: try container.decode(String.self, forKey: .productName),
                generatorId: try container.decodeIfPresent(String.self, forKey: .generatorId),
                title: try container.decode(String.self, forKey: .title),
                description: try container.decode(String.self, forKey: .description),
                accountId: try container.decodeIfPresent(String.self, forKey: .accountId),
                region: try container.decodeIfPresent(String.self, forKey: .region),
                severity: try container.decode(Severity.self, forKey: .severity),
                controlId: try container.decodeIfPresent(String.self, forKey: .controlId),
                standardControl: try container.decodeIfPresent(StandardControlRef.self, forKey: .standardControl),
                compliance: try container.decodeIfPresent(ComplianceStatus.self, forKey: .compliance),
                standards: try container.decodeIfPresent([String].self, forKey: .standards) ?? [],
                relatedRequirements: try container.decodeIfPresent([String].self, forKey: .relatedRequirements) ?? [],
                workflow: try container.decode(WorkflowStatus.self, forKey: .workflow),
                recordState: try container.decode(RecordState.self, forKey: .recordState),
                resources: try container.decode([Resource].self, forKey: .resources),
                types: try container.decode([String].self, forKey: .types),
                firstObservedAt: try container.decodeIfPresent(Date.self, forKey: .firstObservedAt),
                lastObservedAt: try container.decodeIfPresent(Date.self, forKey: .lastObservedAt),
                createdAt: try container.decodeIfPresent(Date.self, forKey: .createdAt),
                updatedAt: try container.decodeIfPresent(Date.self, forKey: .updatedAt),
                remediationText: try container.decodeIfPresent(String.self, forKey: .remediationText),
                remediationURL: try container.decodeIfPresent(String.self, forKey: .remediationURL),
                note: try container.decodeIfPresent(Note.self, forKey: .note),
                vulnerabilityIds: try container.decode([String].self, forKey: .vulnerabilityIds),
                scanners: try container.decodeIfPresent([String].self, forKey: .scanners) ?? [],
                isSample: try container.decode(Bool.self, forKey: .isSample),
                origin: try container.decode(RecordOrigin.self, forKey: .origin)
            )
            checkId = try container.decodeIfPresent(String.self, forKey: .checkId)
        }

        /// Encodes the fields as the plain struct's synthesized conformance did: every member by name,
        /// optional ones only when set.
        /// - Throws: what the encoder throws.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(format, forKey: .format)
            try container.encode(identity, forKey: .identity)
            try container.encode(id, forKey: .id)
            try container.encodeIfPresent(productArn, forKey: .productArn)
            try container.encode(productName, forKey: .productName)
            try container.encodeIfPresent(generatorId, forKey: .generatorId)
            try container.encode(title, forKey: .title)
            try container.encode(description, forKey: .description)
            try container.encodeIfPresent(accountId, forKey: .accountId)
            try container.encodeIfPresent(region, forKey: .region)
            try container.encode(severity, forKey: .severity)
            try container.encodeIfPresent(controlId, forKey: .controlId)
            try container.encodeIfPresent(standardControl, forKey: .standardControl)
            try container.encodeIfPresent(checkId, forKey: .checkId)
            try container.encodeIfPresent(compliance, forKey: .compliance)
            try container.encode(standards, forKey: .standards)
            try container.encode(relatedRequirements, forKey: .relatedRequirements)
            try container.encode(workflow, forKey: .workflow)
            try container.encode(recordState, forKey: .recordState)
            try container.encode(resources, forKey: .resources)
            try container.encode(types, forKey: .types)
            try container.encodeIfPresent(firstObservedAt, forKey: .firstObservedAt)
            try container.encodeIfPresent(lastObservedAt, forKey: .lastObservedAt)
            try container.encodeIfPresent(createdAt, forKey: .createdAt)
            try container.encodeIfPresent(updatedAt, forKey: .updatedAt)
            try container.encodeIfPresent(remediationText, forKey: .remediationText)
            try container.encodeIfPresent(remediationURL, forKey: .remediationURL)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encode(vulnerabilityIds, forKey: .vulnerabilityIds)
            try container.encode(scanners, forKey: .scanners)
            try container.encode(isSample, forKey: .isSample)
            try container.encode(origin, forKey: .origin)
        }
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

    /// The identity, lent where the fields hold it (the other fields are in `Finding+Members.swift`): a key path's
    /// getter returned a copy, retaining and releasing the identity's texts at every comparison of
    /// every sort and lookup by identity.
    @inlinable
    public var identityKey: FindingIdentity {
        _read { yield storage.fields.identityKey }
        _modify {
            makeStorageUnique()
            yield &storage.fields.identityKey
        }
    }

    /// Copies the fields first when another finding shares them, so that a change reaches this finding only.
    @inlinable
    mutating func makeStorageUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
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
        standardControl: StandardControlRef? = nil,
        compliance: ComplianceStatus? = nil,
        standards: [String] = [],
        relatedRequirements: [String] = [],
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
                standardControl: standardControl,
                compliance: compliance,
                standards: standards,
                relatedRequirements: relatedRequirements,
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
