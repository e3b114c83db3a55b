import Testing

@testable import Importers

/// Resource types from every family become ASFF names.
@Suite struct ResourceTypeNameTests {
    @Test(arguments: [
        ("AWS_LAMBDA_FUNCTION", "AwsLambdaFunction"), ("AWS_ECR_CONTAINER_IMAGE", "AwsEcrContainerImage"),
        ("AWS::S3::Bucket", "AwsS3Bucket"), ("AWS::EC2::SecurityGroup", "AwsEc2SecurityGroup"),
        ("AWS::IAM::Role", "AwsIamRole"), ("AWS::ElasticLoadBalancingV2::LoadBalancer", "AwsElbv2LoadBalancer"),
        ("AWS::DynamoDB::Table", "AwsDynamoDbTable"), ("AwsS3Bucket", "AwsS3Bucket"), ("", "Other"),
    ])
    func asffName(exported: String, expected: String) {
        #expect(ResourceTypeName.asff(exported) == expected)
    }
}
