/// Evidence about the web front door that is not a finding: WAF configuration and traffic, image scans.
///
/// The front door is the web-facing edge of the estate: the WAF web ACLs in front of the
/// applications and the container images they run (docs/architecture.md, glossary). Filled by the
/// ECR and WAF importers, which merge values about the same thing (Importers/FrontDoor/); empty
/// when no such inputs were given. Every list is kept in a total order, one value per key.
public struct FrontDoorEvidence: Sendable, Equatable, Codable {
    /// Image scans, one per image (registry, repository, digest), by repository.
    public var images: [ImageScanEvidence]
    /// Web ACL configurations, one per ARN, by ARN.
    public var webACLs: [WebACLEvidence]
    /// WAF traffic, one per web ACL and source, by web ACL.
    public var traffic: [WAFTrafficEvidence]

    /// Creates evidence from values about distinct things, put in report order.
    /// - Parameters:
    ///   - images: image scans, one per image.
    ///   - webACLs: web ACL configurations, one per ARN.
    ///   - traffic: WAF traffic, one per web ACL and source.
    public init(
        images: [ImageScanEvidence] = [],
        webACLs: [WebACLEvidence] = [],
        traffic: [WAFTrafficEvidence] = []
    ) {
        self.images = images.sorted(by: ImageScanEvidence.reportOrder)
        self.webACLs = webACLs.sorted(by: WebACLEvidence.reportOrder)
        self.traffic = traffic.sorted(by: WAFTrafficEvidence.reportOrder)
    }

    /// Whether no ECR or WAF input was given.
    public var isEmpty: Bool { images.isEmpty && webACLs.isEmpty && traffic.isEmpty }
}
