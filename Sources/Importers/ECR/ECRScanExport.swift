/// `aws ecr describe-image-scan-findings` output, one page (docs/formats.md §9.1). Every member optional.
struct ECRScanExport: Decodable, Equatable {
    var registryId: String?
    var repositoryName: String?
    var imageId: ImageId?
    var imageScanStatus: ScanStatus?
    var imageScanFindings: ScanFindings?
    var nextToken: String?

    struct ImageId: Decodable, Equatable {
        var imageDigest: String?
        var imageTag: String?
    }

    struct ScanStatus: Decodable, Equatable {
        var status: String?
        var description: String?
    }

    struct ScanFindings: Decodable, Equatable {
        var imageScanCompletedAt: FrontDoorTimestamp?
        var vulnerabilitySourceUpdatedAt: FrontDoorTimestamp?
        var findingSeverityCounts: [String: LenientInt]?
        var findings: [BasicFinding]?
        var enhancedFindings: [EnhancedFinding]?
    }

    /// A basic-scanning finding: no id; the package is in `attributes`.
    struct BasicFinding: Decodable, Equatable {
        var name: String?
        var description: String?
        var uri: String?
        var severity: String?
        var attributes: [Attribute]?

        struct Attribute: Decodable, Equatable {
            var key: String?
            var value: LenientString?
        }

        /// The value of the first attribute with a key.
        func attribute(_ key: String) -> String? {
            attributes?.first { $0.key == key }?.value?.value
        }
    }

    /// An enhanced-scanning finding: Amazon Inspector data, camelCase.
    struct EnhancedFinding: Decodable, Equatable {
        var findingArn: String?
        var awsAccountId: String?
        var title: String?
        var description: String?
        var type: String?
        var severity: String?
        var status: String?
        var firstObservedAt: FrontDoorTimestamp?
        var lastObservedAt: FrontDoorTimestamp?
        var updatedAt: FrontDoorTimestamp?
        var fixAvailable: String?
        var exploitAvailable: String?
        var remediation: Remediation?
        var packageVulnerabilityDetails: PackageDetails?
        var resources: [ResourceExport]?
    }

    struct Remediation: Decodable, Equatable {
        var recommendation: Recommendation?

        struct Recommendation: Decodable, Equatable {
            var text: String?
            var url: String?

            enum CodingKeys: String, CodingKey {
                case text
                case url = "Url"
            }
        }
    }

    struct PackageDetails: Decodable, Equatable {
        var vulnerabilityId: String?
        var sourceUrl: String?
        var vulnerablePackages: [Package]?

        struct Package: Decodable, Equatable {
            var name: String?
            var version: String?
            var fixedInVersion: String?
        }
    }

    struct ResourceExport: Decodable, Equatable {
        var id: String?
        var type: String?
        var region: String?
        var tags: [String: String]?
        var details: Details?

        struct Details: Decodable, Equatable {
            var awsEcrContainerImage: ContainerImage?
        }

        struct ContainerImage: Decodable, Equatable {
            var repositoryName: String?
            var imageHash: String?
            var imageTags: [String]?
            var registry: String?
        }
    }
}
