/// Evidence about the web front door that is not a finding: WAF configuration and traffic, image scans.
///
/// Filled by the ECR and WAF importers; empty when no such inputs were given. Every list is kept
/// in a total order and values about the same thing merge, so the result does not depend on the
/// order records were added in (ties between equal-time records are broken by origin).
public struct FrontDoorEvidence: Sendable, Equatable, Codable {
    /// Image scans, one per image (registry, repository, digest), by repository.
    public private(set) var images: [ImageScanEvidence]
    /// Web ACL configurations, one per ARN, by ARN.
    public private(set) var webACLs: [WebACLEvidence]
    /// WAF traffic, one per web ACL and source, by web ACL.
    public private(set) var traffic: [WAFTrafficEvidence]

    /// Creates evidence, merging values about the same thing.
    /// - Parameters:
    ///   - images: image scans.
    ///   - webACLs: web ACL configurations.
    ///   - traffic: WAF traffic.
    public init(
        images: [ImageScanEvidence] = [],
        webACLs: [WebACLEvidence] = [],
        traffic: [WAFTrafficEvidence] = []
    ) {
        self.images = []
        self.webACLs = []
        self.traffic = []
        images.forEach { add($0) }
        webACLs.forEach { add($0) }
        traffic.forEach { add($0) }
    }

    /// Whether no ECR or WAF input was given.
    public var isEmpty: Bool { images.isEmpty && webACLs.isEmpty && traffic.isEmpty }

    /// Adds an image scan; a scan of an image already present merges with it (later scan wins).
    /// - Parameter image: the scan.
    public mutating func add(_ image: ImageScanEvidence) {
        if let index = images.firstIndex(where: { $0.imageKey == image.imageKey }) {
            images[index] = images[index].merged(with: image)
        } else {
            images.append(image)
            images.sort(by: ImageScanEvidence.reportOrder)
        }
    }

    /// Adds a web ACL; for one already present (same ARN) the record read last (by origin) wins.
    /// - Parameter webACL: the web ACL.
    public mutating func add(_ webACL: WebACLEvidence) {
        if let index = webACLs.firstIndex(where: { $0.key == webACL.key }) {
            let current = webACLs[index]
            let isLater = (webACL.origin.file, webACL.origin.record) >= (current.origin.file, current.origin.record)
            if isLater { webACLs[index] = webACL }
        } else {
            webACLs.append(webACL)
            webACLs.sort { ($0.key, $0.name) < ($1.key, $1.name) }
        }
    }

    /// Adds traffic; traffic of a web ACL and source already present is added to it.
    /// - Parameter traffic: the traffic.
    public mutating func add(_ traffic: WAFTrafficEvidence) {
        if let index = self.traffic.firstIndex(where: { $0.key == traffic.key }) {
            self.traffic[index] = self.traffic[index].merged(with: traffic)
        } else {
            self.traffic.append(traffic)
            self.traffic.sort(by: WAFTrafficEvidence.reportOrder)
        }
    }

    /// Adds everything from other evidence (for example another file's).
    /// - Parameter other: the other evidence.
    public mutating func merge(_ other: FrontDoorEvidence) {
        other.images.forEach { add($0) }
        other.webACLs.forEach { add($0) }
        other.traffic.forEach { add($0) }
    }

    /// This evidence with another's added.
    /// - Parameter other: the other evidence.
    /// - Returns: the union.
    public func merged(with other: FrontDoorEvidence) -> FrontDoorEvidence {
        var result = self
        result.merge(other)
        return result
    }
}
