#!/usr/bin/env python3
"""Writes the importer test fixtures under Tests/ImportersTests/Fixtures/<family>/.

Small, hand-designed, fictional inputs: one file per shape the importers read (Security Hub
ASFF pages, bare arrays, EventBridge events, JSON Lines; OCSF from Prowler and Security Hub v2;
Inspector2 list-findings; ECR scans and scan events; WAF logs, web ACLs and sampled requests).
Field names follow the AWS API references and the tools' documented outputs; every id, account
(111122223333, 444455556666, 777788889999), digest and address is made up (documentation ranges
for IPs). No randomness: ids are hashes of fixed names, so every run writes the same bytes.

Run from anywhere:  python3 scripts/make-fixtures.py
The tests pin the designed values (counts, times, digests); change them together.
"""

import datetime
import gzip
import hashlib
import json
import os
import sys
import uuid

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "Tests", "ImportersTests", "Fixtures")

PROD, STAGING, DEV = "111122223333", "444455556666", "777788889999"
REGION = "eu-west-1"
NAMESPACE = uuid.UUID("6f1c2b0e-1d3a-4c55-9a7e-0b4f2d6c8e10")


def uid(name):
    """A stable UUID for a name."""
    return str(uuid.uuid5(NAMESPACE, name))


def hex32(name):
    """A stable 32-hex-digit id (Inspector finding ids)."""
    return hashlib.sha256(name.encode()).hexdigest()[:32]


def digest(name):
    """A stable image digest."""
    return "sha256:" + hashlib.sha256(("image:" + name).encode()).hexdigest()


def write(path, text):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    with open(full, "wb") as handle:
        handle.write(data)
    print(f"{path}: {len(data)} bytes")


def pretty(value):
    """The AWS CLI's JSON output: four-space indent, non-ASCII kept."""
    return json.dumps(value, indent=4, ensure_ascii=False) + "\n"


def line(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------------------------
# ASFF (Security Hub get-findings, EventBridge, third-party products)

SECURITYHUB_ARN = f"arn:aws:securityhub:{REGION}::product/aws/securityhub"
FSBP = "aws-foundational-security-best-practices/v/1.0.0"


def control_finding(control, account, status, label, title, resource, updated, *, workflow="NEW",
                    record_state="ACTIVE", created="2026-10-04T07:41:12.310Z", consolidated=True,
                    product_name="Security Hub", resources=None, note=None, tags=None):
    """A Security Hub control finding, consolidated (security-control/...) or per standard."""
    if consolidated:
        finding_id = f"arn:aws:securityhub:{REGION}:{account}:security-control/{control}/finding/{uid(control + account + resource[1])}"
        generator = f"security-control/{control}"
    else:
        finding_id = f"arn:aws:securityhub:{REGION}:{account}:subscription/{FSBP}/{control}/finding/{uid(control + account + resource[1])}"
        generator = f"{FSBP}/{control}"
    normalized = {"INFORMATIONAL": 0, "LOW": 1, "MEDIUM": 40, "HIGH": 70, "CRITICAL": 90}[label]
    product_fields = {
        "RelatedAWSResources:0/name": f"securityhub-{control.lower().replace('.', '-')}-{hex32(control)[:8]}",
        "RelatedAWSResources:0/type": "AWS::Config::ConfigRule",
        "aws/securityhub/ProductName": "Security Hub",
        "aws/securityhub/CompanyName": "AWS",
        "Resources:0/Id": resource[1],
        "aws/securityhub/FindingId": f"{SECURITYHUB_ARN}/{finding_id}",
    }
    if not consolidated:
        product_fields = {
            "StandardsArn": f"arn:aws:securityhub:::standards/{FSBP}",
            "StandardsSubscriptionArn": f"arn:aws:securityhub:{REGION}:{account}:subscription/{FSBP}",
            "ControlId": control,
            "RecommendationUrl": f"https://docs.aws.amazon.com/console/securityhub/{control}/remediation",
            **product_fields,
        }
    resource_blocks = resources or [{"Type": resource[0], "Id": resource[1], "Partition": "aws", "Region": REGION}]
    if tags:
        resource_blocks[0]["Tags"] = tags
    finding = {
        "SchemaVersion": "2018-10-08",
        "Id": finding_id,
        "ProductArn": SECURITYHUB_ARN,
        "ProductName": product_name,
        "CompanyName": "AWS",
        "Region": REGION,
        "GeneratorId": generator,
        "AwsAccountId": account,
        "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
        "FirstObservedAt": created,
        "LastObservedAt": updated,
        "CreatedAt": created,
        "UpdatedAt": updated,
        "Severity": {"Label": label, "Normalized": normalized, "Original": label},
        "Title": title,
        "Description": f"This control checks: {title.lower()}.",
        "Remediation": {
            "Recommendation": {
                "Text": "For information on how to correct this issue, consult the AWS Security Hub controls documentation.",
                "Url": f"https://docs.aws.amazon.com/console/securityhub/{control}/remediation",
            }
        },
        "ProductFields": product_fields,
        "Resources": resource_blocks,
        "Compliance": {"Status": status},
        "WorkflowState": "NEW",
        "Workflow": {"Status": workflow},
        "RecordState": record_state,
        "FindingProviderFields": {
            "Severity": {"Label": label, "Original": label},
            "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
        },
        "ProcessedAt": updated,
    }
    if consolidated:
        finding["Compliance"] = {
            "Status": status,
            "SecurityControlId": control,
            "AssociatedStandards": [{"StandardsId": f"standards/{FSBP}"}],
        }
    if note:
        finding["Note"] = note
    return finding


def asff_get_findings():
    page_1 = [
        control_finding("S3.8", PROD, "FAILED", "HIGH", "S3 general purpose buckets should block public access",
                        ("AwsS3Bucket", "arn:aws:s3:::shop-prod-exports"), "2026-11-27T06:12:40.118Z",
                        tags={"team": "data", "environment": "prod", "Name": "shop-prod-exports"}),
        control_finding("IAM.6", PROD, "FAILED", "CRITICAL", "Hardware MFA should be enabled for the root user",
                        ("AwsAccount", f"AWS::::Account:{PROD}"), "2026-11-28T02:03:19.772Z", workflow="NOTIFIED",
                        note={"Text": "Virtual MFA on purpose, see RA-2026-001 <risk-acceptances.yml>",
                              "UpdatedBy": f"arn:aws:iam::{PROD}:user/security-lead",
                              "UpdatedAt": "2026-11-02T09:30:00.000Z"}),
        control_finding("EC2.19", PROD, "FAILED", "CRITICAL",
                        "Security groups should not allow unrestricted access to ports with high risk",
                        ("AwsEc2SecurityGroup", f"arn:aws:ec2:{REGION}:{PROD}:security-group/sg-0a1b2c3d4e5f60718"),
                        "2026-11-29T21:44:05.009Z", created="2026-11-12T16:20:51.204Z"),
    ]
    page_2 = [
        control_finding("S3.8", PROD, "PASSED", "INFORMATIONAL", "S3 general purpose buckets should block public access",
                        ("AwsS3Bucket", "arn:aws:s3:::shop-prod-assets"), "2026-11-27T06:12:41.530Z",
                        workflow="RESOLVED"),
        control_finding("KMS.4", STAGING, "FAILED", "MEDIUM", "AWS KMS key rotation should be enabled",
                        ("AwsKmsKey", f"arn:aws:kms:{REGION}:{STAGING}:key/{uid('kms-staging')}"),
                        "2026-11-25T11:58:33.901Z", workflow="SUPPRESSED"),
    ]
    write("asff/get-findings-page-1.json",
          pretty({"Findings": page_1, "NextToken": "eyJOZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAzfQ=="}))
    write("asff/get-findings-page-2.json", pretty({"Findings": page_2}))


def inspector_asff(cve, package, version, fixed, label, score, resource, updated, *, account=PROD, name=None):
    """An Amazon Inspector finding as Security Hub shows it (ASFF)."""
    finding_arn = f"arn:aws:inspector2:{REGION}:{account}:finding/{hex32(cve + resource[1])}"
    finding = {
        "SchemaVersion": "2018-10-08",
        "Id": finding_arn,
        "ProductArn": f"arn:aws:securityhub:{REGION}::product/aws/inspector",
        "ProductName": "Inspector",
        "CompanyName": "Amazon",
        "Region": REGION,
        "GeneratorId": "AWSInspector",
        "AwsAccountId": account,
        "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"],
        "FirstObservedAt": "2026-10-19T08:14:09Z",
        "LastObservedAt": updated,
        "CreatedAt": "2026-10-19T08:14:09Z",
        "UpdatedAt": updated,
        "Severity": {"Label": label, "Normalized": {"LOW": 1, "MEDIUM": 40, "HIGH": 70, "CRITICAL": 90}[label]},
        "Title": f"{cve} - {package}",
        "Description": f"A flaw in {package} before {fixed} allows a remote attacker to cause a denial of service.",
        "Remediation": {"Recommendation": {"Text": f"Upgrade {package} to {fixed}"}},
        "ProductFields": {
            "aws/inspector/FindingStatus": "ACTIVE",
            "aws/inspector/inspectorScore": str(score),
            "aws/inspector/ProductVersion": "2",
            "aws/securityhub/FindingId": f"arn:aws:securityhub:{REGION}::product/aws/inspector/{finding_arn}",
            "aws/securityhub/ProductName": "Inspector",
            "aws/securityhub/CompanyName": "Amazon",
        },
        "Resources": [{"Type": resource[0], "Id": resource[1], "Partition": "aws", "Region": REGION}],
        "WorkflowState": "NEW",
        "Workflow": {"Status": "NEW"},
        "RecordState": "ACTIVE",
        "Vulnerabilities": [
            {
                "Id": cve,
                "VulnerablePackages": [{"Name": package, "Version": version, "PackageManager": "OS",
                                        "FixedInVersion": fixed, "Remediation": f"apt-get install {package}"}],
                "Cvss": [{"Version": "3.1", "BaseScore": score, "Source": "NVD"}],
                "Vendor": {"Name": "NVD", "Url": f"https://nvd.nist.gov/vuln/detail/{cve}"},
                "FixAvailable": "YES",
                "ExploitAvailable": "NO",
            }
        ],
    }
    if name:
        finding["Resources"][0]["Tags"] = {"Name": name}
    return finding


def asff_inspector_array():
    image = f"arn:aws:ecr:{REGION}:{PROD}:repository/shop/api/{digest('shop/api:2026.11.2')}"
    findings = [
        inspector_asff("CVE-2024-45490", "expat", "2.5.0-1", "2.5.0-1+deb12u1", "CRITICAL", 9.8,
                       ("AwsEcrContainerImage", image), "2026-11-26T03:10:44Z"),
        inspector_asff("CVE-2023-44487", "nghttp2", "1.52.0-1", "1.52.0-1+deb12u1", "HIGH", 7.5,
                       ("AwsEc2Instance", f"arn:aws:ec2:{REGION}:{PROD}:instance/i-0f3e2d1c0b9a87654"),
                       "2026-11-27T14:51:02Z", name="shop-prod-worker-1"),
        inspector_asff("CVE-2023-5678", "openssl", "3.0.11-1", "3.0.13-1~deb12u1", "MEDIUM", 5.3,
                       ("AwsLambdaFunction", f"arn:aws:lambda:{REGION}:{PROD}:function:shop-prod-thumbnails"),
                       "2026-11-24T22:05:17Z"),
    ]
    write("asff/inspector-findings-array.json", pretty(findings))


def eventbridge(detail_type, account, time, resources, detail):
    return {
        "version": "0",
        "id": uid(detail_type + time),
        "detail-type": detail_type,
        "source": "aws.securityhub",
        "account": account,
        "time": time,
        "region": REGION,
        "resources": resources,
        "detail": detail,
    }


def asff_events():
    ec2_7 = control_finding("EC2.7", DEV, "FAILED", "MEDIUM", "EBS default encryption should be enabled",
                            ("AwsAccount", f"AWS::::Account:{DEV}"), "2026-11-18T05:22:10.441Z", consolidated=False)
    write("asff/event-imported.json", pretty(eventbridge(
        "Security Hub Findings - Imported", DEV, "2026-11-18T05:22:14Z", [f"{SECURITYHUB_ARN}/{ec2_7['Id']}"],
        {"findings": [ec2_7]})))

    cis = "cis-aws-foundations-benchmark/v/1.2.0"

    def cis_rule(rule, status, workflow, label, title, updated, reasons=None):
        finding_id = f"arn:aws:securityhub:{REGION}:{STAGING}:subscription/{cis}/{rule}/finding/{uid('cis' + rule)}"
        finding = {
            "SchemaVersion": "2018-10-08",
            "Id": finding_id,
            "ProductArn": SECURITYHUB_ARN,
            "GeneratorId": f"arn:aws:securityhub:::ruleset/{cis}/rule/{rule}",
            "AwsAccountId": STAGING,
            "Types": ["Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark"],
            "FirstObservedAt": "2026-09-08T03:39:36.463Z",
            "LastObservedAt": updated,
            "CreatedAt": "2026-09-08T03:39:36.463Z",
            "UpdatedAt": updated,
            "Severity": {"Product": 40, "Label": label, "Normalized": 40, "Original": label},
            "Title": f"{rule} {title}",
            "Description": f"{title}.",
            "Remediation": {"Recommendation": {
                "Text": "For directions on how to fix this issue, please consult the AWS Security Hub CIS documentation.",
                "Url": f"https://docs.aws.amazon.com/console/securityhub/standards-cis-{rule}/remediation"}},
            "ProductFields": {
                "StandardsGuideArn": f"arn:aws:securityhub:::ruleset/{cis}",
                "StandardsGuideSubscriptionArn": f"arn:aws:securityhub:{REGION}:{STAGING}:subscription/{cis}",
                "RuleId": rule,
                "StandardsControlArn": f"arn:aws:securityhub:{REGION}:{STAGING}:control/{cis}/{rule}",
                "aws/securityhub/ProductName": "Security Hub",
                "aws/securityhub/CompanyName": "AWS",
                "aws/securityhub/FindingId": f"{SECURITYHUB_ARN}/{finding_id}",
            },
            "Resources": [{"Type": "AwsAccount", "Id": f"AWS::::Account:{STAGING}", "Partition": "aws",
                           "Region": REGION}],
            "Compliance": {"Status": status},
            "WorkflowState": workflow,
            "Workflow": {"Status": workflow},
            "RecordState": "ACTIVE",
        }
        if reasons:
            finding["Compliance"]["StatusReasons"] = reasons
        return finding

    findings = [
        cis_rule("1.6", "WARNING", "NEW", "MEDIUM", "Ensure IAM password policy requires at least one lowercase letter",
                 "2026-11-16T16:00:52.989Z",
                 [{"ReasonCode": "CONFIG_ACCESS_DENIED",
                   "Description": "Unable to describe the supporting AWS Config Rule, Please verify that you have enabled AWS Config."}]),
        cis_rule("1.7", "PASSED", "RESOLVED", "INFORMATIONAL", "Ensure IAM password policy requires at least one symbol",
                 "2026-11-16T16:00:53.120Z"),
        cis_rule("1.9", "FAILED", "NEW", "MEDIUM",
                 "Ensure IAM password policy requires minimum password length of 14 or greater",
                 "2026-11-16T16:00:53.447Z"),
    ]
    findings[1]["Severity"] = {"Product": 0, "Label": "INFORMATIONAL", "Normalized": 0, "Original": "INFORMATIONAL"}
    write("asff/event-custom-action-multi-select.json", pretty(eventbridge(
        "Security Hub Findings - Custom Action", STAGING, "2026-11-16T17:26:55Z",
        [f"arn:aws:securityhub:{REGION}:{STAGING}:action/custom/open-ticket"],
        {"actionName": "open-ticket", "actionDescription": "Open a ticket for the selected findings",
         "findings": findings})))

    archived = control_finding("EC2.8", STAGING, "FAILED", "HIGH",
                               "EC2 instances should use Instance Metadata Service Version 2 (IMDSv2)",
                               ("AwsEc2Instance", f"arn:aws:ec2:{REGION}:{STAGING}:instance/i-0a9b8c7d6e5f43210"),
                               "2026-11-09T18:33:38.017Z", workflow="NOTIFIED", record_state="ARCHIVED",
                               consolidated=False)
    write("asff/event-imported-archived.json", pretty(eventbridge(
        "Security Hub Findings - Imported", STAGING, "2026-11-09T18:33:41Z", [f"{SECURITYHUB_ARN}/{archived['Id']}"],
        {"findings": [archived]})))


def asff_guardduty():
    arn = f"arn:aws:securityhub:{REGION}::product/aws/guardduty"

    def gd(kind, detector_finding, label, normalized, original, title, resource, tags, updated, sample=False):
        finding_id = f"arn:aws:guardduty:{REGION}:{PROD}:detector/{hex32('detector')}/finding/{hex32(detector_finding)}"
        finding = {
            "SchemaVersion": "2018-10-08",
            "Id": finding_id,
            "ProductArn": arn,
            "GeneratorId": f"arn:aws:guardduty:{REGION}:{PROD}:detector/{hex32('detector')}",
            "AwsAccountId": PROD,
            "Types": [kind],
            "FirstObservedAt": "2026-11-20T01:12:03.000Z",
            "LastObservedAt": updated,
            "CreatedAt": "2026-11-20T01:18:40.316Z",
            "UpdatedAt": updated,
            "Severity": {"Product": float(original), "Label": label, "Normalized": normalized, "Original": original},
            "Title": title,
            "Description": f"{title}.",
            "SourceUrl": f"https://{REGION}.console.aws.amazon.com/guardduty/home?region={REGION}#/findings",
            "ProductFields": {
                "aws/guardduty/service/archived": "false",
                "aws/guardduty/service/count": "3",
                "aws/guardduty/service/detectorId": hex32("detector"),
                "aws/guardduty/service/serviceName": "guardduty",
                "aws/securityhub/FindingId": f"{arn}/{finding_id}",
            },
            "Resources": [dict(resource, Tags=tags)],
            "WorkflowState": "NEW",
            "Workflow": {"Status": "NEW"},
            "RecordState": "ACTIVE",
            "Sample": sample,
        }
        if label is None:
            del finding["Severity"]["Label"]
        return finding

    findings = [
        gd("TTPs/Command and Control/UnauthorizedAccess:EC2-TorClient", "tor-client", "HIGH", 80, "8",
           "The EC2 instance i-0f3e2d1c0b9a87654 is communicating with Tor Entry node.",
           {"Type": "AwsEc2Instance", "Id": f"arn:aws:ec2:{REGION}:{PROD}:instance/i-0f3e2d1c0b9a87654",
            "Partition": "aws", "Region": REGION},
           {"Name": "shop-prod-worker-1", "Environment": "prod", "CostCenter": "cc-4711",
            "aws:autoscaling:groupName": "shop-prod-workers"}, "2026-11-21T09:41:17.828Z"),
        gd("Unusual Behaviors/User/Persistence:IAMUser-NetworkPermissions", "iamuser-network", "MEDIUM", 50, "5",
           "APIs commonly used to change network access permissions were invoked by IAM entity ci-deployer.",
           {"Type": "AwsIamAccessKey", "Id": "AKIAI44QH8DHBEXAMPLE", "Partition": "aws", "Region": REGION},
           {"team": "platform", "Owner": "ops"}, "2026-11-22T12:00:31.145Z"),
        gd("Software and Configuration Checks/AWS Security Best Practices/Policy:S3-BucketBlockPublicAccessDisabled",
           "s3-bpa-disabled", None, 20, "2", "Amazon S3 Block Public Access was disabled for S3 bucket shop-prod-exports.",
           {"Type": "AwsS3Bucket", "Id": "arn:aws:s3:::shop-prod-exports", "Partition": "aws", "Region": REGION},
           {"zone": "b", "Application": "exports"}, "2026-11-23T04:17:55.610Z", sample=True),
    ]
    write("asff/guardduty-findings.json", pretty({"Findings": findings}))


def asff_missing_account():
    finding = inspector_asff("CVE-2024-6345", "setuptools", "68.0.0", "70.0.0", "HIGH", 8.8,
                             ("AwsEc2Instance", f"arn:aws:ec2:{REGION}:{DEV}:instance/i-03c4d5e6f7a8b9c0d"),
                             "2026-11-19T05:16:44.106Z", account=DEV)
    del finding["AwsAccountId"]
    finding = {"EpssScore": "0.00239", **finding}
    finding["Severity"] = {"Label": "HIGH", "Normalized": 70}
    write("asff/missing-account-id.json", pretty({"findings": [finding]}))


def asff_trivy():
    image = "shop/web:2026.11.3 (debian 12.7)"

    def trivy(cve, package, installed, patched, label, timestamp, score):
        return {
            "SchemaVersion": "2018-10-08",
            "Id": f"{image}/{cve}",
            "ProductArn": f"arn:aws:securityhub:{REGION}::product/aquasecurity/aquasecurity",
            "GeneratorId": "Trivy",
            "AwsAccountId": PROD,
            "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"],
            "CreatedAt": timestamp,
            "UpdatedAt": timestamp,
            "Severity": {"Label": label},
            "Title": f"Trivy found a vulnerability to {cve} in container {image}",
            "Description": f"{package} before {patched} mishandles crafted input &#39;\\0&#39; (see {cve}).",
            "Remediation": {"Recommendation": {
                "Text": "More information on this vulnerability is provided in the hyperlink",
                "Url": f"https://avd.aquasec.com/nvd/{cve.lower()}"}},
            "ProductFields": {"Product Name": "Trivy"},
            "Resources": [{
                "Type": "Container", "Id": image, "Partition": "aws", "Region": REGION,
                "Details": {
                    "Container": {"ImageName": image},
                    "Other": {"CVE ID": cve, "CVE Title": "", "PkgName": package, "Installed Package": installed,
                              "Patched Package": patched, "NvdCvssScoreV3": score},
                },
            }],
            "RecordState": "ACTIVE",
        }

    # Three scans of one image pushed to Security Hub; the same Id comes back with newer UpdatedAt.
    # The 2026-11-04 scan (+01:00) re-rated CVE-2023-44487; the last record in the file is the oldest copy.
    records = [
        trivy("CVE-2024-45490", "expat", "2.5.0-1", "2.5.0-1+deb12u1", "CRITICAL", "2026-11-03T09:15:27.4183-05:00", "9.8"),
        trivy("CVE-2023-44487", "nghttp2", "1.52.0-1", "1.52.0-1+deb12u1", "MEDIUM", "2026-11-03T09:15:27.41838-05:00", "5.3"),
        trivy("CVE-2023-52425", "expat", "2.5.0-1", "2.5.0-1+deb12u1", "HIGH", "2026-11-03T09:15:27.418391-05:00", "7.5"),
        trivy("CVE-2023-5678", "openssl", "3.0.11-1", "3.0.13-1~deb12u1", "LOW", "2026-11-03T09:15:27.4184-05:00", "3.7"),
        trivy("CVE-2023-44487", "nghttp2", "1.52.0-1", "1.52.0-1+deb12u1", "HIGH", "2026-11-04T15:40:02.918273+01:00", "7.5"),
        trivy("CVE-2024-45490", "expat", "2.5.0-1", "2.5.0-1+deb12u1", "CRITICAL", "2026-11-04T15:40:02.9183+01:00", "9.8"),
        trivy("CVE-2023-44487", "nghttp2", "1.52.0-1", "1.52.0-1+deb12u1", "MEDIUM", "2026-11-02T10:01:55.1234-05:00", "5.3"),
    ]
    write("asff/trivy-image-duplicates.json", pretty({"Findings": records}))


def asff_prowler():
    def prowler(check, number, status, label, title, description, resource):
        return {
            "SchemaVersion": "2018-10-08",
            "Id": f"prowler-{number}-{PROD}-{REGION}-{description.replace(' ', '_')[:60]}",
            "ProductArn": f"arn:aws:securityhub:{REGION}::product/prowler/prowler",
            "RecordState": "ACTIVE",
            "ProductFields": {"ProviderName": "Prowler", "ProviderVersion": "2.12.1"},
            "GeneratorId": f"prowler-{check}",
            "AwsAccountId": PROD,
            "Types": ["Software and Configuration Checks"],
            "FirstObservedAt": "2026-11-15T23:07:02Z",
            "UpdatedAt": "2026-11-15T23:07:02Z",
            "CreatedAt": "2026-11-15T23:07:02Z",
            "Severity": {"Label": label},
            "Title": f"[{check}] {title}",
            "Description": description,
            "Resources": [{"Type": resource[0], "Id": resource[1], "Partition": "aws", "Region": REGION}],
            "Compliance": {"Status": status, "RelatedRequirements": ["CIS 1.4"]},
        }

    lines = [
        prowler("check11", "1.1", "FAILED", "HIGH", "Avoid the use of the root account (Scored)",
                "Root user in the account was last accessed 2 days ago", ("AwsAccount", f"AWS::::Account:{PROD}")),
        prowler("check12", "1.2", "FAILED", "HIGH",
                "Ensure multi-factor authentication (MFA) is enabled for all IAM users that have a console password (Scored)",
                "User ci-deployer has Password enabled but MFA disabled",
                ("AwsIamUser", f"arn:aws:iam::{PROD}:user/ci-deployer")),
        prowler("check13", "1.3", "PASSED", "MEDIUM", "Ensure credentials unused for 90 days or greater are disabled (Scored)",
                "No users found with credentials unused in the last 90 days", ("AwsAccount", f"AWS::::Account:{PROD}")),
    ]
    write("asff/prowler-v2.asff-json", "".join(line(value) + "\n" for value in lines))


def asff_workflow_vs_state():
    finding = control_finding("PCI.S3.1", PROD, "PASSED", "INFORMATIONAL", "S3 buckets should prohibit public write access",
                              ("AwsS3Bucket", "arn:aws:s3:::shop-prod-access-logs"), "2026-11-22T15:22:34.224Z",
                              workflow="RESOLVED", consolidated=False)
    finding["Id"] = finding["Id"].replace(FSBP, "pci-dss/v/3.2.1")
    finding["GeneratorId"] = "pci-dss/v/3.2.1/PCI.S3.1"
    finding["ProductFields"]["StandardsArn"] = "arn:aws:securityhub:::standards/pci-dss/v/3.2.1"
    finding["ProductFields"]["StandardsSubscriptionArn"] = f"arn:aws:securityhub:{REGION}:{PROD}:subscription/pci-dss/v/3.2.1"
    finding["Types"] = ["Effects/Data Exposure/PCI-DSS"]
    finding["WorkflowState"] = "NEW"  # deprecated; Workflow.Status says RESOLVED
    write("asff/workflow-status-over-state.json", pretty(finding))


def asff_config_multi():
    first = control_finding(
        "EC2.2", PROD, "FAILED", "HIGH", "VPC default security groups should not allow inbound or outbound traffic",
        ("AwsEc2SecurityGroup", f"arn:aws:ec2:{REGION}:{PROD}:security-group/sg-0fff2222bbbb1111a"),
        "2026-11-09T10:15:00.000Z", consolidated=False,
        resources=[
            {"Type": "AwsEc2SecurityGroup", "Id": f"arn:aws:ec2:{REGION}:{PROD}:security-group/sg-0fff2222bbbb1111a",
             "Partition": "aws", "Region": REGION},
            {"Type": "AwsEc2SecurityGroup", "Id": f"arn:aws:ec2:{REGION}:{PROD}:security-group/sg-0aaa1111cccc2222b",
             "Partition": "aws", "Region": REGION},
            {"Type": "AwsEc2Vpc", "Id": f"arn:aws:ec2:{REGION}:{PROD}:vpc/vpc-0bbb3333dddd4444c", "Partition": "aws",
             "Region": REGION},
        ])
    second = control_finding("S3.5", STAGING, "FAILED", "MEDIUM", "S3 general purpose buckets should require requests to use SSL",
                             ("AwsS3Bucket", "arn:aws:s3:::shop-staging-exports"), "2026-11-10T08:02:11.000Z",
                             consolidated=False, product_name="Config")
    write("asff/config-multiple-resources.json", pretty({"findings": [first, second]}))


# ---------------------------------------------------------------------------------------------
# OCSF (Prowler 4 and 5, Security Hub v2 JSON Lines)

def prowler_ocsf(check, service, status_code, status, severity_id, title, resource_arn, created, *,
                 ocsf_version="1.4.0", prowler_version="5.1.2", time=None, muted=False):
    severity = {1: "Informational", 2: "Low", 3: "Medium", 4: "High", 5: "Critical"}[severity_id]
    resource_name = resource_arn.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    record = {
        "message": f"{title}: {status_code} for {resource_name}.",
        "metadata": {
            "event_code": check,
            "product": {"name": "Prowler", "uid": "prowler", "vendor_name": "Prowler", "version": prowler_version},
            "profiles": ["cloud", "datetime"],
            "tenant_uid": "",
            "version": ocsf_version,
        },
        "severity_id": severity_id,
        "severity": severity,
        "status": status,
        "status_code": status_code,
        "status_detail": f"{title}: {status_code} for {resource_name}.",
        "status_id": {"New": 1, "Suppressed": 3}[status],
        "unmapped": {"related_url": "", "categories": [], "compliance": {"CIS-3.0": ["1.20"]}},
        "activity_name": "Create",
        "activity_id": 1,
        "finding_info": {
            "created_time": created,
            "desc": title,
            "product_uid": "prowler",
            "title": title,
            "types": [service.upper()],
            "uid": f"prowler-aws-{check}-{PROD}-{REGION}-{resource_name}",
        },
        "resources": [{
            "cloud_partition": "aws", "region": REGION, "data": {"details": ""}, "group": {"name": service},
            "labels": [], "name": resource_name, "type": "Other", "uid": resource_arn,
        }],
        "category_name": "Findings",
        "category_uid": 2,
        "class_name": "Detection Finding",
        "class_uid": 2004,
        "cloud": {"account": {"name": "shop-prod", "type": "AWS Account", "type_id": 10, "uid": PROD, "labels": []},
                  "org": {"name": "", "uid": ""}, "provider": "aws", "region": REGION},
        "remediation": {"desc": f"Fix {check}.", "references": [
            f"aws {service} help", f"https://docs.aws.amazon.com/{service}/latest/userguide/"]},
        "risk_details": f"Without {check} an attacker may go unnoticed.",
        "type_uid": 200401,
        "type_name": "Detection Finding: Create",
    }
    if muted:
        record["unmapped"]["muted"] = True
    if time is not None:
        record["time"] = time
        record["time_dt"] = created_dt(time)
        record["finding_info"]["created_time_dt"] = created_dt(created)
    return record


def created_dt(epoch):
    """Prowler's naive `*_dt` text (UTC written without a zone, microseconds)."""
    moment = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def ocsf_prowler():
    # Prowler 4 (OCSF 1.2.0): finding_info.created_time is an ISO string; one finding muted (Suppressed).
    four = [
        prowler_ocsf("iam_root_hardware_mfa_enabled", "iam", "FAIL", "New", 5,
                     "Ensure hardware MFA is enabled for the root account", f"arn:aws:iam::{PROD}:root",
                     "2026-11-05T06:12:44.381275", ocsf_version="1.2.0", prowler_version="4.2.1"),
        prowler_ocsf("s3_bucket_level_public_access_block", "s3", "FAIL", "Suppressed", 4,
                     "Check S3 Bucket Level Public Access Block", "arn:aws:s3:::shop-prod-exports",
                     "2026-11-05T06:12:45.002119", ocsf_version="1.2.0", prowler_version="4.2.1", muted=True),
        prowler_ocsf("ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_mysql_3306", "ec2", "FAIL", "New", 4,
                     "Ensure no security groups allow ingress from 0.0.0.0/0 or ::/0 to MySQL port 3306",
                     f"arn:aws:ec2:{REGION}:{PROD}:security-group/sg-0a1b2c3d4e5f60718",
                     "2026-11-05T06:12:47.930561", ocsf_version="1.2.0", prowler_version="4.2.1"),
    ]
    write("ocsf/prowler-4-muted.ocsf.json", pretty(four))

    # Prowler 5 (OCSF 1.4.0): epoch-second created_time and time; MANUAL checks; the MANUAL check
    # appears twice (two runs appended to one file) and the later run wins.
    five = [
        prowler_ocsf("accessanalyzer_enabled", "accessanalyzer", "FAIL", "New", 2,
                     "Check if IAM Access Analyzer is enabled", f"arn:aws:accessanalyzer:{REGION}:{PROD}:analyzer/unknown",
                     1795928823, time=1795928823),
        prowler_ocsf("account_security_questions_are_registered_in_the_aws_account", "account", "MANUAL", "New", 3,
                     "Ensure security questions are registered in the AWS account", f"arn:aws:iam::{PROD}:root",
                     1795928824, time=1795928824),
        prowler_ocsf("iam_password_policy_minimum_length_14", "iam", "PASS", "New", 3,
                     "Ensure IAM password policy requires minimum length of 14 or greater",
                     f"arn:aws:iam:{REGION}:{PROD}:password-policy", 1795928825, time=1795928825),
        prowler_ocsf("account_security_questions_are_registered_in_the_aws_account", "account", "MANUAL", "New", 3,
                     "Ensure security questions are registered in the AWS account", f"arn:aws:iam::{PROD}:root",
                     1795842424, time=1795842424),
    ]
    write("ocsf/prowler-5-manual.ocsf.json", pretty(five))
    write("ocsf/prowler-empty.ocsf.json", "[]")


def ms_dt(ms):
    """Security Hub v2's `*_dt` text for an epoch-millisecond time."""
    moment = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z"


def ocsf_securityhub_v2():
    product = {"name": "Security Hub", "uid": f"arn:aws:securityhub:{REGION}::productv2/aws/securityhub",
               "vendor_name": "AWS"}

    def compliance(control, status, workflow, severity_id, title, resource, times):
        created, first, modified = times
        record = {
            "activity_id": 1 if workflow == "New" else 2,
            "activity_name": "Create" if workflow == "New" else "Update",
            "category_name": "Findings",
            "category_uid": 2,
            "class_name": "Compliance Finding",
            "class_uid": 2003,
            "cloud": {"account": {"uid": PROD}, "provider": "AWS", "region": REGION},
            "compliance": {"control": control, "standards": [f"standards/{FSBP}"], "status": status,
                           "status_id": {"Pass": 1, "Fail": 3}[status]},
            "finding_info": {
                "analytic": {"category": "AWS::Config::ConfigRule",
                             "name": f"securityhub-{control.lower().replace('.', '-')}-{hex32(control)[:8]}",
                             "type": "Rule", "type_id": 1},
                "created_time": created, "created_time_dt": ms_dt(created),
                "desc": f"This control checks whether {title[0].lower()}{title[1:]}.",
                "first_seen_time": first, "first_seen_time_dt": ms_dt(first),
                "last_seen_time": first, "last_seen_time_dt": ms_dt(first),
                "modified_time": modified, "modified_time_dt": ms_dt(modified),
                "title": title,
                "types": ["Software and Configuration Checks/Industry and Regulatory Standards", "Posture Management"],
                "uid": f"arn:aws:securityhub:{REGION}:{PROD}:security-control/{control}/finding/{uid('v2' + control)}",
            },
            "metadata": {"product": product, "profiles": ["cloud", "datetime"],
                         "uid": hashlib.sha256(("v2" + control).encode()).hexdigest()[:56], "version": "1.5.0"},
            "remediation": {"desc": "For information on how to correct this issue, consult the AWS Security Hub controls documentation.",
                            "references": [f"https://docs.aws.amazon.com/console/securityhub/{control}/remediation"]},
            "resources": [{"cloud_partition": "aws", "owner": {"account": {"uid": PROD}}, "region": REGION,
                           "type": resource[0], "uid": resource[1]}],
            "severity": {1: "Informational", 2: "Low", 3: "Medium", 4: "High", 5: "Critical"}[severity_id],
            "severity_id": severity_id,
            "status": workflow,
            "status_id": {"New": 1, "Resolved": 4}[workflow],
            "time": modified, "time_dt": ms_dt(modified),
            "type_name": "Compliance Finding: Create",
            "type_uid": 200301,
        }
        return record

    def vulnerability(cve, package, fixed, severity_id, resource, tags, times):
        created, first, modified = times
        arn = f"arn:aws:inspector2:{REGION}:{PROD}:finding/{hex32('v2' + cve + resource[1])}"
        return {
            "activity_id": 2, "activity_name": "Update", "category_name": "Findings", "category_uid": 2,
            "class_name": "Vulnerability Finding", "class_uid": 2002,
            "cloud": {"account": {"type": "AWS Account", "type_id": 10, "uid": PROD}, "provider": "AWS",
                      "region": REGION},
            "finding_info": {
                "created_time": created, "created_time_dt": ms_dt(created),
                "desc": f"{package} before {fixed} lets a remote peer exhaust the server’s resources.",
                "first_seen_time": first, "first_seen_time_dt": ms_dt(first),
                "last_seen_time": modified, "last_seen_time_dt": ms_dt(modified),
                "modified_time": modified, "modified_time_dt": ms_dt(modified),
                "title": f"{cve} - {package}",
                "types": ["Software and Configuration Checks/Vulnerabilities/CVE", "Vulnerabilities"],
                "uid": arn,
            },
            "metadata": {"product": {"name": "Inspector",
                                     "uid": f"arn:aws:securityhub:{REGION}::productv2/aws/inspector",
                                     "vendor_name": "AWS"},
                         "profiles": ["cloud", "datetime"],
                         "uid": hashlib.sha256(arn.encode()).hexdigest()[:56], "version": "1.6.0"},
            "resources": [{"cloud_partition": "aws", "owner": {"account": {"uid": PROD}}, "region": REGION,
                           "tags": tags, "type": resource[0], "uid": resource[1]}],
            "severity": {3: "Medium", 4: "High"}[severity_id], "severity_id": severity_id,
            "status": "New", "status_id": 1,
            "time": modified, "time_dt": ms_dt(modified),
            "type_name": "Vulnerability Finding: Update", "type_uid": 200202,
            "vulnerabilities": [{
                "affected_packages": [{"epoch": 0, "fixed_in_version": fixed, "name": package,
                                       "package_manager": "OS", "version": "1.0"}],
                "cve": {"uid": cve, "cvss": [{"base_score": 7.5, "vendor_name": "NVD", "version": "3.1"}]},
                "fix_available": True, "is_exploit_available": False, "vendor_name": "NVD",
            }],
        }

    records = [
        compliance("SQS.3", "Pass", "Resolved", 1, "SQS queue access policies should not allow public access",
                   ("AWS::SQS::Queue", f"arn:aws:sqs:{REGION}:{PROD}:shop-prod-orders"),
                   (1795511839594, 1795511837503, 1795862239594)),
        compliance("S3.8", "Fail", "New", 4, "S3 general purpose buckets should block public access",
                   ("AWS::S3::Bucket", "arn:aws:s3:::shop-prod-exports"),
                   (1795511841002, 1795511840117, 1795948641002)),
        vulnerability("CVE-2023-44487", "nghttp2", "1.52.0-1+deb12u1", 4,
                      ("AWS::EC2::Instance", "i-0f3e2d1c0b9a87654"),
                      [{"name": "Name", "value": "shop-prod-worker-1"}, {"name": "aws:autoscaling:groupName",
                                                                          "value": "shop-prod-workers"}],
                      (1794987630345, 1794987630345, 1795904048631)),
        compliance("IAM.6", "Fail", "New", 5, "Hardware MFA should be enabled for the root user",
                   ("AWS::Account", f"AWS::::Account:{PROD}"), (1795511842770, 1795511842001, 1795948642770)),
        vulnerability("CVE-2024-6345", "setuptools", "70.0.0", 3,
                      ("AWS::Lambda::Function", f"arn:aws:lambda:{REGION}:{PROD}:function:shop-prod-thumbnails"),
                      [{"name": "service", "value": "thumbnails"}], (1795001230000, 1795001230000, 1795903999120)),
        compliance("KMS.4", "Pass", "Resolved", 1, "AWS KMS key rotation should be enabled",
                   ("AWS::KMS::Key", f"arn:aws:kms:{REGION}:{PROD}:key/{uid('kms-prod')}"),
                   (1795511843311, 1795511843000, 1795862243311)),
    ]
    write("ocsf/securityhub-v2-findings.jsonl", "".join(line(value) + "\n" for value in records))


# ---------------------------------------------------------------------------------------------
# Inspector2 list-findings

def inspector2(cve, package, version, fixed, severity, resource, times, *, kind="PACKAGE_VULNERABILITY",
               score=7.5, region=REGION, account=PROD, status="ACTIVE"):
    first, last = times
    arn = f"arn:aws:inspector2:{region}:{account}:finding/{hex32('i2' + cve + resource['id'])}"
    finding = {
        "awsAccountId": account,
        "description": f"{package} before {fixed} allows a remote attacker to cause a denial of service.",
        "epss": {"score": 0.00075},
        "exploitAvailable": "NO",
        "findingArn": arn,
        "firstObservedAt": first,
        "fixAvailable": "YES",
        "inspectorScore": score,
        "inspectorScoreDetails": {"adjustedCvss": {"adjustments": [], "cvssSource": "NVD", "score": score,
                                                   "scoreSource": "NVD", "version": "3.1"}},
        "lastObservedAt": last,
        "remediation": {"recommendation": {"text": "None Provided"}},
        "resources": [resource],
        "severity": severity,
        "status": status,
        "title": f"{cve} - {package}",
        "type": kind,
        "updatedAt": last,
    }
    if kind == "PACKAGE_VULNERABILITY":
        finding["packageVulnerabilityDetails"] = {
            "cvss": [{"baseScore": score, "scoringVector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
                      "source": "NVD", "version": "3.1"}],
            "referenceUrls": [f"https://nvd.nist.gov/vuln/detail/{cve}"],
            "relatedVulnerabilities": [],
            "source": "NVD",
            "sourceUrl": f"https://nvd.nist.gov/vuln/detail/{cve}",
            "vendorCreatedAt": "2025-10-30 00:16:19+01:00" if " " in first else "2025-10-30T00:16:19+01:00",
            "vendorSeverity": severity,
            "vulnerabilityId": cve,
            "vulnerablePackages": [{"arch": "X86_64", "epoch": 0, "fixedInVersion": fixed, "name": package,
                                    "packageManager": "PIP", "version": version}],
        }
    else:
        finding["codeVulnerabilityDetails"] = {
            "cwes": ["CWE-798"], "detectorId": "python/hardcoded-credentials@v1.0",
            "detectorName": "Hardcoded credentials", "filePath": {"fileName": "handler.py", "filePath": "handler.py",
                                                                   "startLine": 12, "endLine": 12},
            "ruleId": "python-hardcoded-credentials",
        }
        finding["title"] = "CWE-798 - Hardcoded credentials"
    return finding


def inspector2_files():
    image = {
        "details": {"awsEcrContainerImage": {
            "architecture": "amd64", "imageHash": digest("shop/api:2026.11.2"), "imageTags": ["2026.11.2"],
            "platform": "DEBIAN_12", "pushedAt": "2026-11-02T10:30:35+01:00", "registry": PROD,
            "repositoryName": "shop/api"}},
        "id": f"arn:aws:ecr:{REGION}:{PROD}:repository/shop/api/{digest('shop/api:2026.11.2')}",
        "partition": "aws", "region": REGION, "tags": {}, "type": "AWS_ECR_CONTAINER_IMAGE",
    }
    one = inspector2("CVE-2024-26130", "cryptography", "41.0.7", "42.0.4", "MEDIUM", image,
                     ("2026-10-02T16:30:33.045000+01:00", "2026-11-14T04:03:53.051000+02:00"), score=5.9)
    write("inspector2/list-findings-one.json", pretty({"findings": [one]}))

    function = {
        "type": "AWS_LAMBDA_FUNCTION",
        "id": f"arn:aws:lambda:{REGION}:{DEV}:function:shop-dev-image-resizer:$LATEST",
        "partition": "aws", "region": REGION,
        "tags": {"service": "image-resizer", "environment": "dev", "aws:cloudformation:stack-name": "shop-dev-images"},
        "details": {"awsLambdaFunction": {"functionName": "shop-dev-image-resizer", "runtime": "PYTHON_3_12",
                                          "version": "$LATEST", "packageType": "ZIP",
                                          "lastModifiedAt": "2026-11-18 12:38:52+01:00"}},
    }
    python = [
        inspector2("CVE-2024-6345", "setuptools", "68.0.0", "70.0.0", "HIGH", function,
                   ("2026-10-26 14:21:44.742000+01:00", "2026-11-27 22:38:57.161000+01:00"), account=DEV, score=8.8),
        inspector2("CVE-2024-35195", "requests", "2.31.0", "2.32.0", "MEDIUM", function,
                   ("2026-10-26 14:21:44.751000+01:00", "2026-11-27 22:38:57.170000+01:00"), account=DEV, score=5.6),
        inspector2("CVE-2024-37891", "urllib3", "2.0.7", "2.2.2", "UNTRIAGED", function,
                   ("2026-11-20 09:02:11+01:00", "2026-11-27 22:38:57.204000+01:00"), account=DEV, score=4.4),
        inspector2("CWE-798", "handler.py", "", "", "CRITICAL", function,
                   ("2026-11-19 08:00:00.5+01:00", "2026-11-27 22:39:01.003000+01:00"), kind="CODE_VULNERABILITY",
                   account=DEV, score=9.1),
    ]
    write("inspector2/list-findings-python-timestamps.json", pretty({"findings": python}))
    write("inspector2/list-findings-zero.json", pretty({"findings": []}))
    write("inspector2/list-findings-empty-object.json", "{}")


# ---------------------------------------------------------------------------------------------
# ECR: scan event, describe-image-scan-findings basic and enhanced

def ecr_files():
    event = {
        "version": "0",
        "id": uid("ecr-event"),
        "detail-type": "ECR Image Scan",
        "source": "aws.ecr",
        "account": PROD,
        "time": "2026-11-21T03:12:45Z",
        "region": REGION,
        "resources": [f"arn:aws:ecr:{REGION}:{PROD}:repository/shop/api"],
        "detail": {
            "scan-status": "COMPLETE",
            "repository-name": "shop/api",
            "finding-severity-counts": {"CRITICAL": 1, "HIGH": 4, "MEDIUM": 7, "LOW": 2, "INFORMATIONAL": 5,
                                        "UNDEFINED": 1},
            "image-digest": digest("shop/api:2026.11.2"),
            "image-tags": ["2026.11.2", "latest"],
        },
    }
    write("ecr/image-scan-event.json", pretty(event))

    def basic(name, package, version, severity, score=None, description=None):
        finding = {"name": name}
        if description:
            finding["description"] = description
        finding["uri"] = f"https://security-tracker.debian.org/tracker/{name}"
        finding["severity"] = severity
        attributes = [{"key": "package_version", "value": version}, {"key": "package_name", "value": package}]
        if score:
            attributes += [{"key": "CVSS3_SCORE", "value": score}]
        finding["attributes"] = attributes
        return finding

    findings = [
        basic("CVE-2024-45490", "expat", "2.5.0-1", "CRITICAL", "9.8"),
        basic("CVE-2023-52425", "expat", "2.5.0-1", "HIGH", "7.5"),
        basic("CVE-2023-44487", "nghttp2", "1.52.0-1", "HIGH", "7.5",
              "The HTTP/2 protocol allows a denial of service (Rapid Reset)."),
        basic("CVE-2023-5678", "openssl", "3.0.11-1", "MEDIUM", "5.3"),
        basic("CVE-2011-3374", "apt", "2.6.1", "UNDEFINED"),
    ]
    write("ecr/describe-image-scan-findings-basic.json", pretty({
        "registryId": PROD,
        "repositoryName": "shop/api",
        "imageId": {"imageDigest": digest("shop/api:2026.11.2"), "imageTag": "2026.11.2"},
        "imageScanStatus": {"status": "COMPLETE", "description": "The scan was completed successfully."},
        "imageScanFindings": {
            "imageScanCompletedAt": "2026-11-21T04:12:45+01:00",
            "vulnerabilitySourceUpdatedAt": "2026-11-20T23:51:09+01:00",
            "findingSeverityCounts": {"CRITICAL": 1, "HIGH": 2, "MEDIUM": 1, "UNDEFINED": 1},
            "findings": findings,
        },
    }))

    web = digest("shop/web:2026.11.3")

    def enhanced(cve, package, version, fixed, severity, score, first, last, status="ACTIVE"):
        return {
            "awsAccountId": PROD,
            "description": f"{package} before {fixed} allows a remote attacker to cause a denial of service.",
            "findingArn": f"arn:aws:inspector2:{REGION}:{PROD}:finding/{hex32('ecr' + cve + web)}",
            "firstObservedAt": first,
            "lastObservedAt": last,
            "packageVulnerabilityDetails": {
                "cvss": [{"baseScore": score, "source": "NVD", "version": "3.1"}],
                "referenceUrls": [f"https://nvd.nist.gov/vuln/detail/{cve}"],
                "relatedVulnerabilities": [],
                "source": "NVD",
                "sourceUrl": f"https://nvd.nist.gov/vuln/detail/{cve}",
                "vendorSeverity": severity,
                "vulnerabilityId": cve,
                "vulnerablePackages": [{"arch": "AMD64", "epoch": 0, "fixedInVersion": fixed, "name": package,
                                        "packageManager": "GOMOD", "release": "", "version": version,
                                        "filePath": "app/shop-web"}],
            },
            "remediation": {"recommendation": {"text": f"Upgrade {package} to {fixed}"}},
            "resources": [{
                "details": {"awsEcrContainerImage": {
                    "architecture": "amd64", "imageHash": web, "imageTags": ["2026.11.3"], "platform": "DEBIAN_12",
                    "pushedAt": 1793702467.0, "registry": PROD, "repositoryName": "shop/web"}},
                "id": f"arn:aws:ecr:{REGION}:{PROD}:repository/shop/web/{web}",
                "tags": {},
                "type": "AWS_ECR_CONTAINER_IMAGE",
            }],
            "score": score,
            "severity": severity,
            "status": status,
            "title": f"{cve} - {package}",
            "type": "PACKAGE_VULNERABILITY",
            "updatedAt": last,
            "fixAvailable": "YES",
            "exploitAvailable": "NO",
        }

    write("ecr/describe-image-scan-findings-enhanced.json", pretty({
        "registryId": PROD,
        "repositoryName": "shop/web",
        "imageId": {"imageDigest": web, "imageTag": "2026.11.3"},
        "imageScanStatus": {"status": "ACTIVE", "description": "Continuous scan is selected for image."},
        "imageScanFindings": {
            "imageScanCompletedAt": 1795921320.0,
            "vulnerabilitySourceUpdatedAt": 1795920420.0,
            "findingSeverityCounts": {"HIGH": 2, "MEDIUM": 1},
            "enhancedFindings": [
                enhanced("CVE-2023-44487", "golang.org/x/net", "0.15.0", "0.17.0", "HIGH", 7.5, 1789796333.0,
                         1795922062.5),
                enhanced("CVE-2023-39325", "golang.org/x/net", "0.15.0", "0.17.0", "HIGH", 7.5, 1789796333.0,
                         1795922062.5),
                enhanced("CVE-2024-24790", "stdlib", "1.21.3", "1.21.11", "MEDIUM", 6.1, 1793702500.0, 1795922062.5),
            ],
        },
    }))


# ---------------------------------------------------------------------------------------------
# WAF: log (multi-member gzip JSON Lines), get-web-acl, get-sampled-requests

WEB_ACL = f"arn:aws:wafv2:{REGION}:{PROD}:regional/webacl/shop-prod-alb/{uid('shop-prod-alb')}"


def waf_log_record(ms, ip, country, method, uri, args, action="ALLOW", *, terminating="Default_Action",
                   rule_type="REGULAR", groups=None, details=None, non_terminating=None):
    request_id = f"1-{ms // 1000:08x}-{hex32(str(ms) + ip)[:24]}"
    return {
        "timestamp": ms,
        "formatVersion": 1,
        "webaclId": WEB_ACL,
        "terminatingRuleId": terminating,
        "terminatingRuleType": rule_type,
        "action": action,
        "terminatingRuleMatchDetails": details or [],
        "httpSourceName": "ALB",
        "httpSourceId": f"{PROD}-app/shop-prod-alb/{hex32('alb')[:16]}",
        "ruleGroupList": groups if groups is not None else [
            {"ruleGroupId": "AWS#AWSManagedRulesCommonRuleSet", "terminatingRule": None,
             "nonTerminatingMatchingRules": [], "excludedRules": None},
            {"ruleGroupId": "AWS#AWSManagedRulesSQLiRuleSet", "terminatingRule": None,
             "nonTerminatingMatchingRules": [], "excludedRules": None},
        ],
        "rateBasedRuleList": [],
        "nonTerminatingMatchingRules": non_terminating or [],
        "requestHeadersInserted": None,
        "responseCodeSent": None,
        "httpRequest": {
            "clientIp": ip,
            "country": country,
            "headers": [{"name": "Host", "value": "shop.example.com"},
                        {"name": "User-Agent", "value": "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"}],
            "uri": uri,
            "args": args,
            "httpVersion": "HTTP/2.0",
            "httpMethod": method,
            "requestId": request_id,
        },
    }


def waf_files():
    start = 1795939200000  # 2026-11-17T06:40:00Z
    allowed = [
        ("198.51.100.23", "DE", "GET", "/", ""), ("198.51.100.23", "DE", "GET", "/products", "page=2"),
        ("198.51.100.23", "DE", "POST", "/cart", ""), ("192.0.2.44", "NL", "GET", "/", ""),
        ("192.0.2.44", "NL", "GET", "/products/4711", ""), ("198.51.100.23", "DE", "GET", "/checkout", ""),
        ("203.0.113.9", "FR", "GET", "/", "utm_source=news"),
    ]
    records = [waf_log_record(start + index * 61_250, *values) for index, values in enumerate(allowed)]
    sqli_group = [
        {"ruleGroupId": "AWS#AWSManagedRulesCommonRuleSet", "terminatingRule": None,
         "nonTerminatingMatchingRules": [], "excludedRules": None},
        {"ruleGroupId": "AWS#AWSManagedRulesSQLiRuleSet",
         "terminatingRule": {"ruleId": "SQLi_QUERYARGUMENTS", "action": "BLOCK", "ruleMatchDetails": None},
         "nonTerminatingMatchingRules": [], "excludedRules": None},
    ]
    records.append(waf_log_record(
        start + 600_000, "203.0.113.66", "US", "GET", "/search", "q=' OR 1=1--", "BLOCK",
        terminating="AWS-AWSManagedRulesSQLiRuleSet", rule_type="MANAGED_RULE_GROUP", groups=sqli_group,
        details=[{"conditionType": "SQL_INJECTION", "location": "QUERY_STRING", "matchedData": ["'", "OR", "1=1--"]}]))
    xss_group = [
        {"ruleGroupId": "AWS#AWSManagedRulesCommonRuleSet",
         "terminatingRule": {"ruleId": "CrossSiteScripting_QUERYARGUMENTS", "action": "BLOCK",
                             "ruleMatchDetails": None},
         "nonTerminatingMatchingRules": [], "excludedRules": None},
    ]
    records.append(waf_log_record(
        start + 660_000, "203.0.113.66", "US", "GET", "/search", "q=<script>alert(1)</script>", "BLOCK",
        terminating="AWS-AWSManagedRulesCommonRuleSet", rule_type="MANAGED_RULE_GROUP", groups=xss_group,
        details=[{"conditionType": "XSS", "location": "QUERY_STRING", "matchedData": ["<script", "alert("]}]))
    records.append(waf_log_record(
        start + 720_000, "203.0.113.66", "US", "POST", "/login", "", "BLOCK", terminating="shop-rate-limit",
        rule_type="RATE_BASED"))
    # Allowed, but the known bad inputs group (in Count mode) matched: a count-mode match.
    count_group = [
        {"ruleGroupId": "AWS#AWSManagedRulesKnownBadInputsRuleSet",
         "terminatingRule": {"ruleId": "ExploitablePaths_URIPATH", "action": "BLOCK", "overriddenAction": "COUNT",
                             "ruleMatchDetails": None},
         "nonTerminatingMatchingRules": [], "excludedRules": None},
    ]
    records.append(waf_log_record(start + 780_000, "192.0.2.201", "CN", "GET", "/.git/config", "", groups=count_group))
    # An S3 prefix's objects concatenated: three gzip members, 5 + 4 + 2 lines.
    members = [records[0:5], records[5:9], records[9:]]
    data = b"".join(
        gzip.compress("".join(line(value) + "\n" for value in member).encode(), compresslevel=9, mtime=0)
        for member in members)
    write("waf/waf-log-multi-member.jsonl.gz", data)

    rules = [
        {"Name": "shop-rate-limit", "Priority": 0,
         "Statement": {"RateBasedStatement": {"Limit": 2000, "EvaluationWindowSec": 300, "AggregateKeyType": "IP"}},
         "Action": {"Block": {}},
         "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                              "MetricName": "shop-rate-limit"}},
    ]
    for priority, (name, override) in enumerate([
            ("AWSManagedRulesCommonRuleSet", "None"), ("AWSManagedRulesKnownBadInputsRuleSet", "Count"),
            ("AWSManagedRulesSQLiRuleSet", "None")], start=1):
        rules.append({
            "Name": f"AWS-{name}", "Priority": priority,
            "Statement": {"ManagedRuleGroupStatement": {"VendorName": "AWS", "Name": name}},
            "OverrideAction": {override: {}},
            "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                                 "MetricName": f"AWS-{name}"},
        })
    write("waf/get-web-acl.json", pretty({
        "WebACL": {
            "Name": "shop-prod-alb",
            "Id": uid("shop-prod-alb"),
            "ARN": WEB_ACL,
            "DefaultAction": {"Allow": {}},
            "Description": "Example Shop production ALB",
            "Rules": rules,
            "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                                 "MetricName": "shop-prod-alb"},
            "Capacity": 1127,
            "ManagedByFirewallManager": False,
            "LabelNamespace": f"awswaf:{PROD}:webacl:shop-prod-alb:",
        },
        "LockToken": uid("lock-token"),
    }))

    def sample(ip, country, uri, method, weight, timestamp, action, rule=None, labels=None):
        value = {"Request": {"ClientIP": ip, "Country": country, "URI": uri, "Method": method,
                             "HTTPVersion": "HTTP/2.0",
                             "Headers": [{"Name": "Host", "Value": "shop.example.com"}]},
                 "Weight": weight, "Timestamp": timestamp, "Action": action}
        if rule:
            value["RuleNameWithinRuleGroup"] = rule
        if labels:
            value["Labels"] = [{"Name": label} for label in labels]
        return value

    write("waf/get-sampled-requests.json", pretty({
        "SampledRequests": [
            sample("198.51.100.23", "DE", "/products", "GET", 3, 1795942986.812, "ALLOW"),
            sample("203.0.113.66", "US", "/search?q=%27%20OR%201=1--", "GET", 1, 1795943001.5, "BLOCK",
                   "AWS#AWSManagedRulesSQLiRuleSet#SQLi_QUERYARGUMENTS",
                   ["awswaf:managed:aws:sql-database:SQLi_QueryArguments"]),
            sample("192.0.2.201", "CN", "/.git/config", "GET", 1, 1795943105.682, "COUNT",
                   "AWS#AWSManagedRulesKnownBadInputsRuleSet#ExploitablePaths_URIPATH",
                   ["awswaf:managed:aws:known-bad-inputs:ExploitablePaths_URIPath"]),
            sample("192.0.2.44", "NL", "/", "GET", 2, 1795943200.0, "ALLOW"),
        ],
        "PopulationSize": 412,
        "TimeWindow": {"StartTime": 1795942800.0, "EndTime": 1795953600.0},
    }))


README = """# Importer test fixtures

Written by `scripts/make-fixtures.py` (stdlib Python, no randomness: rerunning it writes the same
bytes; CI checks that). Do not edit by hand: change the generator, rerun it, and update the tests
that pin the designed values (`Tests/ImportersTests/*/Own*Tests.swift`,
`Tests/ReportPipelineTests/OwnFixtureReconciliationTests.swift`).

Every id, account (111122223333, 444455556666, 777788889999), digest and address is fictional.
They are the project's own versions of the shapes the real public samples in `../shared/fixtures`
exercise, so a clone without `../shared` tests every format.

| file | shape |
|---|---|
| asff/get-findings-page-1.json | `get-findings` page with `NextToken` (partial): consolidated control findings, a Note, resource tags |
| asff/get-findings-page-2.json | the last page: PASSED/RESOLVED and SUPPRESSED findings |
| asff/inspector-findings-array.json | bare JSON array of Inspector findings (ECR image, EC2, Lambda), no fractional seconds |
| asff/event-imported.json | EventBridge "Security Hub Findings - Imported", per-standard control (ProductFields.ControlId) |
| asff/event-custom-action-multi-select.json | EventBridge "Security Hub Findings - Custom Action", three CIS findings (WARNING, PASSED, FAILED) |
| asff/event-imported-archived.json | Imported event whose finding is RecordState ARCHIVED, FAILED, NOTIFIED |
| asff/guardduty-findings.json | GuardDuty: no ProductName (named from ProductArn), unsorted tags, a Normalized-only severity, `Sample` |
| asff/missing-account-id.json | `{"findings": [...]}` Inspector finding without AwsAccountId (a warning), extra top-level key |
| asff/trivy-image-duplicates.json | Trivy: 7 records, 4 ids (latest UpdatedAt wins), -05:00/+01:00 offsets with 4-6 fraction digits |
| asff/prowler-v2.asff-json | Prowler v2 ASFF as JSON Lines, no Workflow |
| asff/workflow-status-over-state.json | one bare finding: Workflow.Status RESOLVED beats deprecated WorkflowState NEW |
| asff/config-multiple-resources.json | lower-case wrapper; a finding with three Resources, one with ProductName "Config" |
| ocsf/prowler-4-muted.ocsf.json | Prowler 4 OCSF 1.2.0: ISO `created_time` without zone, one muted (Suppressed) finding |
| ocsf/prowler-5-manual.ocsf.json | Prowler 5 OCSF 1.4.0: epoch-second times, PASS/FAIL/MANUAL, one check twice (later wins) |
| ocsf/prowler-empty.ocsf.json | `[]` |
| ocsf/securityhub-v2-findings.jsonl | Security Hub v2 OCSF JSON Lines: Compliance (2003) and Inspector Vulnerability (2002), epoch ms |
| inspector2/list-findings-one.json | `list-findings`, one package vulnerability on an ECR image, +01:00/+02:00 offsets |
| inspector2/list-findings-python-timestamps.json | Lambda findings with `2026-11-27 22:38:57.161000+01:00` times, UNTRIAGED, a code vulnerability |
| inspector2/list-findings-zero.json | `{"findings": []}` |
| inspector2/list-findings-empty-object.json | `{}` |
| ecr/image-scan-event.json | EventBridge "ECR Image Scan": severity counts only |
| ecr/describe-image-scan-findings-basic.json | basic scanning page, one UNDEFINED severity |
| ecr/describe-image-scan-findings-enhanced.json | enhanced scanning page (Inspector findings), epoch times |
| waf/waf-log-multi-member.jsonl.gz | WAF log JSON Lines as three concatenated gzip members: allowed, blocked (SQLi, XSS, rate), a Count match |
| waf/get-web-acl.json | `get-web-acl`: rate rule, Common and SQLi enforcing, KnownBadInputs in Count, no IP reputation list |
| waf/get-sampled-requests.json | `get-sampled-requests`: weighted ALLOW, BLOCK and COUNT samples |
"""


def main():
    if len(sys.argv) > 1:
        sys.exit("usage: make-fixtures.py   (writes Tests/ImportersTests/Fixtures)")
    asff_get_findings()
    asff_inspector_array()
    asff_events()
    asff_guardduty()
    asff_missing_account()
    asff_trivy()
    asff_prowler()
    asff_workflow_vs_state()
    asff_config_multi()
    ocsf_prowler()
    ocsf_securityhub_v2()
    inspector2_files()
    ecr_files()
    waf_files()
    write("README.md", README)


if __name__ == "__main__":
    main()
