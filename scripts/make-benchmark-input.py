#!/usr/bin/env python3
"""Deterministic, realistic AWS exports for benchmarks (stdlib only).

    python3 scripts/make-benchmark-input.py asff  COUNT OUT.json     [--seed N] [--indent N]
    python3 scripts/make-benchmark-input.py ocsf  COUNT OUT.json     [--seed N] [--indent N]
    python3 scripts/make-benchmark-input.py ecr   IMAGES OUT.json    [--seed N]
    python3 scripts/make-benchmark-input.py waf   REQUESTS OUT.jsonl.gz [--seed N]
    python3 scripts/make-benchmark-input.py COUNT OUT.json           (old form: asff, seed 1)

asff: an `aws securityhub get-findings` page (`{"Findings": [...]}`, pretty-printed like the
      AWS CLI), 1.5-4 KB a finding: Security Hub control findings over every control in
      rules/controls.csv (so every layer), Inspector package vulnerabilities with a
      Vulnerabilities block, GuardDuty threats; 12 accounts, 4 regions; every resource has a
      `Details` blob of realistic size. Ids are unique, so nothing de-duplicates away.
ocsf: the same findings as Security Hub's OCSF (`Findings Imported V2`) records, one JSON array.
ecr:  a JSON array of IMAGES `aws ecr describe-image-scan-findings` responses (basic scans,
      3-25 vulnerabilities each, shared CVEs across images).
waf:  AWS WAF logs as gzipped JSON Lines, REQUESTS lines, a mix of allowed traffic and
      blocked attacks over 3 web ACLs.

--indent N: spaces a level of nesting, 2 unless given. The AWS CLI writes 4 (`--output json`), which makes the
      same findings' file about a quarter larger (100k findings: 381 MB with 2, 480 MB with 4).
--full: asff findings with the fields real exports carry besides the ones above: FindingProviderFields,
      ProcessedAt, Sample, Compliance's RelatedRequirements (the same list on every finding of a control, as Security
      Hub writes them) and StatusReasons. With --indent 4, 100k findings make a 553 MB file (5.5 KB a finding), the
      size of issue #10's real 540 MB `get-findings` file of 100k findings (the real findings in ../shared/fixtures
      are 3-7 KB).
--diverse: asff findings that share nothing a real export repeats: each names its own account, region, product,
      control (with its own title), standards, related requirements, types, tags and resource types (three
      resources). No real export looks like this; it shows whether a cost grows with the distinct values rather
      than the findings (a table per standard over every control did: gigabytes at 20k findings).

The same COUNT, seed and indent always give the same bytes.
"""
import csv
import gzip
import hashlib
import json
from json.encoder import encode_basestring
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACCOUNTS = ["%012d" % (210000000000 + 7919 * i) for i in range(12)]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "ap-northeast-1"]
SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL"]
STANDARDS = [
    "standards/aws-foundational-security-best-practices/v/1.0.0",
    "standards/cis-aws-foundations-benchmark/v/3.0.0",
    "standards/pci-dss/v/4.0.1",
    "standards/nist-800-53/v/5.0.0",
]
# Resource type by control prefix (what the control looks at).
RESOURCE_TYPES = {
    "ACM": "AwsCertificateManagerCertificate", "APIGateway": "AwsApiGatewayStage",
    "AutoScaling": "AwsAutoScalingAutoScalingGroup", "CloudFront": "AwsCloudFrontDistribution",
    "CloudTrail": "AwsCloudTrailTrail", "CodeBuild": "AwsCodeBuildProject", "DynamoDB": "AwsDynamoDbTable",
    "EC2": "AwsEc2Instance", "ECR": "AwsEcrRepository", "ECS": "AwsEcsTaskDefinition", "EFS": "AwsEfsFileSystem",
    "EKS": "AwsEksCluster", "ELB": "AwsElbv2LoadBalancer", "ES": "AwsElasticsearchDomain",
    "IAM": "AwsIamRole", "KMS": "AwsKmsKey", "Lambda": "AwsLambdaFunction", "RDS": "AwsRdsDbInstance",
    "Redshift": "AwsRedshiftCluster", "S3": "AwsS3Bucket", "SNS": "AwsSnsTopic", "SQS": "AwsSqsQueue",
    "SSM": "AwsSsmPatchCompliance", "WAF": "AwsWafv2WebAcl", "SecretsManager": "AwsSecretsManagerSecret",
}
PACKAGES = [
    ("openssl", "3.0.11-1~deb12u1", "3.0.15-1~deb12u1"), ("glibc", "2.36-9+deb12u3", "2.36-9+deb12u9"),
    ("curl", "7.88.1-10+deb12u4", "7.88.1-10+deb12u8"), ("expat", "2.5.0-1", "2.5.0-1+deb12u1"),
    ("perl", "5.36.0-7", "5.36.0-7+deb12u1"), ("zlib", "1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1+deb12u1"),
    ("golang.org/x/net", "0.15.0", "0.17.0"), ("requests", "2.28.1", "2.32.0"),
    ("lodash", "4.17.15", "4.17.21"), ("log4j-core", "2.14.1", "2.17.1"),
]
LOREM = (
    "The resource configuration was evaluated against the control requirement and the result recorded with "
    "the evidence shown here. Review the associated resource, its tags and the change history before "
    "remediating, and confirm the expected state with the owning team. "
)


def load_controls():
    with open(os.path.join(ROOT, "rules", "controls.csv"), newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f)]


def hexid(r, n):
    return "%0*x" % (n, r.getrandbits(4 * n))


def uuid4(r):
    h = hexid(r, 32)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])


def ts(r, lo_day=1, hi_day=30):
    return "2026-11-%02dT%02d:%02d:%02d.%03dZ" % (
        r.randint(lo_day, hi_day), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def early_ts(r):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        r.randint(3, 10), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def resource_arn(rtype, account, region, name):
    service = {"AwsS3Bucket": "s3", "AwsIamRole": "iam", "AwsEc2Instance": "ec2"}.get(rtype, rtype[3:].lower()[:8])
    if rtype == "AwsS3Bucket":
        return "arn:aws:s3:::%s" % name
    if rtype == "AwsIamRole":
        return "arn:aws:iam::%s:role/%s" % (account, name)
    if rtype == "AwsEc2Instance":
        return "arn:aws:ec2:%s:%s:instance/i-%s" % (region, account, name[-17:])
    return "arn:aws:%s:%s:%s:%s/%s" % (service, region, account, rtype[3:].lower(), name)


FULL = False
REQUIREMENTS = ["NIST.800-53.r5 AC-2(1)", "NIST.800-53.r5 AC-3", "NIST.800-53.r5 AU-9", "NIST.800-53.r5 CA-9(1)",
                "NIST.800-53.r5 CM-2", "NIST.800-53.r5 SC-7(21)", "NIST.800-53.r5 SC-12(2)", "NIST.800-53.r5 SI-7(6)",
                "PCI DSS v4.0.1/1.3.1", "PCI DSS v4.0.1/3.5.1", "PCI DSS v4.0.1/8.2.1", "PCI DSS v4.0.1/10.2.1",
                "CIS AWS Foundations Benchmark v3.0.0/1.4", "CIS AWS Foundations Benchmark v3.0.0/2.1.1"]


def details_blob(r, rtype, account, region, name):
    """A Details block shaped like the real ones: nested, mostly irrelevant to the report."""
    blob = {
        "CreatedAt": early_ts(r),
        "OwnerId": account,
        "Name": name,
        "Configuration": {
            "Encryption": {"Enabled": r.random() < 0.7, "KmsKeyId": "arn:aws:kms:%s:%s:key/%s" % (
                region, account, uuid4(r))},
            "Logging": {"Enabled": r.random() < 0.5, "Destination": "s3://logs-%s/%s/" % (account, name)},
            "Versioning": r.choice(["Enabled", "Suspended", "Off"]),
        },
        "NetworkInterfaces": [
            {"NetworkInterfaceId": "eni-%s" % hexid(r, 17), "SubnetId": "subnet-%s" % hexid(r, 17),
             "PrivateIpAddress": "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
             "SecurityGroups": [{"GroupId": "sg-%s" % hexid(r, 17), "GroupName": "sg-%s" % name[:20]}]}
            for _ in range(r.randint(0, 1))
        ],
        "Policy": {"Version": "2012-10-17", "Statement": [
            {"Sid": "Stmt%d" % i, "Effect": r.choice(["Allow", "Deny"]),
             "Principal": {"AWS": "arn:aws:iam::%s:root" % r.choice(ACCOUNTS)},
             "Action": r.sample(["s3:GetObject", "s3:PutObject", "kms:Decrypt", "sts:AssumeRole",
                                 "ec2:DescribeInstances", "logs:PutLogEvents"], 2),
             "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-%s" % hexid(r, 10)}}}
            for i in range(r.randint(1, 2))
        ]},
        "Note": LOREM[: r.randint(0, 120)],
    }
    for key in ("Configuration", "NetworkInterfaces", "Policy"):
        if r.random() < 0.5:
            del blob[key]
    return {rtype: blob}


def fill(r, finding):
    """The fields Security Hub writes on every finding that the lighter findings leave out (--full)."""
    finding["FindingProviderFields"] = {"Severity": dict(finding["Severity"]), "Types": list(finding["Types"])}
    finding["ProcessedAt"] = finding["UpdatedAt"]
    finding["Sample"] = False
    compliance = finding.get("Compliance")
    if compliance is not None:
        # Security Hub names the same requirements on every finding of a control.
        own = random.Random("requirements|" + compliance["SecurityControlId"])
        compliance["RelatedRequirements"] = own.sample(REQUIREMENTS, own.randint(1, 4))
        if compliance["Status"] != "PASSED":
            compliance["StatusReasons"] = [{"ReasonCode": "CONFIG_EVALUATIONS_EMPTY" if compliance["Status"] ==
                                            "NOT_AVAILABLE" else "CONFIG_RULE_NON_COMPLIANT",
                                            "Description": "The AWS Config rule evaluated the resource."}]
    return finding


def asff_finding(r, n, controls):
    account = ACCOUNTS[r.randrange(len(ACCOUNTS))]
    region = REGIONS[r.randrange(len(REGIONS))]
    kind = r.random()
    updated, first = ts(r), early_ts(r)
    tags = {k: v for k, v in [("Environment", r.choice(["prod", "staging", "dev"])), ("Team", r.choice(
        ["payments", "catalog", "platform", "search"])), ("CostCenter", "cc-%d" % r.randint(100, 999))][
        : r.randint(0, 3)]}
    if kind < 0.80:
        control = controls[r.randrange(len(controls))]
        cid = control["control_id"]
        rtype = RESOURCE_TYPES.get(cid.split(".")[0], "AwsAccount" if control["layer"] == "account" else "Other")
        name = "%s-%s" % (cid.split(".")[0].lower(), hexid(r, 17))
        rid = resource_arn(rtype, account, region, name) if rtype != "AwsAccount" else "AWS::::Account:" + account
        status = r.choice(["PASSED", "PASSED", "FAILED", "FAILED", "FAILED", "WARNING", "NOT_AVAILABLE"])
        severity = control["severity"] if status == "FAILED" else "INFORMATIONAL"
        fid = "arn:aws:securityhub:%s:%s:security-control/%s/finding/%s" % (region, account, cid, uuid4(r))
        product_arn = "arn:aws:securityhub:%s::product/aws/securityhub" % region
        finding = {
            "SchemaVersion": "2018-10-08", "Id": fid, "ProductArn": product_arn, "ProductName": "Security Hub",
            "CompanyName": "AWS", "Region": region, "GeneratorId": "security-control/" + cid,
            "AwsAccountId": account,
            "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
            "FirstObservedAt": first, "LastObservedAt": updated, "CreatedAt": first, "UpdatedAt": updated,
            "Severity": {"Label": severity, "Original": severity},
            "Title": control["title"],
            "Description": "This control checks whether %s. The control fails if it does not." % control[
                "title"][0].lower() + control["title"][1:],
            "Remediation": {"Recommendation": {
                "Text": "For information on how to correct this issue, consult the AWS Security Hub controls "
                        "documentation.",
                "Url": "https://docs.aws.amazon.com/console/securityhub/%s/remediation" % cid}},
            "ProductFields": {
                "RelatedAWSResources:0/name": "securityhub-%s-%s" % (cid.lower().replace(".", "-"), hexid(r, 8)),
                "RelatedAWSResources:0/type": "AWS::Config::ConfigRule",
                "aws/securityhub/ProductName": "Security Hub", "aws/securityhub/CompanyName": "AWS",
                "Resources:0/Id": rid, "aws/securityhub/FindingId": product_arn + "/" + fid, "ControlId": cid},
            "Resources": [{"Type": rtype, "Id": rid, "Partition": "aws", "Region": region, "Tags": tags,
                           "Details": details_blob(r, rtype, account, region, name)}],
            "Compliance": {"Status": status, "SecurityControlId": cid,
                           "AssociatedStandards": [{"StandardsId": s} for s in r.sample(STANDARDS, r.randint(1, 3))]},
            "WorkflowState": "NEW",
            "Workflow": {"Status": r.choice(["NEW", "NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED"])},
            "RecordState": "ACTIVE" if r.random() < 0.93 else "ARCHIVED",
        }
    elif kind < 0.95:
        pkg, version, fixed = PACKAGES[r.randrange(len(PACKAGES))]
        cve = "CVE-%d-%d" % (r.randint(2019, 2026), r.randint(1000, 59999))
        severity = SEVERITIES[r.randrange(4)]
        repo = r.choice(["shop/web", "shop/api", "shop/worker", "platform/ingest", "search/indexer"])
        digest = "sha256:" + hashlib.sha256(("%s%d" % (repo, r.randint(0, 400))).encode()).hexdigest()
        rid = "arn:aws:ecr:%s:%s:repository/%s/%s" % (region, account, repo, digest)
        product_arn = "arn:aws:securityhub:%s::product/aws/inspector" % region
        fid = "arn:aws:inspector2:%s:%s:finding/%s" % (region, account, hexid(r, 32))
        finding = {
            "SchemaVersion": "2018-10-08", "Id": fid, "ProductArn": product_arn, "ProductName": "Inspector",
            "CompanyName": "Amazon", "Region": region, "GeneratorId": "AWSInspector", "AwsAccountId": account,
            "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"],
            "FirstObservedAt": first, "LastObservedAt": updated, "CreatedAt": first, "UpdatedAt": updated,
            "Severity": {"Label": severity, "Normalized": {"CRITICAL": 90, "HIGH": 70, "MEDIUM": 40, "LOW": 1}[
                severity]},
            "Title": "%s - %s" % (cve, pkg),
            "Description": "A flaw was found in %s. " % pkg + LOREM[: r.randint(80, len(LOREM))],
            "Remediation": {"Recommendation": {"Text": "Upgrade %s to %s" % (pkg, fixed)}},
            "ProductFields": {"aws/inspector/ProductVersion": "2", "aws/inspector/FindingStatus": "ACTIVE",
                              "aws/inspector/inspectorScore": "%.1f" % (r.randint(10, 99) / 10),
                              "aws/securityhub/ProductName": "Inspector", "aws/securityhub/CompanyName": "Amazon"},
            "Resources": [{"Type": "AwsEcrContainerImage", "Id": rid, "Partition": "aws", "Region": region,
                           "Tags": tags, "Details": {"AwsEcrContainerImage": {
                               "RegistryId": account, "RepositoryName": repo, "Architecture": "amd64",
                               "ImageDigest": digest, "ImageTags": ["2026.11.%d" % r.randint(1, 30)],
                               "ImagePublishedAt": early_ts(r)}}}],
            "WorkflowState": "NEW", "Workflow": {"Status": "NEW"}, "RecordState": "ACTIVE",
            "Vulnerabilities": [{
                "Id": cve,
                "VulnerablePackages": [{"Name": pkg, "Version": version, "Epoch": "0", "Architecture": "X86_64",
                                        "PackageManager": "OS", "FixedInVersion": fixed,
                                        "Remediation": "apt-get upgrade " + pkg}],
                "Cvss": [{"Version": "3.1", "BaseScore": r.randint(10, 99) / 10,
                          "BaseVector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "Source": "NVD"}],
                "Vendor": {"Name": "NVD", "Url": "https://nvd.nist.gov/vuln/detail/" + cve,
                           "VendorSeverity": severity, "VendorCreatedAt": early_ts(r)},
                "ReferenceUrls": ["https://nvd.nist.gov/vuln/detail/" + cve,
                                  "https://security-tracker.debian.org/tracker/" + cve],
                "FixAvailable": "YES", "ExploitAvailable": r.choice(["YES", "NO"])}],
        }
    else:
        severity = r.choice(["HIGH", "MEDIUM", "LOW"])
        gd_type = r.choice(["Recon:EC2/PortProbeUnprotectedPort", "UnauthorizedAccess:IAMUser/MaliciousIPCaller",
                            "CryptoCurrency:EC2/BitcoinTool.B!DNS", "Policy:S3/BucketBlockPublicAccessDisabled"])
        detector = hexid(r, 32)
        fid = "arn:aws:guardduty:%s:%s:detector/%s/finding/%s" % (region, account, detector, hexid(r, 32))
        name = "i-" + hexid(r, 17)
        rtype = "AwsEc2Instance"
        rid = resource_arn(rtype, account, region, name)
        finding = {
            "SchemaVersion": "2018-10-08", "Id": fid,
            "ProductArn": "arn:aws:securityhub:%s::product/aws/guardduty" % region, "ProductName": "GuardDuty",
            "CompanyName": "Amazon", "Region": region, "GeneratorId": "arn:aws:guardduty:%s:%s:detector/%s" % (
                region, account, detector), "AwsAccountId": account,
            "Types": ["TTPs/Discovery/" + gd_type],
            "FirstObservedAt": first, "LastObservedAt": updated, "CreatedAt": first, "UpdatedAt": updated,
            "Severity": {"Label": severity, "Normalized": {"HIGH": 70, "MEDIUM": 50, "LOW": 20}[severity],
                         "Product": {"HIGH": 8, "MEDIUM": 5, "LOW": 2}[severity]},
            "Title": "Unprotected port on EC2 instance %s is being probed." % name,
            "Description": "EC2 instance has an unprotected port which is being probed by a known malicious host.",
            "ProductFields": {"aws/guardduty/service/action/actionType": "PORT_PROBE",
                              "aws/guardduty/service/count": str(r.randint(1, 500)),
                              "aws/securityhub/ProductName": "GuardDuty", "aws/securityhub/CompanyName": "Amazon"},
            "Resources": [{"Type": rtype, "Id": rid, "Partition": "aws", "Region": region, "Tags": tags,
                           "Details": details_blob(r, rtype, account, region, name)}],
            "WorkflowState": "NEW", "Workflow": {"Status": "NEW"}, "RecordState": "ACTIVE",
            "Note": {"Text": "Investigating with the platform team.", "UpdatedBy": "secops",
                     "UpdatedAt": updated} if r.random() < 0.1 else None,
        }
        if finding["Note"] is None:
            del finding["Note"]
    return fill(r, finding) if FULL else finding


DIVERSE = False


def diversify(n, finding):
    """The finding with every value real exports repeat made its own (--diverse)."""
    finding["AwsAccountId"] = "%012d" % (100000000000 + n)
    finding["Region"] = "xx-region-%d" % n
    finding["ProductName"] = "Tool %d" % n
    finding["ProductArn"] = "arn:aws:securityhub:eu-west-1::product/vendor%d/tool" % n
    finding["Types"] = ["Custom/Type %d" % n]
    compliance = finding.get("Compliance")
    if compliance is not None:
        control = "Z%d.%d" % (n % 7, n)
        compliance["SecurityControlId"] = control
        compliance["AssociatedStandards"] = [{"StandardsId": "standards/custom-%d/v/1.0.0" % (n + k)} for k in range(3)]
        compliance["RelatedRequirements"] = ["Framework %d/%d" % (n % 50, n + k) for k in range(3)]
        finding["GeneratorId"] = "security-control/" + control
        finding["Title"] = "Control %d" % n
    base = finding["Resources"][0]
    finding["Resources"] = [dict(base, Id="%s-%d" % (base["Id"], k), Type="AwsCustom%dType" % (3 * n + k),
                                 Tags={"k%d" % n: "v%d" % k, "Environment": "env-%d" % n}) for k in range(3)]
    return finding


OCSF_SEVERITY = {"INFORMATIONAL": 1, "LOW": 2, "MEDIUM": 3, "HIGH": 4, "CRITICAL": 5}
OCSF_COMPLIANCE = {"PASSED": "Pass", "FAILED": "Fail", "WARNING": "Warning", "NOT_AVAILABLE": "Unknown"}


def ocsf_finding(asff):
    """Security Hub's OCSF (v2) form of an ASFF finding."""
    severity = asff["Severity"]["Label"]
    resource = asff["Resources"][0]
    record = {
        "activity_id": 1 if asff["RecordState"] == "ACTIVE" else 3, "activity_name": "Create",
        "category_uid": 2, "category_name": "Findings",
        "class_uid": 2003 if "Compliance" in asff else 2004,
        "class_name": "Compliance Finding" if "Compliance" in asff else "Detection Finding",
        "severity_id": OCSF_SEVERITY[severity], "severity": severity.capitalize(),
        "status": {"NEW": "New", "NOTIFIED": "In Progress", "RESOLVED": "Resolved",
                   "SUPPRESSED": "Suppressed"}[asff["Workflow"]["Status"]],
        "time_dt": asff["UpdatedAt"],
        "metadata": {"uid": asff["Id"], "version": "1.6.0",
                     "product": {"name": asff["ProductName"], "vendor_name": asff["CompanyName"],
                                 "uid": asff["ProductArn"]},
                     "profiles": ["cloud", "datetime"]},
        "cloud": {"provider": "AWS", "region": asff["Region"], "account": {"uid": asff["AwsAccountId"],
                                                                           "type": "AWS Account"}},
        "finding_info": {"uid": asff["Id"], "title": asff["Title"], "desc": asff["Description"],
                         "types": asff["Types"], "analytic": {"uid": asff["GeneratorId"], "type": "Rule"},
                         "created_time_dt": asff["CreatedAt"], "first_seen_time_dt": asff["FirstObservedAt"],
                         "last_seen_time_dt": asff["LastObservedAt"], "modified_time_dt": asff["UpdatedAt"]},
        "resources": [{"uid": resource["Id"], "type": resource["Type"], "region": resource["Region"],
                       "cloud_partition": "aws",
                       "tags": [{"name": k, "value": v} for k, v in resource.get("Tags", {}).items()],
                       "data": resource.get("Details", {})}],
        "unmapped": asff.get("ProductFields", {}),
    }
    if "Compliance" in asff:
        c = asff["Compliance"]
        record["compliance"] = {"control": c["SecurityControlId"], "status": OCSF_COMPLIANCE[c["Status"]],
                                "standards": [s["StandardsId"] for s in c["AssociatedStandards"]]}
    rec = asff.get("Remediation", {}).get("Recommendation")
    if rec:
        record["remediation"] = {"desc": rec["Text"], "references": [rec["Url"]] if "Url" in rec else []}
    if "Vulnerabilities" in asff:
        record["vulnerabilities"] = [{"cve": {"uid": v["Id"]}, "affected_packages": [
            {"name": p["Name"], "version": p["Version"], "fixed_in_version": p["FixedInVersion"]}
            for p in v["VulnerablePackages"]]} for v in asff["Vulnerabilities"]]
    return record


STEP = "  "


def pretty(value, indent=""):
    """json.dumps(value, indent=len(STEP), ensure_ascii=False), byte for byte, about twice as fast."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = indent + STEP
        return "{\n" + ",\n".join(inner + encode_basestring(k) + ": " + pretty(v, inner)
                                  for k, v in value.items()) + "\n" + indent + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = indent + STEP
        return "[\n" + ",\n".join(inner + pretty(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value)


def indent(text, prefix):
    return text.replace("\n", "\n" + prefix)


def write_findings(out, count, seed, ocsf):
    r = random.Random("posture-bench|%d" % seed)
    controls = load_controls()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n" if ocsf else '{\n%s"Findings": [\n' % STEP)
        for n in range(count):
            record = asff_finding(r, n, controls)
            if DIVERSE:
                record = diversify(n, record)
            if ocsf:
                record = ocsf_finding(record)
            text = pretty(record)
            sep = "" if n == 0 else ",\n"
            f.write(sep + (STEP + indent(text, STEP) if ocsf else 2 * STEP + indent(text, 2 * STEP)))
        f.write("\n]\n" if ocsf else "\n%s]\n}\n" % STEP)


def write_ecr(out, images, seed):
    r = random.Random("posture-bench-ecr|%d" % seed)
    cves = [("CVE-%d-%d" % (r.randint(2019, 2026), r.randint(1000, 59999)), SEVERITIES[r.randrange(5)],
             PACKAGES[r.randrange(len(PACKAGES))]) for _ in range(400)]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        for n in range(images):
            account = ACCOUNTS[r.randrange(len(ACCOUNTS))]
            repo = "team%d/service-%d" % (r.randrange(40), r.randrange(25))
            found = [cves[r.randrange(len(cves))] for _ in range(r.randint(3, 25))]
            findings, seen = [], set()
            for cve, severity, (pkg, version, _) in found:
                if cve in seen:
                    continue
                seen.add(cve)
                findings.append({"name": cve, "uri": "https://security-tracker.debian.org/tracker/" + cve,
                                 "severity": severity, "attributes": [
                                     {"key": "package_version", "value": version},
                                     {"key": "package_name", "value": pkg},
                                     {"key": "CVSS3_SCORE", "value": "%.1f" % (r.randint(10, 99) / 10)}]})
            counts = {}
            for x in findings:
                counts[x["severity"]] = counts.get(x["severity"], 0) + 1
            record = {
                "registryId": account, "repositoryName": repo,
                "imageId": {"imageDigest": "sha256:" + hashlib.sha256(b"%d-%d" % (seed, n)).hexdigest(),
                            "imageTag": "build-%d" % n},
                "imageScanStatus": {"status": "COMPLETE", "description": "The scan was completed successfully."},
                "imageScanFindings": {"imageScanCompletedAt": 1795900000 + n, "vulnerabilitySourceUpdatedAt":
                                      1795800000, "findingSeverityCounts": counts, "findings": findings},
            }
            f.write(("" if n == 0 else ",\n") + "  " + indent(pretty(record), "  "))
        f.write("\n]\n")


def write_waf(out, requests, seed):
    r = random.Random("posture-bench-waf|%d" % seed)
    acls = ["arn:aws:wafv2:%s:%s:regional/webacl/shop-%s-alb/%s" % (REGIONS[i % 4], ACCOUNTS[i], name, uuid4(r))
            for i, name in enumerate(["prod", "staging", "dev"])]
    attacks = [
        ("AWS#AWSManagedRulesSQLiRuleSet", "SQLi_QUERYARGUMENTS", "/search", "q=1%27%20OR%20%271%27=%271"),
        ("AWS#AWSManagedRulesCommonRuleSet", "CrossSiteScripting_QUERYARGUMENTS", "/products",
         "name=%3Cscript%3Ealert(1)%3C/script%3E"),
        ("AWS#AWSManagedRulesKnownBadInputsRuleSet", "Log4JRCE_HEADER", "/", ""),
        ("AWS#AWSManagedRulesCommonRuleSet", "GenericLFI_URIPATH", "/../../etc/passwd", ""),
        ("AWS#AWSManagedRulesAmazonIpReputationList", "AWSManagedIPReputationList", "/login", ""),
    ]
    groups = [{"ruleGroupId": g, "terminatingRule": None, "nonTerminatingMatchingRules": [], "excludedRules": None}
              for g in ["AWS#AWSManagedRulesAmazonIpReputationList", "AWS#AWSManagedRulesCommonRuleSet",
                        "AWS#AWSManagedRulesKnownBadInputsRuleSet", "AWS#AWSManagedRulesSQLiRuleSet"]]
    agents = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 Version/18.0 Safari/605.1.15",
              "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
              "sqlmap/1.8.2#stable (https://sqlmap.org)", "curl/8.5.0"]
    with gzip.GzipFile(out, "wb", compresslevel=6, mtime=0) as gz:
        lines = []
        for n in range(requests):
            acl = acls[r.randrange(3)]
            ip = "%d.%d.%d.%d" % (r.choice([198, 203, 192]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            blocked = r.random() < 0.08
            uri, args, rule_groups, term, ttype, action = "/products/%d" % r.randint(1, 5000), "", groups, \
                "Default_Action", "REGULAR", "ALLOW"
            if blocked:
                group, rule, uri, args = attacks[r.randrange(len(attacks))]
                rule_groups = [dict(g) for g in groups]
                for g in rule_groups:
                    if g["ruleGroupId"] == group:
                        g["terminatingRule"] = {"ruleId": rule, "action": "BLOCK", "ruleMatchDetails": None}
                term, ttype, action = group.split("#")[1], "MANAGED_RULE_GROUP", "BLOCK"
            record = {
                "timestamp": 1793491200000 + n * 2500 + r.randint(0, 2499), "formatVersion": 1, "webaclId": acl,
                "terminatingRuleId": term, "terminatingRuleType": ttype, "action": action,
                "terminatingRuleMatchDetails": [], "httpSourceName": "ALB",
                "httpSourceId": acl.split(":")[4] + "-app/" + acl.split("/")[2] + "/" + hexid(r, 16),
                "ruleGroupList": rule_groups, "rateBasedRuleList": [], "nonTerminatingMatchingRules": [],
                "requestHeadersInserted": None, "responseCodeSent": None,
                "httpRequest": {"clientIp": ip, "country": r.choice(["GB", "US", "DE", "JP", "FR", "NL"]),
                                "headers": [{"name": "Host", "value": "shop.example.com"},
                                            {"name": "User-Agent", "value": agents[3 if blocked else r.randrange(2)]},
                                            {"name": "X-Forwarded-For", "value": ip}],
                                "uri": uri, "args": args, "httpVersion": "HTTP/2.0",
                                "httpMethod": "GET", "requestId": "1-%s-%s" % (hexid(r, 8), hexid(r, 24))},
                "labels": [],
            }
            lines.append(json.dumps(record, separators=(",", ":")))
            if len(lines) >= 4096:
                gz.write(("\n".join(lines) + "\n").encode())
                lines = []
        if lines:
            gz.write(("\n".join(lines) + "\n").encode())


def main(argv):
    seed = 1
    if "--seed" in argv:
        i = argv.index("--seed")
        seed = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if "--diverse" in argv:
        global DIVERSE
        DIVERSE = True
        argv = [a for a in argv if a != "--diverse"]
    if "--full" in argv:
        global FULL
        FULL = True
        argv = [a for a in argv if a != "--full"]
    if "--indent" in argv:
        i = argv.index("--indent")
        global STEP
        STEP = " " * int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    if argv and argv[0].isdigit():
        argv = ["asff"] + argv
    if len(argv) != 3 or argv[0] not in ("asff", "ocsf", "ecr", "waf"):
        sys.exit(__doc__)
    kind, count, out = argv[0], int(argv[1]), argv[2]
    if kind in ("asff", "ocsf"):
        write_findings(out, count, seed, kind == "ocsf")
    elif kind == "ecr":
        write_ecr(out, count, seed)
    else:
        write_waf(out, count, seed)


if __name__ == "__main__":
    main(sys.argv[1:])
