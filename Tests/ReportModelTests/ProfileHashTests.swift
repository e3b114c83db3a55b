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

    @Test func aSharedProfileKeepsNoHash() {
        var first = Self.finding("-1")
        let second = first
        first.keepProfileHash()
        // Two findings hold the fields: the box is left as it is (nothing written into a box others read).
        #expect(first.storage.fields.profile.keptHash == 0)
        #expect(second.storage.fields.profile === first.storage.fields.profile)
    }
}
