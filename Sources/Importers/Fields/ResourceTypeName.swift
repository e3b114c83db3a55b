/// Resource types in the ASFF vocabulary that the model and the layer rules use.
///
/// Inspector2 and ECR enhanced scans write `AWS_LAMBDA_FUNCTION`; OCSF and Config write
/// CloudFormation names such as `AWS::S3::Bucket`; ASFF writes `AwsS3Bucket`. All three become the
/// ASFF name, so one resource-type rule places them alike.
enum ResourceTypeName {
    private static let inspector: [String: String] = [
        "AWS_EC2_INSTANCE": "AwsEc2Instance",
        "AWS_ECR_CONTAINER_IMAGE": "AwsEcrContainerImage",
        "AWS_ECR_REPOSITORY": "AwsEcrRepository",
        "AWS_LAMBDA_FUNCTION": "AwsLambdaFunction",
        "CODE_REPOSITORY": "CodeRepository",
    ]

    /// CloudFormation service names whose ASFF spelling is not the title-cased acronym.
    private static let services: [String: String] = [
        "ElasticLoadBalancingV2": "Elbv2", "ElasticLoadBalancing": "Elb", "DynamoDB": "DynamoDb",
        "CertificateManager": "CertificateManager", "OpenSearchService": "OpenSearchService",
    ]

    /// The ASFF name of a resource type as written in any export.
    /// - Parameter type: the type as exported; `nil` or empty is `Other`.
    /// - Returns: the ASFF type name.
    static func asff(_ type: String?) -> String {
        guard let type, !type.isEmpty else { return "Other" }
        if let known = inspector[type] { return known }
        guard type.hasPrefix("AWS::") else { return type }
        let parts = type.split(separator: ":").map(String.init)
        return "Aws" + parts.dropFirst().map { part in services[part] ?? titleCasedAcronym(part) }.joined()
    }

    /// `EC2` → `Ec2`, `IAM` → `Iam`, `S3` → `S3`; mixed-case words are kept (`SecurityGroup`).
    private static func titleCasedAcronym(_ word: String) -> String {
        guard word.allSatisfy({ $0.isUppercase || $0.isNumber }), let first = word.first else { return word }
        return String(first) + word.dropFirst().lowercased()
    }
}
