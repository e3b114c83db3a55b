/// The EventBridge "ECR Image Scan" event (docs/formats.md §9.4): hyphenated keys, counts only.
struct ECRScanEventExport: Decodable {
    var detailType: String?
    var source: String?
    var account: String?
    var time: FrontDoorTimestamp?
    var region: String?
    var resources: [String]?
    var detail: Detail?

    enum CodingKeys: String, CodingKey {
        case detailType = "detail-type"
        case source, account, time, region, resources, detail
    }

    struct Detail: Decodable {
        var scanStatus: String?
        var repositoryName: String?
        var imageDigest: String?
        var imageTags: [String]?
        var findingSeverityCounts: [String: LenientInt]?

        enum CodingKeys: String, CodingKey {
            case scanStatus = "scan-status"
            case repositoryName = "repository-name"
            case imageDigest = "image-digest"
            case imageTags = "image-tags"
            case findingSeverityCounts = "finding-severity-counts"
        }
    }
}
