"""Security Hub consolidated control findings for the Example Shop story.

Each Spec is one logical finding (control x resource) with a state per month:
  P/F/W/N = PASSED/FAILED/WARNING/NOT_AVAILABLE, '-' = absent from that export,
  suffix 's' = Workflow SUPPRESSED, suffix 'a' = RecordState ARCHIVED.

Standards: AWS Foundational Security Best Practices (FSBP) is enabled all along; CIS AWS
Foundations Benchmark v3.0.0 is enabled in November. A control finding exists in a month only
when one of that month's enabled standards contains the control, and its
`Compliance.AssociatedStandards` lists exactly those enabled standards (consolidated findings).
"""
import datetime as _dt

from samples_common import (ACCOUNTS, DEV, MONTHS, PROD, REGION, STAGING, SHORT,
                            det_hex, det_uuid, month_time, parse_day, rng, ts_ms)

FSBP = "standards/aws-foundational-security-best-practices/v/1.0.0"
CIS3 = "standards/cis-aws-foundations-benchmark/v/3.0.0"
STANDARD_NAMES = {FSBP: "AWS Foundational Security Best Practices v1.0.0",
                  CIS3: "CIS AWS Foundations Benchmark v3.0.0"}
# Standards enabled per month, in the order AWS lists them.
ENABLED = {"2026-09": [FSBP], "2026-10": [FSBP], "2026-11": [FSBP, CIS3]}
STATUS = {"P": "PASSED", "F": "FAILED", "W": "WARNING", "N": "NOT_AVAILABLE"}

HOSTILE_TAG = "Ops <ops@example.com> | team_a*"

# Real membership, copied from AWS's control reference (as tabulated in the posture project's
# shared reference: securityhub-controls.csv, and securityhub-standard-control-ids.csv for the
# CIS v3.0.0 requirement ids). Only the controls these samples use.
FSBP_CONTROLS = {
    "ACM.1", "Account.1", "Backup.1", "CloudTrail.1", "CloudTrail.2", "CloudTrail.4", "CloudTrail.5",
    "Config.1", "DynamoDB.2", "EC2.2", "EC2.6", "EC2.7", "EC2.8", "EC2.9", "EC2.15", "EC2.18", "EC2.19",
    "EC2.21", "ECR.1", "ECR.2", "ECR.3", "ECS.2", "ECS.3", "ECS.4", "ECS.5", "ECS.8", "ECS.9", "ECS.10", "ECS.12",
    "ELB.1", "ELB.4", "ELB.5", "ELB.6", "ELB.12", "ELB.13", "GuardDuty.1", "IAM.1", "IAM.3", "IAM.4",
    "IAM.5", "IAM.6", "IAM.7", "IAM.21", "Inspector.1", "Inspector.2", "Inspector.4", "KMS.3", "Lambda.1", "Lambda.2",
    "RDS.2", "RDS.3", "RDS.8", "RDS.9", "RDS.11", "RDS.13", "S3.1", "S3.5", "S3.8", "S3.9", "S3.12",
    "S3.13", "SQS.1", "SSM.1", "SecretsManager.1", "WAF.10", "WAF.12",
}
CIS3_REQUIREMENTS = {
    "Account.1": "1.2", "IAM.4": "1.4", "IAM.9": "1.5", "IAM.6": "1.6", "IAM.15": "1.8", "IAM.16": "1.9",
    "IAM.5": "1.10", "IAM.3": "1.14", "IAM.18": "1.17", "IAM.28": "1.20", "IAM.27": "1.22",
    "S3.5": "2.1.1", "S3.1": "2.1.4.1", "S3.8": "2.1.4.2", "EC2.7": "2.2.1", "RDS.3": "2.3.1",
    "RDS.13": "2.3.2", "RDS.2": "2.3.3", "CloudTrail.1": "3.1", "CloudTrail.4": "3.2", "Config.1": "3.3",
    "CloudTrail.7": "3.4", "CloudTrail.2": "3.5", "KMS.4": "3.6", "EC2.6": "3.7", "S3.22": "3.8",
    "S3.23": "3.9", "EC2.21": "5.1", "EC2.53": "5.2", "EC2.2": "5.4", "EC2.8": "5.6",
}
_NET = "AC-21 AC-3 AC-3(7) AC-4 AC-4(21) AC-6 SC-7 SC-7(11) SC-7(16) SC-7(20) SC-7(21) SC-7(3) SC-7(4) SC-7(9)"
_SG = "AC-4 AC-4(21) SC-7 SC-7(11) SC-7(16) SC-7(21) SC-7(4) SC-7(5)"
_LOG = "AC-2(4) AC-4(26) AC-6(9) AU-10 AU-12 AU-2 AU-3 AU-6(3) AU-6(4) CA-7 SC-7(9) SI-7(8)"
_ENC = "CA-9(1) CM-3(6) SC-13 SC-28 SC-28(1) SC-7(10) SI-7(6)"
_TLS = "AC-17(2) AC-4 IA-5(1) SC-12(3) SC-13 SC-23 SC-23(3) SC-7(4) SC-8 SC-8(1) SC-8(2) SI-7(6)"
_MFA = "AC-2(1) AC-3(15) IA-2(1) IA-2(2) IA-2(6) IA-2(8)"
_PRIV = "AC-2 AC-2(1) AC-3 AC-3(15) AC-3(7) AC-5 AC-6 AC-6(10) AC-6(2) AC-6(3)"
_BACKUP = "CP-10 CP-6(2) CP-9 SC-5(2) SI-13(5)"
_PATCH = "CA-9(1) CM-2 SI-2 SI-2(2) SI-2(4) SI-2(5)"
NIST_R5 = {
    "ACM.1": "SC-28(3) SC-7(16)", "Account.1": "CM-2 CM-2(2)", "Backup.1": "CP-9(8) SI-12",
    "CloudTrail.1": _LOG + " SI-3(8) SI-4(20)", "CloudTrail.2": "AU-9 " + _ENC,
    "CloudTrail.4": "AU-9 SI-4 SI-7(1) SI-7(3) SI-7(7)", "CloudTrail.5": _LOG + " AU-6(1) AU-6(5) SI-4(5)",
    "Config.1": "CM-3 CM-6(1) CM-8 CM-8(2)", "DynamoDB.2": _BACKUP, "EC2.2": _SG, "EC2.6": _LOG,
    "EC2.7": _ENC, "EC2.8": "AC-3 AC-6", "EC2.9": _NET, "EC2.15": _NET, "EC2.18": _SG, "EC2.19": _SG,
    "EC2.21": _SG, "ECR.1": "RA-5", "ECR.2": "CM-8(1)", "ECR.3": "CM-8(1)", "ECS.2": _NET,
    "ECS.3": "CA-9(1) CM-2", "ECS.4": "AC-2(1) AC-3 AC-3(15) AC-3(7) AC-5 AC-6", "ECS.5": "AC-2(1) AC-3 AC-3(15) AC-3(7) AC-5 AC-6 AC-6(10) AC-6(2)",
    "ECS.8": "AC-3 AC-6 CM-6 IA-5(7)", "ECS.9": _LOG, "ECS.10": "SI-2 SI-2(2) SI-2(4) SI-2(5)",
    "ECS.12": "AU-6(3) AU-6(4) CA-7 SI-2", "ELB.1": _TLS, "ELB.4": "AC-4(21)", "ELB.5": _LOG,
    "ELB.6": "CA-9(1) CM-2 CM-2(2) CM-3 SC-5(2)", "ELB.12": "AC-4(21)",
    "ELB.13": "CP-10 CP-2(2) CP-6(2) SC-36 SC-5(2) SI-13(5)",
    "GuardDuty.1": "AC-2(12) AU-6(1) AU-6(5) CA-7 CM-8(3) RA-3(4) SC-5 SI-4 SI-4(1) SI-4(2)",
    "IAM.1": _PRIV, "IAM.21": _PRIV, "IAM.3": "AC-2(1) AC-2(3) AC-3(15)", "IAM.4": _PRIV,
    "IAM.5": _MFA, "IAM.6": _MFA, "IAM.7": "AC-2(1) AC-3(15) IA-5(1)", "KMS.3": "SC-12 SC-12(2)",
    "KMS.4": "SC-12 SC-12(2) SC-28(3)", "Lambda.1": _NET, "Lambda.2": _PATCH,
    "RDS.2": _NET, "RDS.3": _ENC, "RDS.8": "CM-3 SC-5(2)", "RDS.9": _LOG + " SI-3(8) SI-4(20)",
    "RDS.11": "CP-10 CP-6 CP-6(1) CP-6(2) CP-9 SC-5(2) SI-13(5)", "RDS.13": "SI-2 SI-2(2) SI-2(4) SI-2(5)",
    "S3.1": _NET, "S3.5": _TLS, "S3.8": _NET, "S3.9": _LOG, "S3.12": "AC-2(1) AC-3 AC-3(15) AC-3(7) AC-6",
    "S3.13": "CP-10 CP-6(2) CP-9 SC-5(2)", "SQS.1": _ENC, "SSM.1": "CA-9(1) CM-2 CM-8 CM-8(1) CM-8(2) CM-8(3) SI-2(3)",
    "SecretsManager.1": "AC-2(1) AC-3(15)", "WAF.10": "AC-4(21) SC-7 SC-7(11) SC-7(16) SC-7(21)",
    "WAF.12": _LOG,
}


def standards_of(ctl):
    """Every standard (of the two in this story) that contains the control."""
    out = [FSBP] if ctl in FSBP_CONTROLS else []
    if ctl in CIS3_REQUIREMENTS:
        out.append(CIS3)
    assert out, "control %s is in neither standard" % ctl
    return out


def related_requirements(ctl):
    reqs = ["NIST.800-53.r5 " + r for r in NIST_R5.get(ctl, "").split()]
    if ctl in CIS3_REQUIREMENTS:
        reqs.append("CIS AWS Foundations Benchmark v3.0.0/" + CIS3_REQUIREMENTS[ctl])
    return reqs[:32]


def cfn(name, *key):
    """A CloudFormation physical-name suffix: 12 upper-case hex-ish characters."""
    return det_hex(12, "cfn", name, *key).upper()


def copilot_tags(env, stack, logical, service=None):
    """The tags Copilot (and CloudFormation under it) puts on what it creates."""
    t = {"copilot-application": "shop"}
    if env:
        t["copilot-environment"] = env
    if service:
        t["copilot-service"] = service
    t["aws:cloudformation:stack-name"] = stack
    t["aws:cloudformation:logical-id"] = logical
    return t


APP_STACK = "StackSet-shop-infrastructure-" + det_uuid("stackset", "shop")
HAND_TAGS = {"Team": "shop", "Owner": HOSTILE_TAG}


class Spec:
    def __init__(self, ctl, acct, rtype, rid, states, region=REGION, tags=None,
                 details=None, note=None, reasons=None, archive_reason=None,
                 dups=None, id_form="consolidated"):
        self.ctl, self.acct, self.rtype, self.rid = ctl, acct, rtype, rid
        self.states = states.split()
        assert len(self.states) == 3, states
        self.region, self.tags, self.details = region, tags, details
        self.note, self.reasons, self.archive_reason = note, reasons, archive_reason
        self.dups = dups or {}
        self.id_form = id_form
        for m, st in zip(MONTHS, self.states):  # a finding exists only while a standard has the control
            assert st == "-" or set(standards_of(ctl)) & set(ENABLED[m]), (ctl, m)
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


def build_specs():
    S = []
    add = lambda *a, **k: S.append(Spec(*a, **k))
    accts = [a for a, _, _ in ACCOUNTS]

    # ---------------- account layer (no tags: account-level settings) ----------------
    for a in accts:
        acc = "AWS::::Account:" + a
        e = SHORT[a]
        add("IAM.6", a, "AwsAccount", acc, "F F F",
            dups={"2026-11": ("newer_first", "FAILED")} if a == DEV else None)
        add("IAM.4", a, "AwsAccount", acc, "P P P")
        add("IAM.7", a, "AwsAccount", acc, {DEV: "F P P"}.get(a, "P P P"))
        add("Account.1", a, "AwsAccount", acc, {STAGING: "F P P", DEV: "F P P"}.get(a, "P P P"))
        add("CloudTrail.1", a, "AwsAccount", acc, "P P P")
        add("Config.1", a, "AwsAccount", acc, "P P P")
        add("GuardDuty.1", a, "AwsAccount", acc, "P P P")
        add("Inspector.1", a, "AwsAccount", acc, "P P P")
        add("Inspector.2", a, "AwsAccount", acc, {STAGING: "F P P"}.get(a, "P P P"))
        add("Inspector.4", a, "AwsAccount", acc, "P P P")
        add("EC2.7", a, "AwsAccount", acc, {DEV: "F P P"}.get(a, "P P P"))
        add("S3.1", a, "AwsAccount", acc, "P P P")
        trail = "arn:aws:cloudtrail:eu-west-1:%s:trail/shop-%s-trail" % (a, e)
        add("CloudTrail.2", a, "AwsCloudTrailTrail", trail, {DEV: "F P P"}.get(a, "P P P"))
        add("CloudTrail.4", a, "AwsCloudTrailTrail", trail, "P P P")
        add("CloudTrail.5", a, "AwsCloudTrailTrail", trail, "F F F")
        # CIS v3.0.0 only: these findings start when the standard is enabled in November
        add("IAM.9", a, "AwsAccount", acc, "- - P")
        add("IAM.15", a, "AwsAccount", acc, "- - P")
        add("IAM.16", a, "AwsAccount", acc, "- - P")
        add("IAM.18", a, "AwsAccount", acc, "- - F")
        add("IAM.28", a, "AwsAccount", acc, "- - P")
        add("S3.22", a, "AwsAccount", acc, "- - W" if a == DEV else "- - F",
            reasons=[{"ReasonCode": "INTERNAL_SERVICE_ERROR",
                      "Description": "An unknown error occurred while evaluating the control."}])
        add("S3.23", a, "AwsAccount", acc, "- - F")
        add("CloudTrail.7", a, "AwsS3Bucket", arn_s3("shop-%s-cloudtrail" % e), "- - P", tags=HAND_TAGS)
    # a few us-east-1 regional account checks
    for a in (PROD, DEV):
        acc = "AWS::::Account:" + a
        add("Config.1", a, "AwsAccount", acc, "P P P", region="us-east-1")
        add("GuardDuty.1", a, "AwsAccount", acc, {DEV: "F P P"}.get(a, "P P P"), region="us-east-1")

    # IAM identities: people sign in through IAM Identity Center; one hand-made policy and the
    # last IAM user (a CI user replaced by GitHub OIDC in October) remain from the early days.
    pol = "arn:aws:iam::111122223333:policy/ShopAdminAccess"
    add("IAM.1", PROD, "AwsIamPolicy", pol, "F F P")
    add("IAM.21", PROD, "AwsIamPolicy", pol, "F F P")
    user = "arn:aws:iam::111122223333:user/ci-deploy"
    add("IAM.3", PROD, "AwsIamUser", user, "F Fa -", archive_reason="RESOURCE_DELETED")
    add("IAM.5", PROD, "AwsIamUser", user, "P Pa -", archive_reason="RESOURCE_DELETED")
    for a in accts:
        e = SHORT[a]
        for svc in ("api", "web", "worker"):
            role = "arn:aws:iam::%s:role/shop-%s-%s-TaskRole-%s" % (a, e, svc, cfn("taskrole", a, svc))
            add("IAM.27", a, "AwsIamRole", role, "- - P",
                tags=copilot_tags(e, "shop-%s-%s" % (e, svc), "TaskRole", svc))

    # KMS (hand-made data key per account)
    for a in accts:
        key = "arn:aws:kms:eu-west-1:%s:key/%s" % (a, det_uuid("kms", a))
        add("KMS.3", a, "AwsKmsKey", key, "P P P")
        add("KMS.4", a, "AwsKmsKey", key, "- - N" if a == DEV else "- - P",
            reasons=[{"ReasonCode": "CONFIG_ACCESS_DENIED",
                      "Description": "AWS Config access denied. Verify that AWS Config is enabled and "
                                     "has been granted sufficient permissions."}])

    # ---------------- network layer: the Copilot environment stacks (shop-<env>) ----------------
    vpcs = {PROD: "vpc-0c1d2e3f4a5b6c7d8", STAGING: "vpc-05e6f7a8b9c0d1e2f", DEV: "vpc-0a9b8c7d6e5f4a3b2"}
    for a in accts:
        e = SHORT[a]
        stack = "shop-" + e
        vpc = "arn:aws:ec2:eu-west-1:%s:vpc/%s" % (a, vpcs[a])
        add("EC2.6", a, "AwsEc2Vpc", vpc, "F F F", tags=copilot_tags(e, stack, "VPC"))
        for n in (1, 2):
            subnet = "arn:aws:ec2:eu-west-1:%s:subnet/subnet-0%s" % (a, det_hex(16, "subnet", a, n))
            add("EC2.15", a, "AwsEc2Subnet", subnet, "F F F", tags=copilot_tags(e, stack, "PublicSubnet%d" % n))
        acl = "arn:aws:ec2:eu-west-1:%s:network-acl/acl-0%s" % (a, det_hex(16, "nacl", a))
        add("EC2.21", a, "AwsEc2NetworkAcl", acl, "P P P")
        for logical in ("EnvironmentSecurityGroup", "PublicHTTPLoadBalancerSecurityGroup"):
            sg = "sg-0" + det_hex(16, "sg", a, logical)
            arn = "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (a, sg)
            tags = copilot_tags(e, stack, logical)
            add("EC2.18", a, "AwsEc2SecurityGroup", arn, "P P P", tags=tags)
            add("EC2.19", a, "AwsEc2SecurityGroup", arn, "P P P", tags=tags)
            add("EC2.53", a, "AwsEc2SecurityGroup", arn, "- - P", tags=tags)
        dsg = {PROD: "sg-0d0e0f1a2b3c4d5e6", STAGING: "sg-0b1c2d3e4f5a6b7c8", DEV: "sg-0123abcd4567ef890"}[a]
        add("EC2.2", a, "AwsEc2SecurityGroup", "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (a, dsg),
            {PROD: "F P P", STAGING: "F F P"}.get(a, "P P P"))
    # the pre-consolidation per-standard copies of EC2.2, archived by the switch
    for a in (PROD, STAGING):
        dsg = {PROD: "sg-0d0e0f1a2b3c4d5e6", STAGING: "sg-0b1c2d3e4f5a6b7c8"}[a]
        add("EC2.2", a, "AwsEc2SecurityGroup", "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (a, dsg),
            "Fa Fa Fa", id_form="per-standard", archive_reason="CONSOLIDATED_CONTROL_FINDINGS_UPDATE")
    add("CloudTrail.1", PROD, "AwsAccount", "AWS::::Account:111122223333", "Pa Pa Pa",
        id_form="per-standard", archive_reason="CONSOLIDATED_CONTROL_FINDINGS_UPDATE")
    # the database-admin security group, made by hand; 3306 was open to the world in September
    sg = "sg-0a1b2c3d4e5f60718"
    arn = "arn:aws:ec2:eu-west-1:111122223333:security-group/" + sg
    tags = {"Name": "shop-prod-db-admin", "Owner": HOSTILE_TAG}
    det = {"AwsEc2SecurityGroup": {
        "GroupName": "shop-prod-db-admin", "GroupId": sg, "OwnerId": PROD, "VpcId": vpcs[PROD],
        "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 3306, "ToPort": 3306,
                           "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]}}
    add("EC2.19", PROD, "AwsEc2SecurityGroup", arn, "F P P", tags=tags, details=det)
    add("EC2.18", PROD, "AwsEc2SecurityGroup", arn, "F P P", tags=tags, details=det)
    add("EC2.53", PROD, "AwsEc2SecurityGroup", arn, "- - P", tags=tags)
    # the last EC2 instance, a bastion, terminated in October (ECS Exec replaced it)
    bastion = "arn:aws:ec2:eu-west-1:111122223333:instance/i-0abc1234def567890"
    btags = {"Name": "bastion `tmp` | do-not-delete", "Owner": HOSTILE_TAG}
    for ctl in ("EC2.8", "EC2.9", "SSM.1"):
        add(ctl, PROD, "AwsEc2Instance", bastion, "F Fa -", tags=btags, archive_reason="RESOURCE_DELETED")

    # ---------------- webapp layer: Copilot services api, web (load balanced) and worker ----------------
    for a in accts:
        e = SHORT[a]
        stack = "shop-" + e
        alb = "arn:aws:elasticloadbalancing:eu-west-1:%s:loadbalancer/app/shop-%s-alb/%s" % (
            a, e, det_uuid("alb", a).replace("-", "")[:16])
        atags = copilot_tags(e, stack, "PublicLoadBalancer")
        add("ELB.1", a, "AwsElbv2LoadBalancer", alb, "P P P", tags=atags)
        add("ELB.4", a, "AwsElbv2LoadBalancer", alb, "F F F", tags=atags)
        add("ELB.5", a, "AwsElbv2LoadBalancer", alb, {STAGING: "F P P", DEV: "F F P"}.get(a, "P P P"),
            tags=atags, dups={"2026-10": ("newer_last", "FAILED")} if a == STAGING else None)
        add("ELB.6", a, "AwsElbv2LoadBalancer", alb, "F F F", tags=atags)
        add("ELB.12", a, "AwsElbv2LoadBalancer", alb, "P P P", tags=atags)
        add("ELB.13", a, "AwsElbv2LoadBalancer", alb, "P P P", tags=atags)
        cluster_name = "shop-%s-Cluster-%s" % (e, cfn("cluster", a))
        cluster = "arn:aws:ecs:eu-west-1:%s:cluster/%s" % (a, cluster_name)
        add("ECS.12", a, "AwsEcsCluster", cluster, "F F F", tags=copilot_tags(e, stack, "Cluster"))
        add("ACM.1", a, "AwsCertificateManagerCertificate",
            "arn:aws:acm:eu-west-1:%s:certificate/%s" % (a, det_uuid("acm", a)), "P P P")
        fn = "arn:aws:lambda:eu-west-1:%s:function:shop-%s-EnvControllerFunction-%s" % (a, e, cfn("envctl", a))
        ftags = copilot_tags(e, stack, "EnvControllerFunction")
        add("Lambda.1", a, "AwsLambdaFunction", fn, "P P P", tags=ftags)
        add("Lambda.2", a, "AwsLambdaFunction", fn, "F F F", tags=ftags)
        for svc, rev in (("api", 42), ("web", 18), ("worker", 7)):
            sstack = "shop-%s-%s" % (e, svc)
            service = "arn:aws:ecs:eu-west-1:%s:service/%s/shop-%s-%s-Service-%s" % (
                a, cluster_name, e, svc, cfn("service", a, svc))
            stags = copilot_tags(e, sstack, "Service", svc)
            # November: web moved to Copilot's default public placement (tasks get public IPs)
            st2 = "P P F" if (svc == "web" and a in (PROD, STAGING)) else "P P P"
            add("ECS.2", a, "AwsEcsService", service, st2, tags=stags,
                dups={"2026-11": ("newer_last", "PASSED")} if (svc == "web" and a == PROD) else None)
            add("ECS.10", a, "AwsEcsService", service, "P P P", tags=stags)
            td = "arn:aws:ecs:eu-west-1:%s:task-definition/%s:%d" % (a, sstack, rev + 3 * accts.index(a))
            ttags = copilot_tags(e, sstack, "TaskDefinition", svc)
            add("ECS.3", a, "AwsEcsTaskDefinition", td, "P P P", tags=ttags)
            add("ECS.4", a, "AwsEcsTaskDefinition", td, "P P P", tags=ttags)
            add("ECS.5", a, "AwsEcsTaskDefinition", td, "F F P" if svc == "web" else "P P P", tags=ttags)
            add("ECS.8", a, "AwsEcsTaskDefinition", td, "F P P" if (a, svc) == (STAGING, "api") else "P P P",
                tags=ttags)
            add("ECS.9", a, "AwsEcsTaskDefinition", td, "P P P", tags=ttags)
        queue = "arn:aws:sqs:eu-west-1:%s:shop-%s-worker-EventsQueue-%s" % (a, e, cfn("queue", a))
        add("SQS.1", a, "AwsSqsQueue", queue, "P P P",
            tags=copilot_tags(e, "shop-%s-worker" % e, "EventsQueue", "worker"))
    # ECR repositories: made by Copilot's application stack set in the production account
    for svc in ("api", "web", "worker"):
        arn = "arn:aws:ecr:eu-west-1:111122223333:repository/shop/" + svc
        rtags = copilot_tags(None, APP_STACK, "ECRRepo" + svc)
        add("ECR.1", PROD, "AwsEcrRepository", arn, "P P P", tags=rtags)
        add("ECR.2", PROD, "AwsEcrRepository", arn, "F F F", tags=rtags)
        add("ECR.3", PROD, "AwsEcrRepository", arn, "F P P" if svc == "worker" else "P P P", tags=rtags)
    # WAF in front of the production ALB (managed rule groups; made by hand)
    acl = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/shop-prod-alb/" + det_uuid("webacl")
    add("WAF.10", PROD, "AwsWafv2WebAcl", acl, "P P P")
    rg = "arn:aws:wafv2:eu-west-1:111122223333:regional/rulegroup/shop-prod-custom/" + det_uuid("rulegroup")
    add("WAF.12", PROD, "AwsWafv2RuleGroup", rg, "F P P")

    # ---------------- datastore layer ----------------
    buckets = {
        PROD: ["shop-prod-assets", "shop-prod-exports", "shop-prod-logs", "aws-waf-logs-shop-prod",
               "shop-prod-cloudtrail"],
        STAGING: ["shop-staging-assets", "shop-staging-exports", "shop-staging-cloudtrail"],
        DEV: ["shop-dev-assets", "shop-dev-cloudtrail"],
    }
    for a in accts:
        for b in buckets[a]:
            arn = arn_s3(b)
            new = b == "shop-staging-exports"
            st8 = "F F P" if b == "shop-prod-exports" else ("- - P" if new else "P P P")
            st5 = "F F P" if b in ("shop-prod-assets", "shop-dev-assets") else ("- - P" if new else "P P P")
            note = None
            if b == "shop-prod-logs":
                st9 = "Fs Fs Fs"
                note = {"Text": "Log bucket; logging it to itself would recurse. Reviewed with `aws s3api "
                                "get-bucket-logging` | see RA-2026-006",
                        "UpdatedBy": "arn:aws:sts::111122223333:assumed-role/"
                                     "AWSReservedSSO_AdministratorAccess_0a1b2c3d4e5f6a7b/maria",
                        "UpdatedAt": "2026-08-14T09:12:44.118Z"}
            elif b == "aws-waf-logs-shop-prod":
                st9 = "F P P"
            elif a == PROD:
                st9 = "P P P"
            else:
                st9 = "- - P" if new else "F P P"
            add("S3.8", a, "AwsS3Bucket", arn, st8, tags=HAND_TAGS)
            add("S3.5", a, "AwsS3Bucket", arn, st5, tags=HAND_TAGS,
                dups={"2026-11": ("newer_first", "FAILED")} if b == "shop-prod-assets" else None)
            add("S3.9", a, "AwsS3Bucket", arn, st9, tags=HAND_TAGS, note=note,
                dups={"2026-11": ("newer_last", "FAILED")} if b == "shop-staging-assets" else None)
            add("S3.12", a, "AwsS3Bucket", arn, "- - P" if new else "P P P", tags=HAND_TAGS)
        # the uploads bucket of the web service: a Copilot storage addon
        e = SHORT[a]
        b = "shop-%s-web-uploads" % e
        utags = copilot_tags(e, "shop-%s-web-AddonsStack-%s" % (e, cfn("addons", a, "web")), "uploads", "web")
        for ctl, st in (("S3.8", "P P P"), ("S3.5", "P P P"), ("S3.9", "P P P"), ("S3.12", "P P P")):
            add(ctl, a, "AwsS3Bucket", arn_s3(b), st, tags=utags)
    for a in accts:
        e = SHORT[a]
        db = "arn:aws:rds:eu-west-1:%s:db:shop-%s-db" % (a, e)
        dtags = {"Team": "shop"}
        add("RDS.2", a, "AwsRdsDbInstance", db, "P P P", tags=dtags)
        add("RDS.3", a, "AwsRdsDbInstance", db, "P P P", tags=dtags)
        add("RDS.8", a, "AwsRdsDbInstance", db, {DEV: "F F P"}.get(a, "P P P"), tags=dtags)
        add("RDS.9", a, "AwsRdsDbInstance", db, "F F F", tags=dtags)
        add("RDS.11", a, "AwsRdsDbInstance", db, "P P P", tags=dtags)
        add("RDS.13", a, "AwsRdsDbInstance", db, {STAGING: "F F P"}.get(a, "P P P"), tags=dtags)
        # the api service's orders table: a Copilot storage addon (point-in-time recovery off)
        tbl = "arn:aws:dynamodb:eu-west-1:%s:table/shop-%s-api-orders" % (a, e)
        add("DynamoDB.2", a, "AwsDynamoDbTable", tbl, "F F F",
            tags=copilot_tags(e, "shop-%s-api-AddonsStack-%s" % (e, cfn("addons", a, "api")), "orders", "api"))
        rp = "arn:aws:backup:eu-west-1:%s:recovery-point:%s" % (a, det_uuid("rp", a))
        if a == STAGING:
            add("Backup.1", a, "AwsBackupRecoveryPoint", rp, "N N P",
                reasons=[{"ReasonCode": "CONFIG_EVALUATIONS_EMPTY",
                          "Description": "AWS Config evaluated your resources based on the rule. "
                                         "The rule did not apply to the AWS resources in its scope, "
                                         "the specified resources were deleted, or the evaluation "
                                         "results were deleted."}])
        else:
            add("Backup.1", a, "AwsBackupRecoveryPoint", rp, "P P P")
        secret = "arn:aws:secretsmanager:eu-west-1:%s:secret:shop-%s-db-credentials-%s" % (
            a, e, det_uuid("secret", a)[:6])
        add("SecretsManager.1", a, "AwsSecretsManagerSecret", secret, "Fs Fs Fs" if a == STAGING else "P P P")
    # the carts table, made by hand before Copilot: the same control, not a Copilot resource
    add("DynamoDB.2", PROD, "AwsDynamoDbTable", "arn:aws:dynamodb:eu-west-1:111122223333:table/shop-prod-carts",
        "F F F", tags=HAND_TAGS)
    return S


DESCRIPTIONS = {
    "ECS.2": "This control checks whether Amazon ECS services are configured to automatically assign public "
             "IP addresses. This control fails if AssignPublicIP is ENABLED.",
    "DynamoDB.2": "This control checks whether point-in-time recovery (PITR) is enabled for an Amazon "
                  "DynamoDB table.",
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
    std = [{"StandardsId": x} for x in ENABLED[month] if x in standards_of(spec.ctl)]
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
        compliance["RelatedRequirements"] = related_requirements(spec.ctl)
    compliance["AssociatedStandards"] = std
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
