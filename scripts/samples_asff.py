"""Security Hub consolidated control findings for the Example Shop story.

Each Spec is one logical finding (control x resource) with a state per month:
  P/F/W/N = PASSED/FAILED/WARNING/NOT_AVAILABLE, '-' = absent from that export,
  suffix 's' = Workflow SUPPRESSED, suffix 'a' = RecordState ARCHIVED.
"""
import datetime as _dt

from samples_common import (ACCOUNTS, DEV, MONTHS, PROD, REGION, STAGING, SHORT,
                            det_uuid, month_time, parse_day, rng, ts_ms)

FSBP = "standards/aws-foundational-security-best-practices/v/1.0.0"
CIS3 = "standards/cis-aws-foundations-benchmark/v/3.0.0"
STATUS = {"P": "PASSED", "F": "FAILED", "W": "WARNING", "N": "NOT_AVAILABLE"}

HOSTILE_TAG = "Ops <ops@example.com> | team_a*"


class Spec:
    def __init__(self, ctl, acct, rtype, rid, states, region=REGION, tags=None,
                 details=None, note=None, reasons=None, archive_reason=None,
                 dups=None, cis=False, id_form="consolidated"):
        self.ctl, self.acct, self.rtype, self.rid = ctl, acct, rtype, rid
        self.states = states.split()
        assert len(self.states) == 3, states
        self.region, self.tags, self.details = region, tags, details
        self.note, self.reasons, self.archive_reason = note, reasons, archive_reason
        self.dups = dups or {}
        self.cis = cis
        self.id_form = id_form
        key = (ctl, acct, region, rid, id_form)
        if id_form == "consolidated":
            self.id = "arn:aws:securityhub:%s:%s:security-control/%s/finding/%s" % (
                region, acct, ctl, det_uuid(*key))
            self.generator = "security-control/" + ctl
        else:  # pre-consolidation, one finding per standard
            self.id = ("arn:aws:securityhub:%s:%s:subscription/aws-foundational-security-"
                       "best-practices/v/1.0.0/%s/finding/%s" % (region, acct, ctl, det_uuid(*key)))
            self.generator = "aws-foundational-security-best-practices/v/1.0.0/" + ctl
        first = next(i for i, s in enumerate(self.states) if s != "-")
        r = rng("created", *key)
        if first == 0:
            created = parse_day("2026-03-02") + _dt.timedelta(
                days=r.randint(0, 170), hours=r.randint(0, 23), minutes=r.randint(0, 59),
                seconds=r.randint(0, 59), milliseconds=r.randint(0, 999))
        else:
            m = MONTHS[first]
            created = parse_day(m + "-03") + _dt.timedelta(
                days=r.randint(0, 20), hours=r.randint(0, 23), minutes=r.randint(0, 59),
                seconds=r.randint(0, 59), milliseconds=r.randint(0, 999))
        self.created = created


def arn_s3(b):
    return "arn:aws:s3:::" + b


# Compliance.RelatedRequirements as Security Hub writes them for these controls (the "Related
# requirements" of each control in the Security Hub controls reference): NIST 800-53 r5 first,
# then CIS and PCI DSS where the control belongs to those standards.
NIST = "NIST.800-53.r5 "
CIS12 = "CIS AWS Foundations Benchmark v1.2.0/"
CIS14 = "CIS AWS Foundations Benchmark v1.4.0/"
PCI = "PCI DSS v3.2.1/"
RELATED_REQUIREMENTS = {
    "CloudTrail.1": [NIST + "AC-2(4)", NIST + "AU-10", NIST + "AU-12", NIST + "AU-2", CIS12 + "2.1", CIS14 + "3.1",
                     PCI + "10.1"],
    "CloudTrail.2": [NIST + "AU-9", NIST + "SC-28", CIS12 + "2.7", CIS14 + "3.7", PCI + "3.4"],
    "Config.1": [NIST + "CM-3", NIST + "CM-8", CIS12 + "2.5", CIS14 + "3.5", PCI + "10.5.2"],
    "EC2.2": [NIST + "AC-4", NIST + "SC-7", CIS12 + "4.3", CIS14 + "5.3", PCI + "1.2.1"],
    "EC2.6": [NIST + "AU-12", NIST + "SI-7(8)", CIS12 + "2.9", CIS14 + "3.9", PCI + "10.3.3"],
    "EC2.9": [NIST + "AC-4", NIST + "AC-21", NIST + "SC-7", PCI + "1.3.4"],
    "EC2.19": [NIST + "AC-4", NIST + "CM-7", NIST + "SC-7"],
    "GuardDuty.1": [NIST + "AC-2(12)", NIST + "AU-6(1)", NIST + "SI-4", PCI + "11.4"],
    "IAM.1": [NIST + "AC-2", NIST + "AC-6", CIS12 + "1.22", CIS14 + "1.16", PCI + "7.2.1"],
    "IAM.3": [NIST + "AC-2(1)", NIST + "AC-3(15)", CIS12 + "1.4", CIS14 + "1.14"],
    "IAM.4": [NIST + "AC-2(1)", NIST + "AC-6", CIS12 + "1.12", CIS14 + "1.4", PCI + "2.1"],
    "IAM.5": [NIST + "AC-2(1)", NIST + "IA-2(1)", CIS12 + "1.2", CIS14 + "1.10", PCI + "8.3.1"],
    "IAM.6": [NIST + "AC-2(1)", NIST + "IA-2(1)", NIST + "IA-2(6)", CIS12 + "1.14", CIS14 + "1.6", PCI + "8.3.1"],
    "IAM.7": [NIST + "AC-2(1)", NIST + "IA-5(1)", CIS12 + "1.9", PCI + "8.2.3"],
    "IAM.9": [NIST + "AC-2(1)", NIST + "IA-2(1)", CIS12 + "1.13", CIS14 + "1.5", PCI + "8.3.1"],
    "KMS.4": [NIST + "SC-12", NIST + "SC-28(3)", CIS12 + "2.8", CIS14 + "3.8", PCI + "3.6.4"],
    "RDS.2": [NIST + "AC-21", NIST + "AC-3", NIST + "SC-7", PCI + "1.2.1"],
    "RDS.3": [NIST + "CA-9(1)", NIST + "SC-13", NIST + "SC-28", CIS14 + "2.3.1"],
    "S3.1": [NIST + "AC-21", NIST + "AC-3", NIST + "SC-7", CIS14 + "2.1.5", PCI + "1.3.1"],
    "S3.5": [NIST + "AC-17(2)", NIST + "SC-8", NIST + "SC-13", CIS14 + "2.1.2", PCI + "4.1"],
    "S3.8": [NIST + "AC-21", NIST + "AC-3", NIST + "AC-3(7)", NIST + "SC-7"],
    "S3.9": [NIST + "AC-2(4)", NIST + "AU-12", NIST + "AU-2", NIST + "CA-7"],
}

def build_specs():
    S = []
    add = lambda *a, **k: S.append(Spec(*a, **k))
    accts = [a for a, _, _ in ACCOUNTS]

    # ---------------- account layer ----------------
    for a in accts:
        acc = "AWS::::Account:" + a
        e = SHORT[a]
        add("IAM.6", a, "AwsAccount", acc, "F F F", cis=True,
            dups={"2026-11": ("newer_first", "FAILED")} if a == DEV else None)
        add("IAM.9", a, "AwsAccount", acc, "P P P", cis=True)
        add("IAM.4", a, "AwsAccount", acc, "P P P", cis=True)
        add("IAM.7", a, "AwsAccount", acc, {PROD: "P P P", STAGING: "F P P", DEV: "F F P"}[a])
        add("IAM.28", a, "AwsAccount", acc, {DEV: "F F P"}.get(a, "P P P"), cis=True)
        add("Account.1", a, "AwsAccount", acc, {STAGING: "F P P", DEV: "F F P"}.get(a, "P P P"))
        add("CloudTrail.1", a, "AwsAccount", acc, "P P P", cis=True)
        add("Config.1", a, "AwsAccount", acc, "P P P", cis=True)
        add("GuardDuty.1", a, "AwsAccount", acc, "P P P")
        add("Inspector.1", a, "AwsAccount", acc, "P P P")
        add("Inspector.2", a, "AwsAccount", acc, {STAGING: "F P P"}.get(a, "P P P"))
        add("EC2.7", a, "AwsAccount", acc, {DEV: "F P P"}.get(a, "P P P"), cis=True)
        add("S3.1", a, "AwsAccount", acc, "P P P", cis=True)
        if a == PROD:
            add("CloudWatch.1", a, "AwsAccount", acc, "F P P", cis=True)
        else:
            add("CloudWatch.1", a, "AwsAccount", acc, "W W W", cis=True,
                reasons=[{"ReasonCode": "CLOUDTRAIL_MULTI_REGION_NOT_PRESENT",
                          "Description": "Multi-Region CloudTrail with the required configuration "
                                         "does not exist in the account"}])
        trail = "arn:aws:cloudtrail:eu-west-1:%s:trail/shop-%s-trail" % (a, e)
        add("CloudTrail.2", a, "AwsCloudTrailTrail", trail, {DEV: "F P P"}.get(a, "P P P"), cis=True)
    # a few us-east-1 regional account checks
    for a in (PROD, DEV):
        acc = "AWS::::Account:" + a
        add("Config.1", a, "AwsAccount", acc, "P P P", region="us-east-1", cis=True)
        add("GuardDuty.1", a, "AwsAccount", acc, {DEV: "F P P"}.get(a, "P P P"), region="us-east-1")

    # IAM identities
    pol = "arn:aws:iam::111122223333:policy/ShopAdminAccess"
    add("IAM.1", PROD, "AwsIamPolicy", pol, "F F P", cis=True)
    add("IAM.21", PROD, "AwsIamPolicy", pol, "F F P")
    for a in accts:
        user = "arn:aws:iam::%s:user/ci-deploy" % a
        add("IAM.3", a, "AwsIamUser", user, {PROD: "F F P", STAGING: "F P P"}.get(a, "P P P"), cis=True)
        add("IAM.5", a, "AwsIamUser", user, "P P P", cis=True)
    add("IAM.8", DEV, "AwsIamUser", "arn:aws:iam::777788889999:user/intern-2025", "F - -", cis=True)

    # KMS
    for a in accts:
        key = "arn:aws:kms:eu-west-1:%s:key/%s" % (a, det_uuid("kms", a))
        add("KMS.4", a, "AwsKmsKey", key, {DEV: "F F P", STAGING: "F P P"}.get(a, "P P P"), cis=True)
        add("KMS.3", a, "AwsKmsKey", key, "P P P")

    # ---------------- network layer ----------------
    vpcs = {PROD: "vpc-0c1d2e3f4a5b6c7d8", STAGING: "vpc-05e6f7a8b9c0d1e2f", DEV: "vpc-0a9b8c7d6e5f4a3b2"}
    for a in accts:
        vpc = "arn:aws:ec2:eu-west-1:%s:vpc/%s" % (a, vpcs[a])
        add("EC2.6", a, "AwsEc2Vpc", vpc, "P P P" if a == PROD else "F F F", cis=True)
    sgs = {
        PROD: [("sg-0a1b2c3d4e5f60718", "shop-prod-db-admin"), ("sg-0f1e2d3c4b5a69788", "shop-prod-alb")],
        STAGING: [("sg-03c4d5e6f7a8b9c0d", "shop-staging-bastion"), ("sg-0e5f6a7b8c9d0e1f2", "shop-staging-alb")],
        DEV: [("sg-07a8b9c0d1e2f3a4b", "shop-dev-alb")],
    }
    for a in accts:
        for sg, name in sgs[a]:
            arn = "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (a, sg)
            st19 = "P P F" if sg == "sg-0a1b2c3d4e5f60718" else "P P P"
            st13 = "F F P" if sg == "sg-03c4d5e6f7a8b9c0d" else "P P P"
            tags = {"Name": name, "Owner": HOSTILE_TAG} if sg == "sg-0a1b2c3d4e5f60718" else {"Name": name}
            det = None
            if sg == "sg-0a1b2c3d4e5f60718":
                det = {"AwsEc2SecurityGroup": {
                    "GroupName": name, "GroupId": sg, "OwnerId": a, "VpcId": vpcs[a],
                    "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
                                       "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}}
            add("EC2.19", a, "AwsEc2SecurityGroup", arn, st19, tags=tags, details=det,
                dups={"2026-11": ("newer_last", "PASSED")} if sg == "sg-0a1b2c3d4e5f60718" else None)
            add("EC2.13", a, "AwsEc2SecurityGroup", arn, st13, tags=tags, cis=True)
        dsg = {PROD: "sg-0d0e0f1a2b3c4d5e6", STAGING: "sg-0b1c2d3e4f5a6b7c8", DEV: "sg-0123abcd4567ef890"}[a]
        add("EC2.2", a, "AwsEc2SecurityGroup", "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (a, dsg),
            {PROD: "F P P", STAGING: "F F P"}.get(a, "P P P"), cis=True)
    # the pre-consolidation per-standard copies of EC2.2, archived by the switch
    for a in (PROD, STAGING):
        dsg = {PROD: "sg-0d0e0f1a2b3c4d5e6", STAGING: "sg-0b1c2d3e4f5a6b7c8"}[a]
        add("EC2.2", a, "AwsEc2SecurityGroup", "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (a, dsg),
            "Fa Fa Fa", id_form="per-standard", archive_reason="CONSOLIDATED_CONTROL_FINDINGS_UPDATE")
    add("CloudTrail.1", PROD, "AwsAccount", "AWS::::Account:111122223333", "Pa Pa Pa",
        id_form="per-standard", archive_reason="CONSOLIDATED_CONTROL_FINDINGS_UPDATE")

    instances = {
        PROD: [("i-0abc1234def567890", "shop-prod-bastion", "P P P", "F F F")],
        STAGING: [("i-04c3b2a1f0e9d8c7b", "shop-staging-worker", "F F F", "F F F"),
                  ("i-0deadbeef0badc0de", "shop-staging-legacy-api", "F Fa -", "F Fa -")],
        DEV: [("i-0fe1dc2ba3987f654", "shop-dev-sandbox", "F F P", "P P P")],
    }
    for a in accts:
        for iid, name, imds, patch in instances[a]:
            arn = "arn:aws:ec2:eu-west-1:%s:instance/%s" % (a, iid)
            tags = {"Name": name}
            if iid == "i-0abc1234def567890":
                tags = {"Name": "bastion `tmp` | do-not-delete", "Owner": HOSTILE_TAG}
            ar = "RESOURCE_DELETED" if "a" in imds else None
            add("EC2.8", a, "AwsEc2Instance", arn, imds, tags=tags, archive_reason=ar)
            add("EC2.9", a, "AwsEc2Instance", arn, "F F F" if iid == "i-0abc1234def567890" else
                ("P Pa -" if ar else "P P P"), tags=tags, archive_reason=ar)
            add("SSM.1", a, "AwsEc2Instance", arn, "F Fa -" if ar else "P P P", tags=tags, archive_reason=ar)
            add("SSM.2", a, "AwsEc2Instance", arn, patch, tags=tags, archive_reason=ar)

    # ---------------- webapp layer ----------------
    for a in accts:
        e = SHORT[a]
        alb = "arn:aws:elasticloadbalancing:eu-west-1:%s:loadbalancer/app/shop-%s-alb/%s" % (
            a, e, det_uuid("alb", a).replace("-", "")[:16])
        add("ELB.1", a, "AwsElbv2LoadBalancer", alb, "P P P")
        add("ELB.4", a, "AwsElbv2LoadBalancer", alb, {DEV: "F F P"}.get(a, "P P P"))
        add("ELB.5", a, "AwsElbv2LoadBalancer", alb, "P P P" if a == PROD else "F F F",
            dups={"2026-10": ("newer_last", "FAILED")} if a == STAGING else None)
        add("ELB.6", a, "AwsElbv2LoadBalancer", alb, "Fs Fs Fs" if a == STAGING else "P P P")
    for a, dist in ((PROD, "E2QWRUHEXAMPLE"), (STAGING, "E1STG4EXAMPLE9")):
        arn = "arn:aws:cloudfront::%s:distribution/%s" % (a, dist)
        add("CloudFront.1", a, "AwsCloudFrontDistribution", arn, "P P P", region="us-east-1")
        add("CloudFront.3", a, "AwsCloudFrontDistribution", arn, "P P P", region="us-east-1")
        add("CloudFront.5", a, "AwsCloudFrontDistribution", arn, "P P P" if a == PROD else "F F F",
            region="us-east-1")
        add("CloudFront.6", a, "AwsCloudFrontDistribution", arn, "F P P" if a == PROD else "F F P",
            region="us-east-1")
    acl = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop-prod-alb/" + det_uuid("webacl")
    add("WAF.10", PROD, "AwsWafv2WebAcl", acl, "P P P")
    add("WAF.12", PROD, "AwsWafv2WebAcl", acl, "F P P")
    for repo in ("shop/api", "shop/web"):
        arn = "arn:aws:ecr:eu-west-1:111122223333:repository/" + repo
        add("ECR.1", PROD, "AwsEcrRepository", arn, "P P P")
        add("ECR.2", PROD, "AwsEcrRepository", arn, "F F P" if repo == "shop/web" else "P P P")
        add("ECR.3", PROD, "AwsEcrRepository", arn, "P P P")
    for a in (PROD, STAGING):
        e = SHORT[a]
        add("ECS.12", a, "AwsEcsCluster", "arn:aws:ecs:eu-west-1:%s:cluster/shop-%s" % (a, e),
            {STAGING: "F F P"}.get(a, "P P P"))
        for td, rev in (("shop-api", 42 if a == PROD else 57), ("shop-web", 18 if a == PROD else 23)):
            arn = "arn:aws:ecs:eu-west-1:%s:task-definition/%s:%d" % (a, td, rev)
            add("ECS.4", a, "AwsEcsTaskDefinition", arn, "P P P")
            add("ECS.5", a, "AwsEcsTaskDefinition", arn, "F F P" if td == "shop-web" else "P P P")
            add("ECS.8", a, "AwsEcsTaskDefinition", arn, "F P P" if (a, td) == (STAGING, "shop-api") else "P P P")
    lambdas = {
        PROD: [("shop-prod-thumbnailer", "P P P"),
               ("ShopStack-CustomS3AutoDeleteObjects-AbC123", "F F F")],
        STAGING: [("shop-staging-thumbnailer", "P P P")],
        DEV: [("shop-dev-thumbnailer", "P P P"), ("shop-dev-legacy-report", "F F F"),
              ("shop-dev-image-resizer", "- - F")],
    }
    for a in accts:
        for fn, st in lambdas[a]:
            arn = "arn:aws:lambda:eu-west-1:%s:function:%s" % (a, fn)
            tags = {"aws:cloudformation:stack-name": "ShopStack"} if "ShopStack" in fn else None
            add("Lambda.1", a, "AwsLambdaFunction", arn, "P P P" if st[0] != "-" else "- - P", tags=tags)
            add("Lambda.2", a, "AwsLambdaFunction", arn, st, tags=tags)

    # ---------------- datastore layer ----------------
    buckets = {
        PROD: ["shop-prod-assets", "shop-prod-exports", "shop-prod-logs",
               "shopprod-cdktoolkit-stagingbucket-1a2b3c", "aws-waf-logs-shop-prod"],
        STAGING: ["shop-staging-assets", "shopstaging-cdktoolkit-stagingbucket-4d5e6f", "shop-staging-exports"],
        DEV: ["shop-dev-assets", "shopdev-cdktoolkit-stagingbucket-7a8b9c"],
    }
    for a in accts:
        for b in buckets[a]:
            arn = arn_s3(b)
            new = b == "shop-staging-exports"
            cdk = "cdktoolkit" in b
            tags = {"aws:cloudformation:stack-name": "CDKToolkit"} if cdk else {"Team": "shop", "Owner": HOSTILE_TAG}
            st8 = "F F F" if b == "shop-prod-exports" else ("- - P" if new else "P P P")
            st5 = "F F P" if b in ("shop-prod-assets", "shop-dev-assets") else ("- - P" if new else "P P P")
            if b == "shop-prod-logs":
                st9 = "Fs Fs Fs"
                note = {"Text": "Log bucket; logging it to itself would recurse. Reviewed with `aws s3api "
                                "get-bucket-logging` | see RA-2026-006",
                        "UpdatedBy": "arn:aws:iam::111122223333:user/ci-deploy",
                        "UpdatedAt": "2026-08-14T09:12:44.118Z"}
            elif b == "aws-waf-logs-shop-prod":
                st9, note = "F P P", None
            else:
                st9 = "- - F" if new else ("F F F" if (a != PROD or cdk) else "P P P")
                note = None
            add("S3.8", a, "AwsS3Bucket", arn, st8, tags=tags, cis=True)
            add("S3.5", a, "AwsS3Bucket", arn, st5, tags=tags, cis=True,
                dups={"2026-11": ("newer_first", "FAILED")} if b == "shop-prod-assets" else None)
            add("S3.9", a, "AwsS3Bucket", arn, st9, tags=tags, note=note,
                dups={"2026-11": ("newer_last", "FAILED")} if b == "shop-staging-assets" else None)
            if cdk:
                add("S3.10", a, "AwsS3Bucket", arn, "F F F" if a == PROD else "P P P", tags=tags)
    for a in accts:
        e = SHORT[a]
        db = "arn:aws:rds:eu-west-1:%s:db:shop-%s-db" % (a, e)
        add("RDS.2", a, "AwsRdsDbInstance", db, {DEV: "F P P"}.get(a, "P P P"))
        add("RDS.3", a, "AwsRdsDbInstance", db, "P P P")
        add("RDS.8", a, "AwsRdsDbInstance", db, {DEV: "F F P"}.get(a, "P P P"))
        add("RDS.9", a, "AwsRdsDbInstance", db, {STAGING: "F F P"}.get(a, "P P P"))
        add("RDS.11", a, "AwsRdsDbInstance", db, "P P P")
        add("RDS.13", a, "AwsRdsDbInstance", db, {STAGING: "F F F"}.get(a, "P P P"))
        tbl = "arn:aws:dynamodb:eu-west-1:%s:table/shop-%s-carts" % (a, e)
        add("DynamoDB.2", a, "AwsDynamoDbTable", tbl, {PROD: "F P P", DEV: "F F P"}.get(a, "P P P"))
        rp = "arn:aws:backup:eu-west-1:%s:recovery-point:%s" % (a, det_uuid("rp", a))
        if a == STAGING:
            add("Backup.1", a, "AwsBackupRecoveryPoint", rp, "N N N",
                reasons=[{"ReasonCode": "CONFIG_EVALUATIONS_EMPTY",
                          "Description": "AWS Config evaluated your resources based on the rule. "
                                         "The rule did not apply to the AWS resources in its scope, "
                                         "the specified resources were deleted, or the evaluation "
                                         "results were deleted."}])
        else:
            add("Backup.1", a, "AwsBackupRecoveryPoint", rp, "P P P")
    # a few more long-standing PASSED checks across the layers
    for a in (PROD, STAGING):
        add("SecretsManager.1", a, "AwsSecretsManagerSecret",
            "arn:aws:secretsmanager:eu-west-1:%s:secret:shop-%s-db-credentials-%s" % (
                a, SHORT[a], det_uuid("secret", a)[:6]), "P P P")
        add("GuardDuty.10", a, "AwsAccount", "AWS::::Account:" + a, "P P P")
    add("SQS.1", PROD, "AwsSqsQueue", "arn:aws:sqs:eu-west-1:111122223333:shop-prod-orders", "P P P")
    add("EC2.3", PROD, "AwsEc2Volume", "arn:aws:ec2:eu-west-1:111122223333:volume/vol-0e1d2c3b4a5968778", "P P P")
    add("ACM.1", PROD, "AwsCertificateManagerCertificate",
        "arn:aws:acm:eu-west-1:111122223333:certificate/" + det_uuid("acm", PROD), "P P P")
    add("EC2.15", PROD, "AwsEc2Subnet", "arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0a2b4c6d8e0f1a3b5", "P P P")
    # SNS topic in dev whose Config rule cannot be evaluated (NOT_AVAILABLE)
    add("SNS.1", DEV, "AwsSnsTopic", "arn:aws:sns:eu-west-1:777788889999:shop-dev-alerts", "N N N",
        reasons=[{"ReasonCode": "CONFIG_ACCESS_DENIED",
                  "Description": "AWS Config access denied. Verify that AWS Config is enabled and "
                                 "has been granted sufficient permissions."}])
    add("SNS.1", PROD, "AwsSnsTopic", "arn:aws:sns:eu-west-1:111122223333:shop-prod-alerts", "P P P")
    return S


DESCRIPTIONS = {
    "IAM.6": "This AWS control checks whether your AWS account is enabled to use a hardware multi-factor "
             "authentication (MFA) device to sign in with root user credentials.",
    "S3.8": "This control checks whether an Amazon S3 general purpose bucket blocks public access at the "
            "bucket level. The control fails if any of the following settings are set to false: "
            "ignorePublicAcls, blockPublicPolicy, blockPublicAcls, restrictPublicBuckets.",
    "EC2.19": "This control checks whether unrestricted incoming traffic for an Amazon EC2 security group "
              "is accessible to the specified ports that are considered to be high risk. This control "
              "fails if any of the rules in a security group allow ingress traffic from '0.0.0.0/0' or "
              "'::/0' to those ports.",
    "S3.9": "This control checks whether server access logging is enabled for an Amazon S3 general "
            "purpose bucket. The control fails if server access logging isn't enabled.",
    "ELB.5": "This control checks whether the Application Load Balancer and the Classic Load Balancer "
             "have logging enabled. The control fails if access_logs.s3.enabled is false.",
    "EC2.6": "This control checks whether Amazon VPC Flow Logs are found and enabled for VPCs. The "
             "traffic type is set to 'Reject'.",
}


def description(ctl, title):
    if ctl in DESCRIPTIONS:
        return DESCRIPTIONS[ctl]
    t = title[0].lower() + title[1:]
    return "This control checks the following requirement: %s. The control fails if the resource " \
           "does not meet the requirement." % t


def control_finding(spec, month, controls, state, updated, prev_failed):
    row = controls[spec.ctl]
    status = STATUS[state[0]]
    suppressed, archived = "s" in state, "a" in state
    sev = row["severity"] if status == "FAILED" else "INFORMATIONAL"
    if suppressed:
        wf = "SUPPRESSED"
    elif status == "FAILED":
        wf = "NOTIFIED" if rng("wf", spec.id).random() < 0.2 else "NEW"
    elif status == "PASSED" and prev_failed:
        wf = "RESOLVED"
    else:
        wf = "NEW"
    region = spec.region
    std = [{"StandardsId": FSBP}] + ([{"StandardsId": CIS3}] if spec.cis else [])
    if spec.id_form != "consolidated":
        std = [{"StandardsId": FSBP}]
    res = {"Type": spec.rtype, "Id": spec.rid, "Partition": "aws", "Region": region}
    if spec.tags:
        res["Tags"] = dict(spec.tags)
    if spec.details and status == "FAILED":  # the open port only exists while failing
        res["Details"] = spec.details
    product_arn = "arn:aws:securityhub:%s::product/aws/securityhub" % region
    pf = {
        "RelatedAWSResources:0/name": "securityhub-%s-%s" % (
            spec.ctl.lower().replace(".", "-"), det_uuid("rule", spec.ctl, spec.acct, region)[:8]),
        "RelatedAWSResources:0/type": "AWS::Config::ConfigRule",
        "aws/securityhub/ProductName": "Security Hub",
        "aws/securityhub/CompanyName": "AWS",
        "Resources:0/Id": spec.rid,
        "aws/securityhub/FindingId": "%s/%s" % (product_arn, spec.id),
    }
    if spec.id_form == "consolidated":
        pf["ControlId"] = spec.ctl
    else:
        pf["StandardsArn"] = "arn:aws:securityhub:::standards/aws-foundational-security-best-practices/v/1.0.0"
        pf["StandardsSubscriptionArn"] = ("arn:aws:securityhub:%s:%s:subscription/aws-foundational-"
                                          "security-best-practices/v/1.0.0" % (region, spec.acct))
        pf["ControlId"] = spec.ctl
        pf["StandardsControlArn"] = ("arn:aws:securityhub:%s:%s:control/aws-foundational-security-"
                                     "best-practices/v/1.0.0/%s" % (region, spec.acct, spec.ctl))
        pf["RecommendationUrl"] = "https://docs.aws.amazon.com/console/securityhub/%s/remediation" % spec.ctl
    if archived and spec.archive_reason:
        pf["ArchivalReasons:0/ReasonCode"] = spec.archive_reason
        pf["ArchivalReasons:0/Description"] = (
            "The finding is in an ARCHIVED state because consolidated control findings has been turned "
            "on or off. This causes findings in the previous state to be archived when new findings are "
            "being generated." if spec.archive_reason == "CONSOLIDATED_CONTROL_FINDINGS_UPDATE" else
            "The finding is in an ARCHIVED state because the associated resource was deleted.")
    compliance = {"Status": status}
    if spec.id_form == "consolidated":
        compliance["SecurityControlId"] = spec.ctl
    compliance["AssociatedStandards"] = std
    if spec.ctl in RELATED_REQUIREMENTS:
        compliance["RelatedRequirements"] = RELATED_REQUIREMENTS[spec.ctl]
    if spec.reasons and status in ("WARNING", "NOT_AVAILABLE"):
        compliance["StatusReasons"] = spec.reasons
    f = {
        "SchemaVersion": "2018-10-08",
        "Id": spec.id,
        "ProductArn": product_arn,
        "ProductName": "Security Hub",
        "CompanyName": "AWS",
        "Region": region,
        "GeneratorId": spec.generator,
        "AwsAccountId": spec.acct,
        "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
        "FirstObservedAt": ts_ms(spec.created),
        "LastObservedAt": ts_ms(updated - _dt.timedelta(seconds=2, milliseconds=117)),
        "CreatedAt": ts_ms(spec.created),
        "UpdatedAt": ts_ms(updated),
        "Severity": {"Label": sev, "Original": sev},
        "Title": row["title"],
        "Description": description(spec.ctl, row["title"]),
        "Remediation": {"Recommendation": {
            "Text": "For information on how to correct this issue, consult the AWS Security Hub "
                    "controls documentation.",
            "Url": "https://docs.aws.amazon.com/console/securityhub/%s/remediation" % spec.ctl}},
        "ProductFields": pf,
        "Resources": [res],
        "Compliance": compliance,
        "WorkflowState": "NEW",
        "Workflow": {"Status": wf},
        "RecordState": "ARCHIVED" if archived else "ACTIVE",
    }
    if suppressed and spec.note:
        f["Note"] = dict(spec.note)
    return f


def control_findings(month, controls):
    """Returns (findings, dup_copies) for one month; dup_copies = [(placement, finding)]."""
    out, dups = [], []
    mi = MONTHS.index(month)
    for spec in build_specs():
        state = spec.states[mi]
        if state == "-":
            continue
        prev_failed = any(s.startswith("F") for s in spec.states[:mi])
        updated = month_time(month, spec.id)
        if updated < spec.created:
            updated = spec.created + _dt.timedelta(hours=5)
        out.append(control_finding(spec, month, controls, state, updated, prev_failed))
        if month in spec.dups:
            placement, old_status = spec.dups[month]
            old_state = {"FAILED": "F", "PASSED": "P"}[old_status] + state[1:]
            older = updated - _dt.timedelta(hours=26, minutes=13, milliseconds=431)
            dups.append((placement, control_finding(spec, month, controls, old_state, older,
                                                    prev_failed)))
    return out, dups
