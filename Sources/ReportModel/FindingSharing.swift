/// Makes findings that hold equal values hold the same copy of them, so an import of many findings keeps
/// one copy of what they repeat: a control's title, description, remediation and types (a finding's profile),
/// its standards and related requirements, a resource's tags, account, region and input path (its
/// place), and the head of the identity (all but its
/// last segment, `FindingIdentity`). Values never change, only where they are stored. Up to `limit`
/// distinct profiles, tag lists and heads are remembered; later ones stay with their finding.
public struct FindingSharing: Sendable {
    /// How many distinct profiles, standards lists, tag lists and places are remembered (each).
    public static let limit = 50_000
    private var profiles: Set<Finding.Fields.ProfileBox> = []
    private var tags: Set<[Resource.Tag]> = []
    private var heads = StringTable(limit: FindingSharing.limit)
    private var places: Set<Finding.Fields.PlaceBox> = []
    private var standards: Set<Finding.Fields.StandardsBox> = []

    /// An empty table.
    public init() {}

    /// Points the finding at the copies already held of its profile, identity head and tag lists,
    /// remembering new ones.
    /// - Parameter finding: a finding just read; what it reads as does not change.
    public mutating func share(_ finding: inout Finding) {
        // The held copies found first, then the fields changed at once (each change reaches into the storage).
        let splitHead = finding.storage.fields.identityKey.isSplit
        let place = Self.held(finding.storage.fields.place, in: &places)
        let profile = Self.held(finding.storage.fields.profile, in: &profiles)
        let standardsBox = finding.storage.fields.standardsBox.flatMap { Self.held($0, in: &standards) }
        if splitHead || place != nil || profile != nil || standardsBox != nil {
            finding.changeInPlace { fields in
                if splitHead { fields.shareIdentityHead(in: &heads) }
                if let place { fields.place = place }
                if let profile { fields.profile = profile }
                if let standardsBox { fields.standardsBox = standardsBox }
            }
        }
        guard finding.resources.contains(where: { !$0.tags.isEmpty }) else { return }
        // Changed in place (a copy of the list, changed and put back, copied every resource first).
        for index in finding.resources.indices where !finding.resources[index].tags.isEmpty {
            if let held = Self.held(value: finding.resources[index].tags, in: &tags) {
                finding.resources[index].tags = held
            }
        }
    }

    /// The box `boxes` already holds equal to `box`, when it is another object; remembers `box` when there is
    /// none and there is room.
    private static func held<Box: AnyObject & Hashable>(_ box: Box, in boxes: inout Set<Box>) -> Box? {
        let shared = Self.held(value: box, in: &boxes)
        return shared.map { $0 === box ? nil : $0 } ?? nil
    }

    /// The member of `set` equal to `value`, or nil after remembering `value` (when there is room): one hash and
    /// one probe while there is room (`insert` finds the member or adds the value), a lookup once the set is full.
    private static func held<Value: Hashable>(value: Value, in set: inout Set<Value>) -> Value? {
        guard set.count < limit else { return set.firstIndex(of: value).map { set[$0] } }
        let (inserted, member) = set.insert(value)
        return inserted ? nil : member
    }
}

extension Finding {
    /// Keeps the profile's hash with it while this finding alone holds its fields and profile: called on the thread
    /// that mapped the finding, so `share(_:)` on the importing thread looks the profile up without hashing its texts.
    public mutating func keepProfileHash() {
        guard isKnownUniquelyReferenced(&storage) else { return }
        storage.fields.keepProfileHash()
    }

    /// Changes the fields, copying them first when another finding shares them.
    mutating func changeInPlace(_ change: (inout Fields) -> Void) {
        makeStorageUnique()
        change(&storage.fields)
    }
}
