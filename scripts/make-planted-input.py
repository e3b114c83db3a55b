#!/usr/bin/env python3
"""Writes Tests/postureTests/Fixtures/planted/: inputs of the project's own that plant identifiers
where a masking pass is most likely to miss them -- in titles, descriptions, notes, remediation
URLs, resource ids that are URLs, tag values, ECR repositories and image tags, web ACL, rule and
rule group names, WAF client IPs (v4 and v6), URIs, query strings and headers, acceptance reasons
and ARN patterns -- for the test that scans every file of a redacted and a summary run.

Every identifier the test looks for is listed in PLANTED below and written to planted.txt, one per
line. Stdlib only, no randomness: the output is byte-identical on every run.

    python3 scripts/make-planted-input.py
"""
import gzip
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "postureTests", "Fixtures", "planted")

PROD = "210987654321"
DEV = "123498765432"
OTHER = "555566667777"  # named only in free text and an acceptance
BUCKET = "acme-payroll-exports-2026"
INSTANCE = "i-0fedcba9876543210"
SG = "sg-0badc0ffee1234567"
HOST = "ip-10-1-2-3.eu-west-1.compute.internal"
RDS = "payroll-db.cluster-c9akciq32xyz.eu-west-1.rds.amazonaws.com"
EMAIL = "jane.doe@acme-corp.example"
EMAIL2 = "ops-oncall@payroll.acme-corp.example"
IP4 = "198.51.100.77"
IP4B = "192.0.2.201"
IP6 = "2001:db8:4006:812::200e"
IP6B = "2001:db8:85a3::8a2e:370:7334"
REPO = "acme/payroll-api"
IMAGE_TAG = "payroll-2026.11-rc7"
WEBACL = "acme-payroll-acl"
RULE = "block-acme-scrapers"
RULEGROUP = "acme-private-rules"
TOKEN = "s3cr3tT0k3nValue9f8e7d6c5b4a"
TAG_VALUE = "payroll-cc-4711"
USER = "jane.doe"
LAMBDA = "acme-payroll-nightly-export"
HOOK_HOST = "hooks.acme-corp.example"
CUSTOM_RULE = "acme-payroll-tagging-4711"

PLANTED = [
    PROD, DEV, OTHER, BUCKET, INSTANCE, SG, HOST, RDS, EMAIL, EMAIL2, IP4, IP4B, IP6, IP6B, REPO, IMAGE_TAG,
    WEBACL, RULE, RULEGROUP, TOKEN, TAG_VALUE, LAMBDA, HOOK_HOST, CUSTOM_RULE,
    "arn:aws:s3:::" + BUCKET,
    "arn:aws:ec2:eu-west-1:%s:instance/%s" % (PROD, INSTANCE),
    "arn:aws:iam::%s:user/%s" % (PROD, USER),
    "arn:aws:ecr:eu-west-1:%s:repository/%s" % (PROD, REPO),
    "arn:aws:lambda:eu-west-1:%s:function:%s" % (DEV, LAMBDA),
    "acme-payroll-",
    "acme-corp",
]


def ts(day, hour=9):
    return "2026-11-%02dT%02d:00:00.000Z" % (day, hour)


def control(n, ctl, status, account, resource, rtype, title, description, severity="HIGH", extra=None):
    finding = {
        "SchemaVersion": "2018-10-08",
        "Id": "arn:aws:securityhub:eu-west-1:%s:security-control/%s/finding/0000000%d-aaaa-bbbb-cccc-000000000000"
        % (account, ctl, n),
        "ProductArn": "arn:aws:securityhub:eu-west-1::product/aws/securityhub",
        "ProductName": "Security Hub",
        "CompanyName": "AWS",
        "Region": "eu-west-1",
        "GeneratorId": "security-control/" + ctl,
        "AwsAccountId": account,
        "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
        "FirstObservedAt": ts(1),
        "LastObservedAt": ts(28),
        "CreatedAt": ts(1),
        "UpdatedAt": ts(28),
        "Severity": {"Label": severity, "Original": severity},
        "Title": title,
        "Description": description,
        "Remediation": {"Recommendation": {
            "Text": "See https://docs.aws.amazon.com/%s/runbook?owner=%s and ask %s." % (account, EMAIL, EMAIL2),
            "Url": "https://console.aws.amazon.com/s3/buckets/%s?region=eu-west-1&account=%s" % (BUCKET, account)}},
        "ProductFields": {"aws/securityhub/ProductName": "Security Hub"},
        "Resources": [{"Type": rtype, "Id": resource, "Region": "eu-west-1",
                       "Tags": {"CostCenter": TAG_VALUE, "Owner": EMAIL}}],
        "Compliance": {"Status": status, "SecurityControlId": ctl,
                       "RelatedRequirements": ["NIST.800-53.r5 AC-3", "PCI DSS v3.2.1/1.3.1",
                                               "Internal policy %s section 4" % BUCKET]},
        "Workflow": {"Status": "NEW"},
        "RecordState": "ACTIVE",
    }
    if extra:
        finding.update(extra)
    return finding


def findings():
    items = [
        control(1, "S3.8", "FAILED", PROD, "arn:aws:s3:::" + BUCKET, "AwsS3Bucket",
                "S3 bucket %s should block public access (reached from %s.)" % (BUCKET, IP4),
                "Bucket %s in account %s was read from %s and %s; the owner is %s. Endpoint %s, host %s."
                % (BUCKET, PROD, IP6, IP4B, EMAIL, RDS, HOST)),
        control(2, "EC2.19", "FAILED", PROD, "arn:aws:ec2:eu-west-1:%s:security-group/%s" % (PROD, SG),
                "AwsEc2SecurityGroup",
                "Security group %s allows 3306 from %s/32 and [%s]:443" % (SG, IP4, IP6B),
                "Opened for debugging by arn:aws:iam::%s:user/%s from %s; see https://%s/alert?token=%s"
                % (PROD, USER, HOST, HOOK_HOST, TOKEN), severity="CRITICAL"),
        control(3, "IAM.6", "FAILED", DEV, "AWS::::Account:" + DEV, "AwsAccount",
                "Hardware MFA should be enabled for the root user",
                "Root of %s (billing contact %s) has no hardware MFA." % (DEV, EMAIL2), severity="CRITICAL"),
        control(4, "Lambda.2", "FAILED", DEV, "arn:aws:lambda:eu-west-1:%s:function:%s" % (DEV, LAMBDA),
                "AwsLambdaFunction", "Lambda function %s should use a supported runtime" % LAMBDA,
                "%s writes to s3://%s/exports/%s.csv" % (LAMBDA, BUCKET, USER), severity="MEDIUM"),
        control(5, "EC2.9", "PASSED", PROD, "arn:aws:ec2:eu-west-1:%s:instance/%s" % (PROD, INSTANCE),
                "AwsEc2Instance", "EC2 instance %s (%s) should not have a public IPv4 address" % (INSTANCE, HOST),
                "Checked %s at %s." % (INSTANCE, IP4B), severity="HIGH"),
    ]
    # A resource id that is a URL with a token, and a triage note that names people and addresses.
    items.append(control(
        6, "APIGateway.1", "FAILED", PROD, "https://api.acme-corp.example/v1/hooks?sig=%s" % TOKEN, "Other",
        "API Gateway stage https://api.acme-corp.example/v1 should log (%s)" % EMAIL,
        "Stage reached from %s and %s." % (IP4, IP6), severity="MEDIUM",
        extra={"Note": {"Text": "Suppressed by %s after a call from %s; bucket %s, instance %s."
                        % (EMAIL, IP4B, BUCKET, INSTANCE),
                        "UpdatedBy": "arn:aws:iam::%s:user/%s" % (PROD, USER), "UpdatedAt": ts(20)},
               "Workflow": {"Status": "SUPPRESSED"}}))
    # A control found by a custom Config rule: its id is the tail of GeneratorId, the rule's own name.
    custom = control(7, "x", "FAILED", PROD, "arn:aws:s3:::" + BUCKET, "AwsS3Bucket",
                     "Custom check %s failed" % CUSTOM_RULE, "Rule %s flags %s" % (CUSTOM_RULE, BUCKET),
                     severity="LOW")
    del custom["Compliance"]["SecurityControlId"]
    custom["GeneratorId"] = "custom/%s" % CUSTOM_RULE
    items.append(custom)
    guardduty = {
        "SchemaVersion": "2018-10-08",
        "Id": "arn:aws:guardduty:eu-west-1:%s:detector/12abc34d567e8fa901bc2d34e56789f0/finding/"
              "7ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5" % PROD,
        "ProductArn": "arn:aws:securityhub:eu-west-1::product/aws/guardduty",
        "ProductName": "GuardDuty",
        "CompanyName": "Amazon",
        "Region": "eu-west-1",
        "GeneratorId": "arn:aws:guardduty:eu-west-1:%s:detector/12abc34d567e8fa901bc2d34e56789f0" % PROD,
        "AwsAccountId": PROD,
        "Types": ["TTPs/Discovery/Recon:EC2-PortProbeUnprotectedPort"],
        "CreatedAt": ts(27),
        "UpdatedAt": ts(28),
        "Severity": {"Label": "HIGH", "Normalized": 70},
        "Title": "Unprotected port on EC2 instance %s is being probed by %s." % (INSTANCE, IP4),
        "Description": "EC2 instance %s (%s) in %s is probed from %s, %s and %s; %s was notified."
                       % (INSTANCE, HOST, OTHER, IP4, IP6, IP6B, EMAIL),
        "Resources": [{"Type": "AwsEc2Instance", "Id": "arn:aws:ec2:eu-west-1:%s:instance/%s" % (PROD, INSTANCE),
                       "Region": "eu-west-1", "Tags": {"Name": "payroll-batch-01"}}],
        "Workflow": {"Status": "NEW"},
        "RecordState": "ACTIVE",
    }
    items.append(guardduty)
    return {"Findings": items}


def ecr():
    return {
        "imageScanFindings": {
            "findings": [{
                "name": "CVE-2024-45490",
                "description": "expat in %s:%s (pulled by %s from %s)" % (REPO, IMAGE_TAG, HOST, IP4),
                "uri": "https://security-tracker.debian.org/tracker/CVE-2024-45490",
                "severity": "CRITICAL",
                "attributes": [{"key": "package_version", "value": "2.5.0-1"},
                               {"key": "package_name", "value": "expat"}],
            }],
            "imageScanCompletedAt": "2026-11-28T10:14:22+01:00",
            "vulnerabilitySourceUpdatedAt": "2026-11-27T23:51:09+01:00",
            "findingSeverityCounts": {"CRITICAL": 1},
        },
        "registryId": PROD,
        "repositoryName": REPO,
        "imageId": {"imageDigest": "sha256:" + "ab12" * 16, "imageTag": IMAGE_TAG},
        "imageScanStatus": {"status": "COMPLETE", "description": "Scanned for %s." % EMAIL},
    }


def web_acl():
    webacl_id = "0ec3f893-f1c7-45ee-a67b-30ddc81ce2c7"
    return {
        "WebACL": {
            "Name": WEBACL,
            "Id": webacl_id,
            "ARN": "arn:aws:wafv2:eu-west-1:%s:regional/webacl/%s/%s" % (PROD, WEBACL, webacl_id),
            "DefaultAction": {"Allow": {}},
            "Description": "%s in front of %s (contact %s)" % (WEBACL, RDS, EMAIL),
            "Rules": [
                {"Name": RULE, "Priority": 0,
                 "Statement": {"IPSetReferenceStatement": {
                     "ARN": "arn:aws:wafv2:eu-west-1:%s:regional/ipset/acme-blocked-scrapers/%s" % (PROD, webacl_id)}},
                 "Action": {"Block": {}},
                 "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                                      "MetricName": RULE}},
                {"Name": RULEGROUP, "Priority": 1,
                 "Statement": {"RuleGroupReferenceStatement": {
                     "ARN": "arn:aws:wafv2:eu-west-1:%s:regional/rulegroup/%s/%s" % (PROD, RULEGROUP, webacl_id)}},
                 "OverrideAction": {"Count": {}},
                 "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                                      "MetricName": RULEGROUP}},
                {"Name": "AWS-AWSManagedRulesCommonRuleSet", "Priority": 2,
                 "Statement": {"ManagedRuleGroupStatement": {"VendorName": "AWS",
                                                             "Name": "AWSManagedRulesCommonRuleSet"}},
                 "OverrideAction": {"None": {}},
                 "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                                      "MetricName": "AWS-AWSManagedRulesCommonRuleSet"}},
            ],
            "VisibilityConfig": {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True,
                                 "MetricName": WEBACL},
            "Capacity": 700,
            "ManagedByFirewallManager": False,
            "LabelNamespace": "awswaf:%s:webacl:%s:" % (PROD, WEBACL),
        },
        "LockToken": "45eb7fa4-bfb6-4190-a9c9-41e3cfdf73b7",
    }


def sampled():
    def request(ip, uri, query, action, rule, second):
        item = {
            "Request": {
                "ClientIP": ip, "Country": "NL", "URI": uri, "Method": "GET", "HTTPVersion": "HTTP/2.0",
                "Headers": [{"Name": "Host", "Value": HOOK_HOST}, {"Name": "X-Forwarded-For", "Value": ip}],
            },
            "Weight": 1, "Timestamp": 1795942800.0 + second, "Action": action,
        }
        if query:
            item["Request"]["URI"] = uri + "?" + query
        if rule:
            item["RuleNameWithinRuleGroup"] = rule
        return item
    return {
        "SampledRequests": [
            request(IP4, "/reset/%s" % EMAIL, "token=%s&email=jane.doe%%40acme-corp.example" % TOKEN, "BLOCK", RULE, 1),
            request(IP6, "/exports/%s/%s.csv" % (BUCKET, PROD), "", "BLOCK", RULE, 2),
            request(IP6B, "/login", "next=https://%s/%s" % (HOOK_HOST, TOKEN), "ALLOW", None, 3),
            request(IP4B, "/api/v1/users/%s" % USER, "", "COUNT", RULEGROUP, 4),
        ],
        "PopulationSize": 40,
        "TimeWindow": {"StartTime": 1795942800.0, "EndTime": 1795953600.0},
    }


def waf_log():
    lines = []
    for n, (ip, uri, args) in enumerate([
        (IP4, "/reset/" + EMAIL, "token=" + TOKEN),
        (IP6, "/exports/%s.csv" % BUCKET, ""),
        (IP6B, "/admin", "user=%s&host=%s" % (USER, HOST)),
        (IP4B, "/unsubscribe/" + EMAIL2.replace("@", "%40"), ""),
    ]):
        lines.append(json.dumps({
            "timestamp": 1795942800000 + n * 1000, "formatVersion": 1,
            "webaclId": "arn:aws:wafv2:eu-west-1:%s:regional/webacl/%s/0ec3f893-f1c7-45ee-a67b-30ddc81ce2c7"
                        % (PROD, WEBACL),
            "terminatingRuleId": RULE, "terminatingRuleType": "REGULAR", "action": "BLOCK",
            "terminatingRuleMatchDetails": [], "httpSourceName": "ALB",
            "httpSourceId": "%s-app/acme-payroll-alb/29ff7ad4dab34c46" % PROD,
            "ruleGroupList": [], "rateBasedRuleList": [], "nonTerminatingMatchingRules": [],
            "requestHeadersInserted": None, "responseCodeSent": None,
            "httpRequest": {"clientIp": ip, "country": "NL",
                            "headers": [{"name": "Host", "value": HOOK_HOST}, {"name": "X-Forwarded-For", "value": ip}],
                            "uri": uri, "args": args, "httpVersion": "HTTP/2.0", "httpMethod": "GET",
                            "requestId": "1-6ae6885a-08e98f2%d" % n},
        }, sort_keys=True))
    return "\n".join(lines) + "\n"


ACCEPTANCES = """acceptances:
  - id: RA-PLANT-1
    match: {controls: [S3.8], resources: ["arn:aws:s3:::acme-payroll-*"], accounts: ["%(prod)s"]}
    reason: "Bucket %(bucket)s is read by %(ip)s and %(ip6)s for %(email)s; see https://%(hook)s/x?token=%(token)s (account %(other)s)."
    owner: %(email)s
    approvedBy: CTO
    acceptedOn: 2026-10-01
    expiresOn: 2027-03-31
    ticket: "https://%(hook)s/browse/SEC-1?session=%(token)s"
  - id: RA-PLANT-2
    match: {findingIds: ["arn:aws:guardduty:eu-west-1:%(prod)s:detector/12abc34d567e8fa901bc2d34e56789f0/finding/7ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"]}
    reason: "Probe of %(instance)s (%(host)s) from %(ip)s is the scanner of %(repo)s."
    owner: platform-team
    approvedBy: %(email2)s
    acceptedOn: 2026-10-01
    expiresOn: 2027-01-31
""" % {"prod": PROD, "bucket": BUCKET, "ip": IP4, "ip6": IP6, "email": EMAIL, "email2": EMAIL2, "hook": HOOK_HOST,
       "token": TOKEN, "other": OTHER, "instance": INSTANCE, "host": HOST, "repo": REPO}

ENVIRONMENTS = """environments:
  - {accountId: "%s", name: payroll-prod, environment: prod}
  - {accountId: "%s", name: payroll-dev, environment: dev}
""" % (PROD, DEV)


def write(path, text, binary=False):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if binary:
        with open(full, "wb") as handle:
            handle.write(text)
        return
    with open(full, "w", newline="\n") as handle:
        handle.write(text)


def main():
    write("inputs/securityhub/findings.json", json.dumps(findings(), indent=1, sort_keys=True) + "\n")
    write("inputs/ecr/acme-payroll-api.json", json.dumps(ecr(), indent=1, sort_keys=True) + "\n")
    write("inputs/waf/web-acl.json", json.dumps(web_acl(), indent=1, sort_keys=True) + "\n")
    write("inputs/waf/sampled-requests.json", json.dumps(sampled(), indent=1, sort_keys=True) + "\n")
    write("inputs/waf/waf-log.jsonl.gz", gzip.compress(waf_log().encode(), mtime=0), binary=True)
    write("risk-acceptances.yml", ACCEPTANCES)
    write("environments.yml", ENVIRONMENTS)
    write("planted.txt", "\n".join(PLANTED) + "\n")
    print("wrote %s (%d planted identifiers)" % (os.path.normpath(ROOT), len(PLANTED)))


if __name__ == "__main__":
    main()
