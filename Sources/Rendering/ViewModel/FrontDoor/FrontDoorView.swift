import ReportModel

/// The web front door section: WAF rule-set evidence and traffic, image vulnerabilities by repository.
///
/// Shown only when ECR or WAF inputs were given. Every string that came from the data (rule names,
/// URIs, user agents, tags) is escaped for the output format here; templates only place it.
struct FrontDoorView {
    /// Whether any ECR or WAF evidence exists; the section is left out otherwise.
    let hasEvidence: Bool
    /// One block per web ACL, by ARN: the first `ReportViewModel.listLimit` (a team has a few; logs gathered from
    /// thousands drew thousands of blocks and a chart half a kilometre tall).
    let webACLs: [WebACLView]
    /// "and N more in report.json", when web ACLs were left out.
    let webACLsMore: MoreLine?
    /// Whether any web ACL configuration was read.
    let hasWebACLs: Bool
    /// One block per web ACL and source: the first `ReportViewModel.listLimit`.
    let traffic: [WAFTrafficView]
    /// "and N more in report.json", when traffic blocks were left out.
    let trafficMore: MoreLine?
    /// Whether any traffic was read.
    let hasTraffic: Bool
    /// The WAF charts (blocked requests by category).
    let charts: [ChartView]
    /// The image charts (open vulnerabilities by severity per image).
    let imageCharts: [ChartView]
    /// One row per scanned image, by repository.
    let images: [ImageScanRowView]
    /// Whether any image scan was read.
    let hasImages: Bool
    /// "and N more", when the image list is capped.
    let imagesMore: MoreLine?

    /// Builds the section.
    /// - Parameters:
    ///   - report: the report, with its evidence and as-of date.
    ///   - format: the wording in the report's language and the escaping of free text.
    ///   - charts: the front door charts, already drawn.
    /// - Throws: `RenderError.missingString`.
    init(report: ScoredReport, format: ReportFormatter, charts: [Chart]) throws(RenderError) {
        let evidence = report.frontDoor
        hasEvidence = !evidence.isEmpty
        var webACLs: [WebACLView] = []
        for webACL in evidence.webACLs.prefix(ReportViewModel.listLimit) {
            webACLs.append(try WebACLView(webACL: webACL, format: format))
        }
        self.webACLs = webACLs
        hasWebACLs = !webACLs.isEmpty
        webACLsMore = try MoreLine.make(total: evidence.webACLs.count, format: format)
        var traffic: [WAFTrafficView] = []
        for entry in Self.listedTraffic(evidence) {
            traffic.append(try WAFTrafficView(traffic: entry, format: format))
        }
        self.traffic = traffic
        hasTraffic = !traffic.isEmpty
        trafficMore = try MoreLine.make(total: evidence.traffic.count, format: format)
        let views = charts.map { ChartView($0, format: format) }
        self.charts = views.filter { $0.name != "image-vulnerabilities" }
        imageCharts = views.filter { $0.name == "image-vulnerabilities" }
        var images: [ImageScanRowView] = []
        for image in evidence.images.prefix(ReportViewModel.listLimit) {
            images.append(try ImageScanRowView(image: image, asOf: report.asOf, format: format))
        }
        self.images = images
        hasImages = !images.isEmpty
        imagesMore = try MoreLine.make(total: evidence.images.count, format: format)
    }
}

extension FrontDoorView {
    /// The traffic blocks the page lists, and the blocked-requests chart draws: the first `ReportViewModel.listLimit`.
    /// - Parameter evidence: the report's front door evidence.
    /// - Returns: the blocks, in report order.
    static func listedTraffic(_ evidence: FrontDoorEvidence) -> ArraySlice<WAFTrafficEvidence> {
        evidence.traffic.prefix(ReportViewModel.listLimit)
    }
}

/// A label and a number: one line of a small count table.
struct CountRowView {
    /// The label, escaped (a rule name, URI, country, IP, action).
    let label: String
    /// The number.
    let count: String

    /// Rows from a count table, count descending, ties by label: a total order.
    /// - Parameters:
    ///   - counts: label to count.
    ///   - limit: how many rows to keep.
    ///   - format: escapes the labels.
    /// - Returns: the rows.
    static func rows(_ counts: [String: Int], limit: Int, format: ReportFormatter) -> [CountRowView] {
        let top = WAFTrafficCount.top(counts, limit: limit)
        return rows(top, format: format)
    }

    /// Rows from a top-N list, as given.
    /// - Returns: the rows.
    static func rows(_ counts: [WAFTrafficCount], format: ReportFormatter) -> [CountRowView] {
        counts.map { CountRowView(label: format.escape($0.value), count: String($0.count)) }
    }
}
