import Foundation
import ReportModel

/// An ARN taken apart for masking: the account and the resource name get pseudonyms, the
/// partition, service, region and resource type stay, so a reader still sees what kind of thing
/// it is (`arn:aws:ecr:eu-west-1:account-q7m2k4xd:repository/ecr-3hf8a2kc`).
struct ARNParts {
    let partition: String
    let service: String
    let region: String
    let account: String
    /// `repository/`, `function:` or empty (S3 buckets, `root`).
    let type: String
    /// The resource names after the type: one, or bucket and key for S3 objects.
    let names: [String]

    init?(_ arn: String) {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "arn" else { return nil }
        partition = parts[1]
        service = parts[2]
        region = parts[3]
        account = parts[4]
        let resource = parts[5]
        if service == "s3" {
            type = ""
            if let slash = resource.firstIndex(of: "/") {
                names = [String(resource[..<slash]), String(resource[resource.index(after: slash)...])]
                    .filter { !$0.isEmpty }
            } else {
                names = [resource]
            }
        } else if let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) {
            type = String(resource[...separator])
            let rest = String(resource[resource.index(after: separator)...])
            if let digest = rest.rangeOfText("/sha256:") {
                // An ECR image: the repository, then its digest.
                names = [String(rest[..<digest.lowerBound]), String(rest[rest.index(after: digest.lowerBound)...])]
            } else {
                names = rest.isEmpty ? [] : [rest]
            }
        } else {
            type = ""
            names = [resource]
        }
    }

    /// Public ARNs name AWS's things, not the customer's: managed policies (account `aws`) and
    /// Security Hub products, standards and controls (no account).
    var isPublic: Bool {
        if account == "aws" { return true }
        guard account.isEmpty, service == "securityhub" else { return false }
        return ["product/", "productv2/", "ruleset/", "standards/", "security-control/"].contains(type)
            || names.first.map { name in
                ["product/", "productv2/", "ruleset/", "standards/", "security-control/"].contains {
                    (type + name).hasPrefix($0)
                }
            } == true
    }

    /// The resource part with the names replaced.
    /// - Parameter masked: the masked names, one per name.
    /// - Returns: type and names, as in the original.
    func rebuild(_ masked: [String]) -> String { type + masked.joined(separator: "/") }
}
