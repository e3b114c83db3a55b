/// The members of one Inspector2 `list-findings` finding that the importer reads.
struct Inspector2Finding: Decodable, Equatable {
    struct Recommendation: Decodable, Equatable {
        var text: String?
        /// `Url` in the model (capitalised, unlike `text`); `url` accepted too.
        var url: String?
        enum CodingKeys: String, CodingKey { case text, url = "Url", lowerURL = "url" }
    }

    struct Remediation: Decodable, Equatable {
        var recommendation: Recommendation?
    }

    struct ResourceBlock: Decodable, Equatable {
        var type: String?
        var id: String?
        var region: String?
        var tags: [String: LenientString]?
    }

    struct PackageDetails: Decodable, Equatable {
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

extension Inspector2Finding.Recommendation {
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decodeIfPresent(String.self, forKey: .text)
        url =
            try container.decodeIfPresent(String.self, forKey: .url)
            ?? container.decodeIfPresent(String.self, forKey: .lowerURL)
    }
}
