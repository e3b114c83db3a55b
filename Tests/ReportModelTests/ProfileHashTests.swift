import Foundation
import Testing

@testable import ReportModel

/// The profile hash a mapping thread keeps in a finding's profile box (`Finding.keepProfileHash`), as
/// `FindingSharing` meets it: equal to the hash made from the values, dropped by every change, and never a reason
/// to share a profile that differs.
struct ProfileHashTests {
    private static func finding(_ suffix: String) -> Finding {
        FindingFieldsTests.full(id: FindingFieldsTests.id + suffix)
    }

    @Test func keptHashEqualsTheValuesHash() {
        var kept = Self.finding("-1")
        kept.keepProfileHash()
        let plain = Self.finding("-2")
        #expect(kept.storage.fields.profile !== plain.storage.fields.profile)
        #expect(kept.storage.fields.profile.hashValue == plain.storage.fields.profile.hashValue)
        #expect(kept.storage.fields.profile == plain.storage.fields.profile)
    }

    @Test func aChangeDropsTheKeptHash() {
        var changed = Self.finding("-1")
        changed.keepProfileHash()
        changed.title = "another control's title"
        var fresh = Self.finding("-2")
        fresh.title = "another control's title"
        #expect(changed.storage.fields.profile.hashValue == fresh.storage.fields.profile.hashValue)
        changed.keepProfileHash()
        changed.scanners = ["another scanner"]
        fresh.scanners = ["another scanner"]
        #expect(changed.storage.fields.profile.hashValue == fresh.storage.fields.profile.hashValue)
    }

    @Test func sharingPointsEqualProfilesAtOneBoxWhetherKeptOrNot() {
        var sharing = FindingSharing()
        var kept = Self.finding("-1")
        kept.keepProfileHash()
        var plain = Self.finding("-2")
        var changed = Self.finding("-3")
        changed.keepProfileHash()
        changed.title = "another control's title"
        sharing.share(&kept)
        sharing.share(&plain)
        sharing.share(&changed)
        #expect(kept.storage.fields.profile === plain.storage.fields.profile)
        #expect(changed.storage.fields.profile !== kept.storage.fields.profile)
        #expect(changed.title == "another control's title" && plain.title == kept.title)
    }

    /// One control's findings that name other standards (accounts with other standards enabled) hold one profile and
    /// a standards box per distinct list; each reads its own lists, and changing one finding's lists changes only it.
    @Test func standardsAreSharedApartFromTheProfile() {
        var sharing = FindingSharing()
        let cis = "standards/cis-aws-foundations-benchmark/v/3.0.0"
        var first = Self.finding("-1")
        var second = Self.finding("-2")
        second.standards = [cis]
        var third = Self.finding("-3")
        third.standards = [cis]
        var bare = Self.finding("-4")
        bare.standards = []
        bare.relatedRequirements = []
        let before = [first, second, third, bare]
        var shared = before
        for index in shared.indices { sharing.share(&shared[index]) }
        (first, second, third, bare) = (shared[0], shared[1], shared[2], shared[3])
        #expect([first, second, third, bare] == before)
        #expect(first.storage.fields.profile === second.storage.fields.profile)
        #expect(third.storage.fields.profile === bare.storage.fields.profile)
        #expect(second.storage.fields.standardsBox === third.storage.fields.standardsBox)
        #expect(first.storage.fields.standardsBox !== second.storage.fields.standardsBox)
        #expect(bare.storage.fields.standardsBox == nil && bare.standards.isEmpty && bare.relatedRequirements.isEmpty)
        #expect(second.standards == [cis] && second.relatedRequirements == first.relatedRequirements)
        third.relatedRequirements = ["PCI DSS v4.0.1/8.4.1"]
        #expect(third.standards == [cis] && third.relatedRequirements == ["PCI DSS v4.0.1/8.4.1"])
        #expect(second.relatedRequirements == first.relatedRequirements && second == before[1])
        bare.relatedRequirements = ["NIST.800-53.r5 IA-2(1)"]
        #expect(bare.standards.isEmpty && bare.storage.fields.standardsBox != nil)
    }

    @Test func aSharedProfileKeepsNoHash() {
        var first = Self.finding("-1")
        let second = first
        first.keepProfileHash()
        // Two findings hold the fields: the box is left as it is (nothing written into a box others read).
        #expect(first.storage.fields.profile.keptHash == 0)
        #expect(second.storage.fields.profile === first.storage.fields.profile)
    }
}
