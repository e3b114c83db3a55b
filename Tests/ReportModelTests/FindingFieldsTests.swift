import Foundation
import ReportModel
import Testing

/// `Finding.Fields` stores its values compactly (the id as the identity's tail, times as bit patterns,
/// the record position in 32-bit numbers, rarely set parts in a shared box): every field reads back
/// what was written, whichever form it was stored in, equality and JSON are those of the values.
@Suite struct FindingFieldsTests {
    static let arn = "arn:aws:securityhub:eu-west-1::product/aws/securityhub"
    static let id = "arn:aws:securityhub:eu-west-1:123456789012:security-control/IAM.6/finding/0b2e-é-🚀"

    /// A finding with every field set to something other than its default.
    static func full(identity: String? = nil, id: String = Self.id) -> Finding {
        var finding = Finding(
            format: .ocsf,
            identity: identity ?? "asff|\(arn)|\(id)",
            id: id,
            productArn: arn,
            productName: "Prowler",
            generatorId: "security-control/IAM.6",
            title: "Hardware MFA should be enabled for the root user",
            description: "<script>alert(1)</script>",
            accountId: "012345678901",
            region: "eu-west-1",
            severity: .critical,
            controlId: "IAM.6",
            compliance: .failed,
            workflow: .suppressed,
            recordState: .archived,
            resources: [
                Resource(
                    type: "AwsAccount",
                    id: "AWS::::Account:012345678901",
                    tags: [.init(key: "env", value: "prod")]
                )
            ],
            types: ["Software and Configuration Checks/Industry and Regulatory Standards"],
            firstObservedAt: Date(timeIntervalSince1970: 1_700_000_000.125),
            lastObservedAt: Date(timeIntervalSince1970: -5),
            createdAt: Date(timeIntervalSinceReferenceDate: 0),
            updatedAt: Date(timeIntervalSince1970: 1_764_460_800),
            remediationText: "Use a hardware key",
            remediationURL: "https://docs.aws.amazon.com/",
            note: Finding.Note(text: "accepted", updatedBy: "alice", updatedAt: Date(timeIntervalSince1970: 1)),
            vulnerabilityIds: ["CVE-2024-0001"],
            scanners: ["Inspector"],
            isSample: true,
            origin: RecordOrigin(file: "nov.json", record: 41, line: 1_204, column: 7)
        )
        finding.standardControl = StandardControlRef(standard: "cis", version: "1.4.0", controlId: "1.6")
        finding.checkId = "iam_root_hardware_mfa_enabled"
        finding.standards = ["standards/aws-foundational-security-best-practices/v/1.0.0"]
        finding.relatedRequirements = ["NIST.800-53.r5 IA-2(1)"]
        return finding
    }

    @Test func everyFieldReadsBackWhatWasWritten() {
        let finding = Self.full()
        #expect(finding.identity == "asff|\(Self.arn)|\(Self.id)")
        #expect(finding.id == Self.id)
        #expect(finding.firstObservedAt == Date(timeIntervalSince1970: 1_700_000_000.125))
        #expect(finding.lastObservedAt == Date(timeIntervalSince1970: -5))
        #expect(finding.createdAt == Date(timeIntervalSinceReferenceDate: 0))
        #expect(finding.updatedAt == Date(timeIntervalSince1970: 1_764_460_800))
        #expect(
            finding.note
                == Finding.Note(text: "accepted", updatedBy: "alice", updatedAt: Date(timeIntervalSince1970: 1))
        )
        #expect(finding.standardControl == StandardControlRef(standard: "cis", version: "1.4.0", controlId: "1.6"))
        #expect(finding.checkId == "iam_root_hardware_mfa_enabled")
        #expect(finding.origin == RecordOrigin(file: "nov.json", record: 41, line: 1_204, column: 7))
        #expect(finding.standards == ["standards/aws-foundational-security-best-practices/v/1.0.0"])
        #expect(finding.scanners == ["Inspector"])
    }

    /// The members an importer hands to the initializer (the standard control, standards, requirements, note) read as
    /// the same members set one by one afterwards, and the two findings are equal; so are the id's two stored forms
    /// (the identity's tail, or apart when the identity does not end with it).
    @Test(arguments: [Self.id, "another-id"])
    func theInitializerStoresWhatTheSettersStore(id: String) {
        let reference = StandardControlRef(standard: "cis", version: "1.4.0", controlId: "1.6")
        let note = Finding.Note(text: "accepted", updatedBy: "alice", updatedAt: Date(timeIntervalSince1970: 1))
        let origin = RecordOrigin(file: "nov.json", record: 41, line: 1_204, column: 7)
        let made = Finding(
            identity: "asff|\(Self.arn)|\(Self.id)",
            id: id,
            standardControl: reference,
            standards: ["b", "a"],
            relatedRequirements: ["PCI DSS v4.0.1/8.4.1"],
            note: note,
            origin: origin
        )
        var set = Finding(identity: "asff|\(Self.arn)|\(Self.id)", id: id, origin: origin)
        set.standardControl = reference
        set.standards = ["b", "a"]
        set.relatedRequirements = ["PCI DSS v4.0.1/8.4.1"]
        set.note = note
        #expect(made == set)
        #expect(made.id == id && made.idSuffixCount == (id == Self.id ? id.utf8.count : nil))
        #expect(made.standardControl == reference && made.note == note && made.origin == origin)
        #expect(made.standards == ["b", "a"] && made.relatedRequirements == ["PCI DSS v4.0.1/8.4.1"])
    }

    @Test(arguments: ["", "x", Self.id, "finding/0b2e-é-🚀", "é-🚀", "🚀", "other", "asff|\(Self.arn)|\(Self.id)|more"])
    func theIdReadsBackWhetherOrNotItEndsTheIdentity(id: String) {
        var finding = Self.full(id: id)
        #expect(finding.id == id)
        #expect(finding.identity == "asff|\(Self.arn)|\(id)")
        finding.identity = "vuln|sha256:abc|CVE-1|openssl"
        #expect(finding.id == id, "changing the identity keeps the id")
        finding.identity = "inspector|\(id)"
        #expect(finding.id == id)
        #expect(finding.identity == "inspector|\(id)")
        finding.id = "replaced"
        #expect(finding.id == "replaced")
        #expect(finding.identity == "inspector|\(id)", "changing the id keeps the identity")
    }

    @Test func theIdEndingTheIdentityOnlyInBytesStillReadsBack() {
        // "e" + combining acute accent: the id "\u{301}" is the identity's last bytes but not its last character.
        let finding = Finding(identity: "caf" + "e\u{301}", id: "\u{301}")
        #expect(finding.id == "\u{301}")
        #expect(finding.id.unicodeScalars.map(\.value) == [0x301])
        #expect(finding.identity.unicodeScalars.map(\.value) == [0x63, 0x61, 0x66, 0x65, 0x301])
    }

    @Test(arguments: [
        RecordOrigin(file: "a.json", record: 0),
        RecordOrigin(file: "a.json", record: 3, line: 1, column: 1),
        RecordOrigin(file: "-", record: Int.max, line: Int(Int32.max), column: Int(Int32.max)),
        RecordOrigin(file: "big.json", record: 9, line: Int(Int32.max) + 1, column: 4),
        RecordOrigin(file: "odd.json", record: 9, line: 0, column: -1),
        RecordOrigin(file: "odd.json", record: 9, line: 5, column: nil),
        RecordOrigin(file: "odd.json", record: -2, line: nil, column: 5),
    ])
    func originsReadBackIncludingThoseThatDoNotFitTheCompactForm(origin: RecordOrigin) {
        var finding = Finding(identity: "i", id: "i", origin: origin)
        #expect(finding.origin == origin)
        finding.origin = RecordOrigin(file: "b.json", record: 1, line: 2, column: 3)
        #expect(finding.origin == RecordOrigin(file: "b.json", record: 1, line: 2, column: 3))
        #expect(
            finding
                == Finding(identity: "i", id: "i", origin: RecordOrigin(file: "b.json", record: 1, line: 2, column: 3))
        )
    }

    @Test(arguments: [nil, 0, -0.0, 1e-300, -1e300, 1_764_460_800.999, Double.greatestFiniteMagnitude] as [Double?])
    func timesReadBack(interval: Double?) {
        let date = interval.map { Date(timeIntervalSinceReferenceDate: $0) }
        var finding = Finding(identity: "i", id: "i", updatedAt: date)
        #expect(finding.updatedAt == date)
        #expect(finding.firstObservedAt == nil)
        finding.firstObservedAt = date
        #expect(finding.firstObservedAt == date)
        #expect(finding == Finding(identity: "i", id: "i", firstObservedAt: date, updatedAt: date))
    }

    @Test func equalityIsByValueWhicheverFormTheFieldsWereStoredIn() {
        var changed = Self.full()
        changed.note = nil
        changed.standardControl = nil
        changed.checkId = nil
        var plain = Self.full()
        plain.checkId = "other"
        #expect(changed != Self.full())
        #expect(plain != Self.full())
        plain.checkId = nil
        plain.note = nil
        plain.standardControl = nil
        #expect(plain == changed, "the same values after different changes")

        var viaIdentity = Self.full(identity: "custom", id: Self.id)
        #expect(viaIdentity != Self.full())
        viaIdentity.identity = "asff|\(Self.arn)|\(Self.id)"
        #expect(viaIdentity == Self.full(), "the id stored on its own, then as the identity's tail")
    }

    @Test func copiesAreIndependent() {
        let original = Self.full()
        var copy = original
        copy.note = Finding.Note(text: "changed")
        copy.id = "new"
        copy.firstObservedAt = nil
        #expect(original == Self.full())
        #expect(original.note?.text == "accepted")
        #expect(original.id == Self.id)
        #expect(copy.note?.text == "changed")
    }

    /// Findings that `FindingSharing` points at one copy of their profile, place and identity head read as
    /// before, and changing one changes only that one.
    @Test func sharedPartsStayEachFindingsOwn() {
        var sharing = FindingSharing()
        var first = Self.full(
            id: Self.id.replacingOccurrences(of: "0b2e-é-🚀", with: "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc67")
        )
        var second = Self.full(
            id: Self.id.replacingOccurrences(of: "0b2e-é-🚀", with: "d4e67ce3-79b6-4a20-a5d8-3a7171c2dc68")
        )
        let (firstBefore, secondBefore) = (first, second)
        sharing.share(&first)
        sharing.share(&second)
        #expect(first == firstBefore)
        #expect(second == secondBefore)
        #expect(first.identityKey.isSplit && first.identityKey.head == second.identityKey.head)
        second.region = "ap-south-1"
        second.accountId = nil
        second.origin = RecordOrigin(file: "dec.json", record: 2)
        second.title = "changed"
        #expect(first == firstBefore)
        #expect(first.region == "eu-west-1" && first.accountId == "012345678901" && first.origin.file == "nov.json")
        #expect(second.region == "ap-south-1" && second.accountId == nil && second.origin.file == "dec.json")
        #expect(second.title == "changed" && first.title == firstBefore.title)
    }

    /// A profile hash kept by the thread that mapped a finding follows every later change: findings shared after
    /// one changed its profile read their own values, whichever of them kept a hash.
    @Test func keptProfileHashFollowsChanges() {
        var sharing = FindingSharing()
        var kept = Self.full()
        kept.keepProfileHash()
        var changed = Self.full(id: Self.id + "-2")
        changed.keepProfileHash()
        changed.title = "another control's title"
        changed.scanners = ["another scanner"]
        var plain = Self.full(id: Self.id + "-3")
        var plainChanged = Self.full(id: Self.id + "-4")
        plainChanged.title = "another control's title"
        plainChanged.scanners = ["another scanner"]
        let before = [kept, changed, plain, plainChanged]
        sharing.share(&kept)
        sharing.share(&changed)
        sharing.share(&plain)
        sharing.share(&plainChanged)
        #expect([kept, changed, plain, plainChanged] == before)
        #expect(changed.title == "another control's title" && plain.title == kept.title)
        #expect(plainChanged.scanners == ["another scanner"] && plain.scanners == kept.scanners)
    }

    @Test func jsonHasEveryMemberByNameAndReadsBack() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let data = try encoder.encode(Self.full())
        let text = String(decoding: data, as: UTF8.self)
        let keys = [
            "format", "identity", "id", "productArn", "productName", "generatorId", "title", "description", "accountId",
            "region", "severity", "controlId", "standardControl", "checkId", "compliance", "standards",
            "relatedRequirements", "workflow", "recordState", "resources", "types", "firstObservedAt", "lastObservedAt",
            "createdAt", "updatedAt", "remediationText", "remediationURL", "note", "vulnerabilityIds", "scanners",
            "isSample", "origin",
        ]
        for key in keys { #expect(text.contains("\"\(key)\":"), "\(key) is written") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        #expect(try decoder.decode(Finding.self, from: data) == Self.full())

        let bare = Finding(identity: "i", id: "i")
        let bareText = String(decoding: try encoder.encode(bare), as: UTF8.self)
        for optional in ["productArn", "note", "checkId", "standardControl", "firstObservedAt", "compliance"] {
            #expect(!bareText.contains("\"\(optional)\""), "an unset optional member is left out")
        }
        #expect(try decoder.decode(Finding.self, from: Data(bareText.utf8)) == bare)
    }
}
