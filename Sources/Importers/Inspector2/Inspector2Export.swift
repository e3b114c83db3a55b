/// The members of one Inspector2 `list-findings` finding that the importer reads.
struct Inspector2Finding: Decodable {
    struct Recommendation: Decodable {
        var text: String?
        /// `Url` in the model (capitalised, unlike `text`); `url` accepted too.
        var url: String?
        enum CodingKeys: String, CodingKey { case text, url = "Url", lowerURL = "url" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decodeIfPresent(String.self, forKey: .text)
            url =
                try container.decodeIfPresent(String.self, forKey: .url)
                ?? container.decodeIfPresent(String.self, forKey: .lowerURL)
        }
    }

    struct Remediation: Decodable {
        var recommendation: Recommendation?
    }

    struct ResourceBlock: Decodable {
        var type: String?
        var id: String?
        var region: String?
        var tags: [String: LenientString]?
    }

    struct PackageDetails: Decodable {
        var vulnerabilityId: String?
        var vulnerablePackages: PackageNames?
    }

    var findingArn: String?
    var awsAccountId: LenientString?
    var type: String?
    var title: String?
    var description: String?
    var severity: String?
    var status: String?
    var firstObservedAt: TimestampValue?
    var lastObservedAt: TimestampValue?
    var updatedAt: TimestampValue?
    var remediation: Remediation?
    var resources: [ResourceBlock]?
    var packageVulnerabilityDetails: PackageDetails?
}
