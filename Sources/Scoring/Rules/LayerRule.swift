import Foundation
public import ReportModel

/// One rule that places findings in a layer, with the reason it belongs there.
///
/// Rules are tried in order (the user's `layers.yml` first, then the defaults: control id,
/// resource type, product); the first that matches places the finding.
public struct LayerRule: Sendable, Hashable {
    /// What a rule looks at.
    public enum Condition: Sendable, Hashable {
        /// A security control id, case-insensitive (`IAM.6`).
        case control(String)
        /// The primary resource's ASFF type (`AwsS3Bucket`).
        case resourceType(String)
        /// The product: name (`GuardDuty`) or ARN key (`aws/guardduty`), case-insensitive.
        case product(String)
        /// A glob over the primary resource's id (`arn:aws:s3:::shop-prod-*`).
        case resource(String)
        /// A prefix of one of the finding's `Types` (`TTPs/Discovery`).
        case findingType(String)
    }

    /// What the rule looks at.
    public var condition: Condition
    /// The layer it gives.
    public var layer: SecurityLayer
    /// Why findings it matches belong to that layer.
    public var why: String
    /// `default` or `file:line` of the user's rule.
    public var source: String

    /// Creates a rule.
    /// - Parameters:
    ///   - condition: what it looks at.
    ///   - layer: the layer it gives.
    ///   - why: the reason.
    ///   - source: where it comes from.
    public init(condition: Condition, layer: SecurityLayer, why: String, source: String) {
        self.condition = condition
        self.layer = layer
        self.why = why
        self.source = source
    }

    /// `control IAM.6`, `resource type AwsS3Bucket`, … as the methodology section lists it.
    public var summary: Message {
        switch condition {
        case .control(let id): Message(.ruleControl, ["value": .text(id)])
        case .resourceType(let type): Message(.ruleResourceType, ["value": .text(type)])
        case .product(let product): Message(.ruleProduct, ["value": .text(product)])
        case .resource(let glob): Message(.ruleResource, ["value": .text(glob)])
        case .findingType(let prefix): Message(.ruleFindingType, ["value": .text(prefix)])
        }
    }

    /// Whether the rule matches a finding.
    /// - Returns: true when it places the finding.
    public func matches(_ finding: Finding) -> Bool {
        switch condition {
        case .control(let id):
            guard let control = finding.controlId else { return false }
            return control.caseInsensitiveEquals(id)
        case .resourceType(let type):
            guard let resource = finding.resources.first else { return false }
            return resource.type.caseInsensitiveEquals(type)
        case .product(let product):
            return finding.productName.caseInsensitiveEquals(product)
                || (finding.productKey?.caseInsensitiveEquals(product) ?? false)
        case .resource(let glob):
            return finding.resources.first.map { Glob(glob).matches($0.id) } ?? false
        case .findingType(let prefix):
            return finding.types.contains { $0.lowercased().hasPrefix(prefix.lowercased()) }
        }
    }
}

extension Finding {
    /// The product part of the product ARN: `aws/guardduty`, `prowler/prowler`.
    var productKey: String? {
        guard let arn = self.productArn, let range = arn.rangeOfText(":product/") ?? arn.rangeOfText(":productv2/")
        else {
            return nil
        }
        return String(arn[range.upperBound...])
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
