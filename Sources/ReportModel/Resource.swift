/// A resource a finding is about: `Resources[]` in ASFF.
public struct Resource: Sendable, Equatable, Hashable, Codable {
    /// The ASFF resource type, e.g. `AwsS3Bucket`, `AwsAccount`, `Other`.
    public var type: String
    /// The resource id: usually an ARN, sometimes free text (`AWS::::Account:111122223333`).
    public var id: String
    /// The resource's region, when the export gives one.
    public var region: String?
    /// Tags as a sorted list, so output is stable.
    public var tags: [Tag]

    /// A resource tag.
    public struct Tag: Sendable, Equatable, Hashable, Codable {
        /// The tag key.
        public var key: String
        /// The tag value.
        public var value: String

        /// Creates a tag.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// Creates a resource; every argument sets the property of the same name, the tags sorted by key, then value.
    public init(type: String, id: String, region: String? = nil, tags: [Tag] = []) {
        self.type = type
        self.id = id
        self.region = region
        self.tags = tags.sorted { ($0.key, $0.value) < ($1.key, $1.value) }
    }
}
