"""environments.yml, risk-acceptances.yml and README.md for the samples."""
import re

from samples_common import ACCOUNTS, ASOF, MONTHS, write_text

ENVIRONMENTS = """environments:
  - {accountId: "111122223333", name: shop-prod, environment: prod}
  - {accountId: "444455556666", name: shop-staging, environment: staging}
  - {accountId: "777788889999", name: shop-dev, environment: dev}
"""

# (id, match, reason, owner, approvedBy, acceptedOn, expiresOn, ticket, compensating, expectation)
ACCEPTANCES = [
    ("RA-2026-001", [("controls", ["IAM.6"])],
     "Root is sealed with a virtual MFA held in the team password manager; a hardware key per account "
     "is not worth it for a five-person team.",
     "platform-team", "CTO", "2026-04-01", "2027-03-31", "SEC-12",
     ["Root credentials used only in break-glass procedure", "CloudTrail alarm on root sign-in"],
     "active: IAM.6 FAILED on the account resource in all three accounts"),
    ("RA-2026-002", [("resources", ["arn:aws:s3:::*cdktoolkit-stagingbucket-*",
                                    "arn:aws:lambda:*:*:function:*-CustomS3AutoDeleteObjects*"]),
                     ("severities", ["MEDIUM"])],
     "CDK-generated bootstrap and custom-resource helpers are owned by the CDK team; we do not patch "
     "generated resources by hand and pick up fixes with CDK upgrades.",
     "platform-team", "CTO", "2026-05-12", "2027-05-31", "SEC-19", None,
     "active: MEDIUM S3.9/S3.10 on the CDK staging buckets and Lambda.2 on ShopStack-CustomS3AutoDeleteObjects-AbC123"),
    ("RA-2026-003", [("controls", ["S3.9", "ELB.5", "EC2.6", "CloudFront.5"]),
                     ("environments", ["dev", "staging"])],
     "Access logs and flow logs are skipped in dev and staging to keep the bill down; nothing there "
     "holds customer data.",
     "platform-team", "CTO", "2026-03-15", "2027-03-14", "SEC-7",
     ["CloudTrail data events remain on in every account", "Production keeps all log delivery on"],
     "active: S3.9 / ELB.5 / EC2.6 / CloudFront.5 failures in staging and dev"),
    ("RA-2026-004", [("controls", ["EC2.8"]),
                     ("resources", ["arn:aws:ec2:eu-west-1:444455556666:instance/i-04c3b2a1f0e9d8c7b"])],
     "The staging worker runs an old agent that only speaks IMDSv1; replacement was planned for October.",
     "backend-team", "CTO", "2026-05-02", "2026-10-31", "SEC-23", ["Instance role limited to one SQS queue"],
     "EXPIRED (2026-10-31): EC2.8 on i-04c3b2a1f0e9d8c7b still FAILED in November"),
    ("RA-2026-005", [("controls", ["SSM.1"]),
                     ("resources", ["arn:aws:ec2:eu-west-1:444455556666:instance/i-0deadbeef0badc0de"])],
     "The legacy staging API host is not managed by Systems Manager; it is being decommissioned.",
     "backend-team", "CTO", "2026-06-20", "2027-01-31", "SEC-27", None,
     "STALE: the instance was terminated in October (findings ARCHIVED in 2026-10, gone in 2026-11)"),
    ("RA-2026-006", [("controls", ["S3.9"]), ("resources", ["arn:aws:s3:::shop-prod-logs"])],
     "shop-prod-logs is the access-log target itself; logging it into itself would recurse and logging "
     "it elsewhere adds no value.",
     "platform-team", "CTO", "2026-08-14", "2027-08-13", "SEC-31", None,
     "active and covers a SUPPRESSED finding (S3.9 on shop-prod-logs, Workflow SUPPRESSED with a Note)"),
    ("RA-2026-007", [("products", ["Inspector"]), ("cves", ["CVE-2023-44487"]),
                     ("resources", ["arn:aws:ecr:eu-west-1:111122223333:repository/shop/web/*"])],
     "HTTP/2 Rapid Reset in the shop/web image is not reachable: the ALB terminates HTTP/2 and talks "
     "HTTP/1.1 to the targets. Upgrade is scheduled with the Go 1.23 rebuild.",
     "web-team", "CTO", "2026-09-15", "2026-12-15", "SEC-36",
     ["ALB terminates HTTP/2", "WAF rate-based rule (2000 requests / 5 min per IP)"],
     "EXPIRING within 30 days of 2026-11-30 (2026-12-15); matches the Inspector CVE-2023-44487 finding on shop/web"),
    ("RA-2026-008", [("controls", ["RDS.13"]), ("accounts", ["444455556666"]), ("regions", ["eu-west-1"])],
     "Staging database pins the engine minor version to reproduce a production issue.",
     "backend-team", "CTO", "2026-10-05", "2027-01-15", "SEC-40", None,
     "active: RDS.13 FAILED on shop-staging-db (staging only)"),
]

_SAFE_BLOCK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .,;()/_+-]*[A-Za-z0-9.)]$")
_SAFE_FLOW = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 ._/()+-]*$")


def q(s, flow=False):
    if re.fullmatch(r"\d+", s) or not (_SAFE_FLOW if flow else _SAFE_BLOCK).match(s):
        return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')
    return s


def acceptances_yaml():
    lines = ["acceptances:"]
    for (rid, match, reason, owner, appr, acc, exp, ticket, comp, _exp) in ACCEPTANCES:
        m = ", ".join("%s: [%s]" % (k, ", ".join(q(v, True) for v in vals)) for k, vals in match)
        lines += ["  - id: " + rid,
                  "    match: {%s}" % m,
                  "    reason: " + q(reason),
                  "    owner: " + q(owner),
                  "    approvedBy: " + q(appr),
                  "    acceptedOn: " + acc,
                  "    expiresOn: " + exp,
                  "    ticket: " + q(ticket)]
        if comp:
            lines.append("    compensatingControls: [%s]" % ", ".join(q(c, True) for c in comp))
    return "\n".join(lines) + "\n"


def _score_table(summary):
    rows = ["| month | file records | unique Ids | account | passed | failed | unknown | no data | score |",
            "|---|---:|---:|---|---:|---:|---:|---:|---:|"]
    for m in MONTHS:
        s = summary[m]
        for acct, name, env in ACCOUNTS:
            c = s["accounts"][acct]
            rows.append("| %s | %d | %d | %s %s | %d | %d | %d | %d | %.1f%% |" % (
                m, s["findings"], s["unique"], acct, name, c["passed"], c["failed"], c["unknown"],
                c["no data"], c["score"]))
        c = s["overall"]
        rows.append("| %s | %d | %d | **overall** | %d | %d | %d | %d | **%.1f%%** |" % (
            m, s["findings"], s["unique"], c["passed"], c["failed"], c["unknown"], c["no data"], c["score"]))
    return "\n".join(rows)


def readme(summary, waf):
    nov = summary["2026-11"]
    ov = nov["statuses"]["overall"]
    failed = sorted((k for k, v in ov.items() if v == "failed"), key=lambda c: (c.split(".")[0], int(c.split(".")[1])))
    unknown = sorted(k for k, v in ov.items() if v == "unknown")
    nodata = sorted(k for k, v in ov.items() if v == "no data")
    trends = []
    for a, b in zip(MONTHS, MONTHS[1:]):
        sa, sb = summary[a]["statuses"]["overall"], summary[b]["statuses"]["overall"]
        reg = sorted(k for k in sb if sb[k] == "failed" and sa.get(k) == "passed")
        fixed = sorted(k for k in sb if sb[k] == "passed" and sa.get(k) == "failed")
        trends.append("* %s → %s: fixed (failed → passed) %s; regressed (passed → failed) %s" % (
            a, b, ", ".join(fixed) or "none", ", ".join(reg) or "none"))
    dups = []
    for m in MONTHS:
        for i in summary[m]["duplicates"]:
            dups.append("* %s: `%s`" % (m, i))
    prods = "; ".join("%s: %s" % (m, ", ".join("%s %d" % kv for kv in sorted(summary[m]["by_product"].items())))
                      for m in MONTHS)
    ra = "\n".join("| %s | %s |" % (a[0], a[9]) for a in ACCEPTANCES)
    blocked = ", ".join("%s %d" % kv for kv in sorted(waf["by_rule"].items()))
    return f"""# Example Shop — sample inputs for `posture`

Synthetic but realistic AWS security exports for a small company, written by
`scripts/make-samples.py` (stdlib Python, fixed seeds, byte-identical on every run).
Regenerate with:

```
python3 scripts/make-samples.py
```

Do not edit the files by hand; change the generator (`scripts/make-samples.py` and
`scripts/samples_*.py`) and rerun it. It prints the numbers below on stdout.

## Story

Example Shop is an online shop run by five engineers. It has three AWS accounts, all in
`eu-west-1` (Security Hub aggregates a few `us-east-1` findings: CloudFront, and the
regional Config/GuardDuty checks for prod and dev):

| account | name | environment |
|---|---|---|
| 111122223333 | shop-prod | prod |
| 444455556666 | shop-staging | staging |
| 777788889999 | shop-dev | dev |

Every month the team exports Security Hub findings; November 2026 is the current month
(as-of {ASOF["2026-11"]}) and also has ECR scan results and WAF data. Things get better
month over month (default security groups closed, admin policy removed, key rotation,
PITR, KMS rotation…), a few new findings appear (new bucket `shop-staging-exports`, new
Lambda `shop-dev-image-resizer`, new CVEs), and one control regresses: **EC2.19** was
PASSED everywhere in October and FAILS in November because someone opened MySQL 3306 to
0.0.0.0/0 on `sg-0a1b2c3d4e5f60718` (shop-prod-db-admin) "for debugging".

Deliberate, accepted or known issues:

* IAM.6 (hardware MFA for root) FAILS in all three accounts — virtual MFA on purpose (RA-2026-001).
* S3.8 FAILS on exactly one bucket, `arn:aws:s3:::shop-prod-exports`; PASSED on all others.
* Log delivery (S3.9, ELB.5, EC2.6, CloudFront.5) is off in dev/staging for cost (RA-2026-003).
* MEDIUM failures on CDK-generated resources (RA-2026-002).
* RDS.13 fails in staging only (RA-2026-008); EC2.8 on the staging worker is covered by an
  acceptance that expired on 2026-10-31 (RA-2026-004).

## Files

| file | what |
|---|---|
| `environments.yml` | account id → name/environment |
| `risk-acceptances.yml` | eight risk acceptances (see below) |
| `2026-09/securityhub/findings.json` | `aws securityhub get-findings` output, September |
| `2026-10/securityhub/findings.json` | same, October |
| `2026-11/securityhub/findings.json` | same, November (current) |
| `2026-11/ecr/shop-api-basic.json` | `aws ecr describe-image-scan-findings`, BASIC scan of `shop/api` (ISO timestamps with +01:00 offset, `findings[]`) |
| `2026-11/ecr/shop-web-enhanced.json` | same for the ENHANCED (Inspector) scan of `shop/web` (epoch-float timestamps, `enhancedFindings[]`); every `findingArn` equals an Inspector finding `Id` in the November ASFF file |
| `2026-11/waf/web-acl.json` | `aws wafv2 get-web-acl` for `shop-prod-alb` (KnownBadInputs group in Count mode = not enforcing) |
| `2026-11/waf/sampled-requests.json` | `aws wafv2 get-sampled-requests` for the web ACL's default metric, 3-hour window on 2026-11-29 |
| `2026-11/waf/waf-log.jsonl.gz` | gzip (mtime 0) JSON Lines WAF log as delivered to S3, November |

The ASFF files contain Security Hub consolidated control findings, GuardDuty and Inspector
findings. Records per product (latest copy of each Id): {prods}.

Things an importer must cope with (all on purpose):

* Duplicated Ids within one file (pagination overlap), the newer `UpdatedAt` copy sometimes
  first, sometimes last; some older copies carry a different `Compliance.Status`:
{chr(10).join(dups)}
* ARCHIVED records: pre-consolidation per-standard findings (`subscription/aws-foundational-security-best-practices/...` Ids,
  `ArchivalReasons:0/ReasonCode` = `CONSOLIDATED_CONTROL_FINDINGS_UPDATE`, FAILED but archived),
  a terminated staging instance (archived in October, gone in November), an archived GuardDuty finding.
* SUPPRESSED: S3.9 on `shop-prod-logs` with a `Note` (and acceptance RA-2026-006);
  ELB.6 on the staging ALB suppressed **without** a Note and without an acceptance.
* WARNING (CloudWatch.1 in staging/dev, `CLOUDTRAIL_MULTI_REGION_NOT_PRESENT`) and
  NOT_AVAILABLE (Backup.1 staging `CONFIG_EVALUATIONS_EMPTY`, SNS.1 dev `CONFIG_ACCESS_DENIED`).
* Hostile text: tag value `Ops <ops@example.com> | team_a*`, a Name tag ``bastion `tmp` | do-not-delete``,
  a Note and a GuardDuty description with backticks and `|`, Inspector text with “curly quotes”,
  a WAF query string ``q=%60id%60|cat+/etc/passwd``, an ECR `uri` with a trailing space.
* Timestamps: Security Hub/GuardDuty with milliseconds, Inspector without fraction, ECR basic
  with `+01:00`, ECR enhanced and WAF sampled requests as epoch seconds (float), WAF log as epoch ms.

## Expected Security Hub numbers

AWS rule, per control: keep the latest copy of each (ProductArn, Id); drop ARCHIVED and
SUPPRESSED; any FAILED → failed; else any WARNING/NOT_AVAILABLE → unknown; else passed;
nothing left → no data. Score = passed / (passed + failed + unknown) over unique controls.
Overall = all accounts together (failed anywhere = failed). "file records" counts every
record in the file, "unique Ids" after de-duplication.

{_score_table(summary)}

{chr(10).join(trends)}

November overall: failed controls {", ".join(failed)}; unknown {", ".join(unknown) or "none"};
no data {", ".join(nodata) or "none"}.

## Risk acceptances (evaluated at 2026-11-30)

| id | expected state |
|---|---|
{ra}

## WAF (November log)

{waf["total"]} requests: {waf["ALLOW"]} allowed, {waf["BLOCK"]} blocked ({blocked}).
{waf["counted_kbi"]} requests matched AWSManagedRulesKnownBadInputsRuleSet, which is in Count mode, so they
appear only in `nonTerminatingMatchingRules`/`ruleGroupList` and were allowed. A rate-limit burst
from 203.0.113.66 on 2026-11-17 (24 allowed, then blocked). A few SQLi/XSS payloads sent in the
`User-Agent` header are ALLOWED (no managed rule in this ACL inspects that header). Client IPs are
from the documentation ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.
"""


def write(summary, waf):
    write_text("environments.yml", ENVIRONMENTS)
    write_text("risk-acceptances.yml", acceptances_yaml())
    write_text("README.md", readme(summary, waf))
