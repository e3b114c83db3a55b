#!/usr/bin/env python3
"""Regenerate the hostile and broken input corpus (issue 11) under Tests/postureTests/Fixtures/hostile/.

    python3 scripts/make-hostile-corpus.py

Each case is a folder holding small input files (gzip where size matters: a bomb is a few KB on
disk) and cases.json lists how the binary is run on it and what must hold: the allowed exit codes
and text that must or must not appear on stderr and in the report. HostileCorpusTests runs every
case under a timeout and an address-space limit and fails on a signal, a hang or a crash.
Deterministic: gzip members carry mtime 0, so a rerun writes identical bytes.
"""
import gzip
import io
import json
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests", "postureTests",
                    "Fixtures", "hostile")
ACCOUNT = "111122223333"
ESC = "\x1b"
CASES = []


def finding(n, **overrides):
    base = {
        "SchemaVersion": "2018-10-08",
        "Id": f"arn:aws:securityhub:eu-west-1:{ACCOUNT}:security-control/IAM.6/finding/hostile-{n}",
        "ProductArn": "arn:aws:securityhub:eu-west-1::product/aws/securityhub",
        "ProductName": "Security Hub",
        "GeneratorId": "security-control/IAM.6",
        "AwsAccountId": ACCOUNT,
        "Region": "eu-west-1",
        "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
        "CreatedAt": "2026-11-02T10:00:00.000Z",
        "UpdatedAt": "2026-11-20T08:00:00.000Z",
        "Severity": {"Label": "HIGH"},
        "Title": f"IAM.6 control {n}",
        "Description": "Checks IAM.6.",
        "Resources": [{"Type": "AwsAccount", "Id": f"AWS::::Account:{ACCOUNT}", "Region": "eu-west-1"}],
        "Compliance": {"Status": "FAILED", "SecurityControlId": "IAM.6"},
        "Workflow": {"Status": "NEW"},
        "RecordState": "ACTIVE",
    }
    base.update(overrides)
    return base


def write(case, name, data):
    path = os.path.join(ROOT, case, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(data)
    return name


def gz(chunks):
    """gzip of the concatenated byte chunks (an iterable, so bombs are never held in memory whole)."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        for chunk in chunks:
            handle.write(chunk)
    return buffer.getvalue()


def repeated(unit, count, block=1 << 20):
    per = max(1, block // len(unit))
    while count > 0:
        take = min(per, count)
        yield unit * take
        count -= take


def case(name, inputs, exits, extra=None, stderr=None, not_stderr=None, report=None, not_report=None, strict=False):
    """inputs are relative to the case folder; extra arguments may use {case} for the case folder."""
    CASES.append({
        "name": name,
        "inputs": inputs,
        "arguments": (extra or []) + (["--strict"] if strict else []),
        "exit": exits,
        "stderr": stderr or [],
        "notStderr": not_stderr or [],
        "report": report or [],
        "notReport": not_report or [],
    })


def asff(case_name, findings, name="findings.json"):
    return write(case_name, name, json.dumps({"Findings": findings}, indent=1))


def build():
    if os.path.isdir(ROOT):
        shutil.rmtree(ROOT)

    # Crashes: epoch numbers at and above 2^63, numeric strings, in every family.
    for label, value in [("1e300", 1e300), ("9.3e18", 9.3e18), ("string", "9300000000000000000"),
                         ("negative", -1e300), ("max", 1.7976931348623157e308)]:
        name = f"epoch-asff-{label}"
        asff(name, [finding(1, UpdatedAt=value, CreatedAt=value, FirstObservedAt=value)])
        case(name, [name + "/findings.json"], [0])
    write("epoch-ecr", "scan.json", json.dumps({
        "registryId": ACCOUNT, "repositoryName": "shop", "imageId": {"imageDigest": "sha256:" + "a" * 64},
        "imageScanStatus": {"status": "COMPLETE"},
        "imageScanFindings": {"imageScanCompletedAt": 9.3e18, "vulnerabilitySourceUpdatedAt": "1e300",
                              "findings": [{"name": "CVE-2024-1", "severity": "HIGH"}],
                              "findingSeverityCounts": {"HIGH": 1}}}))
    case("epoch-ecr", ["epoch-ecr/scan.json"], [0])
    write("epoch-waf-log", "waf.jsonl", "\n".join(json.dumps({
        "timestamp": t, "formatVersion": 1, "webaclId": "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/a/1",
        "terminatingRuleId": "Default_Action", "action": "ALLOW",
        "httpRequest": {"clientIp": "203.0.113.1", "country": "GB", "uri": "/", "httpMethod": "GET",
                        "requestId": f"r{i}"}}) for i, t in enumerate([1e300, 9.3e18, "9300000000000000000"])) + "\n")
    case("epoch-waf-log", ["epoch-waf-log/waf.jsonl"], [0])

    # Crashes: OCSF ids that are not integers (an Int conversion would trap).
    ocsf = []
    for i, (severity_id, status_id) in enumerate([(1e300, "nan"), ("inf", -1e300), (9.3e18, 2.5), ("1e400", None)]):
        ocsf.append({"class_uid": 2003, "activity_id": 1, "severity_id": severity_id, "status_id": status_id,
                     "metadata": {"uid": f"m{i}", "product": {"name": "Security Hub"}},
                     "cloud": {"account": {"uid": ACCOUNT}, "region": "eu-west-1"},
                     "finding_info": {"uid": f"ocsf-{i}", "title": "t", "modified_time": 1e300},
                     "compliance": {"control": "S3.1", "status_id": severity_id}})
    write("ocsf-ids", "findings.ocsf.json", json.dumps(ocsf))
    case("ocsf-ids", ["ocsf-ids/findings.ocsf.json"], [0])

    # Crashes: weights that overflow a sum, counts out of range.
    sample = {"Request": {"ClientIP": "198.51.100.1", "Country": "ES", "URI": "/", "Method": "GET"},
              "Timestamp": 1795942986.812, "Action": "BLOCK",
              "RuleNameWithinRuleGroup": "AWS#AWSManagedRulesSQLiRuleSet#SQLi_BODY"}
    write("weight-overflow", "sampled.json", json.dumps({
        "SampledRequests": [dict(sample, Weight=9223372036854775807), dict(sample, Weight=9223372036854775807)],
        "PopulationSize": 9223372036854775807,
        "TimeWindow": {"StartTime": 1795940000, "EndTime": 1795950000}}))
    case("weight-overflow", ["weight-overflow/sampled.json"], [0, 3])
    write("weight-huge-float", "sampled.json", json.dumps({
        "SampledRequests": [dict(sample, Weight=1e300), dict(sample, Weight="-9223372036854775808")],
        "PopulationSize": 1e300}))
    case("weight-huge-float", ["weight-huge-float/sampled.json"], [0, 3])

    # Crashes: YAML alias bomb (ten lines that expand to billions of nodes) and friends.
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i, letter in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        bomb.append(f"{letter}: &{letter} [" + ",".join([f"*{prev}"] * 9) + "]")
    bomb.append("acceptances: *i")
    write("yaml-alias-bomb", "risk-acceptances.yml", "\n".join(bomb) + "\n")
    asff("yaml-alias-bomb", [finding(1)])
    case("yaml-alias-bomb", ["yaml-alias-bomb/findings.json"], [3],
         extra=["--acceptances", "{case}/risk-acceptances.yml"], stderr=["risk-acceptances.yml:1:4:", "anchors"])
    write("yaml-alias-env", "environments.yml", "x: &x {accountId: '111122223333', name: a, environment: prod}\n"
          "environments:\n  - *x\n")
    asff("yaml-alias-env", [finding(1)])
    case("yaml-alias-env", ["yaml-alias-env/findings.json"], [3],
         extra=["--environments", "{case}/environments.yml"], stderr=["anchors"])
    dup = ["acceptances:", "  - id: RA-1", "    match: {controls: [IAM.6]}", "    reason: r", "    owner: o",
           "    approvedBy: a", "    acceptedOn: 2026-04-01", "    expiresOn: 2026-12-31", "    reason: again"]
    write("yaml-duplicate-key", "risk-acceptances.yml", "\n".join(dup) + "\n")
    asff("yaml-duplicate-key", [finding(1)])
    case("yaml-duplicate-key", ["yaml-duplicate-key/findings.json"], [3],
         extra=["--acceptances", "{case}/risk-acceptances.yml"], stderr=["risk-acceptances.yml:9:5:", "duplicated key"])
    write("yaml-deep", "environments.yml", "environments: " + "[" * 5000 + "]" * 5000 + "\n")
    asff("yaml-deep", [finding(1)])
    case("yaml-deep", ["yaml-deep/findings.json"], [3], extra=["--environments", "{case}/environments.yml"])

    # Limits: nesting, strings, numbers, records, gzip bombs.
    write("deep-nesting", "deep.json.gz", gz(repeated(b"[", 50_000_000)))
    case("deep-nesting", ["deep-nesting/deep.json.gz"], [3], stderr=["--max-depth"])
    write("deep-object", "deep.json", '{"Findings":[' + '{"a":' * 2000 + "1" + "}" * 2000 + "]}")
    case("deep-object", ["deep-object/deep.json"], [3], stderr=["--max-depth"])
    title_head = json.dumps({"Findings": [finding(1, Title="@@")]}).encode().split(b"@@")
    write("long-title", "long.json.gz", gz([title_head[0]] + list(repeated(b"A", 3_000_000)) + [title_head[1]]))
    case("long-title", ["long-title/long.json.gz"], [0], stderr=["--max-string-length"],
         report=["[truncated by posture]"])
    write("unterminated-string", "open.json.gz", gz([b'{"Findings":[{"Title":"'] + list(repeated(b"B", 100_000_000))))
    case("unterminated-string", ["unterminated-string/open.json.gz"], [3], stderr=["limit exceeded"])
    write("gzip-bomb", "bomb.json.gz", gz([b'{"Findings":['] + list(repeated(b" ", 100_000_000)) + [b"]}"]))
    case("gzip-bomb", ["gzip-bomb/bomb.json.gz"], [3], stderr=["--max-compression-ratio"])
    write("long-number", "number.json", '{"Findings":[{"Title":' + "1" * 10_000 + "}]}")
    case("long-number", ["long-number/number.json"], [3])
    asff("record-size", [finding(1, Description="x" * 5000)])
    case("record-size", ["record-size/findings.json"], [3], extra=["--max-record-size", "2000"],
         stderr=["--max-record-size"])
    asff("record-count", [finding(i) for i in range(12)])
    case("record-count", ["record-count/findings.json"], [3], extra=["--max-records", "5"], stderr=["--max-records"])
    write("tiny-records", "many.jsonl.gz", gz(repeated(b'{"a":1}\n', 150_000)))
    case("tiny-records", ["tiny-records/many.jsonl.gz"], [3], extra=["--max-records", "100000", "--skip-invalid"],
         stderr=["--max-records"])
    write("truncated-gzip", "cut.json.gz", gz([json.dumps({"Findings": [finding(1)]}).encode()])[:-12])
    case("truncated-gzip", ["truncated-gzip/cut.json.gz"], [3])
    write("binary", "random.json", bytes((i * 7919 + 13) % 256 for i in range(4096)))
    case("binary", ["binary/random.json"], [3])

    # Text hygiene: control, non-characters and bidi/invisible characters everywhere.
    nasty = f"a{ESC}]0;pwned\x07b\x00c\x0bd\x0ce\ufffef\u202eg\u2066h\u200bi\ufeffj\r\nwarning: forged"
    asff("control-characters", [finding(
        1, Id="id-" + nasty, AwsAccountId=ACCOUNT, Title="title " + nasty, Description=nasty,
        Severity={"Label": "HIGH"}, Resources=[{"Type": "AwsS3Bucket" + nasty, "Id": "res-" + nasty, "Region": nasty}],
        Compliance={"Status": "FAILED", "SecurityControlId": "S3." + nasty}),
        finding(2, Severity={"Label": "SEV" + ESC}, Title=nasty)])
    write("control-characters", "risk-acceptances.yml",
          "acceptances:\n  - id: \"RA-\\e[31m\"\n    match: {controls: [\"S3.\\e\"]}\n"
          "    reason: \"reason \\e]0;x\\a \\u202E\"\n    owner: o\n    approvedBy: a\n"
          "    acceptedOn: 2026-04-01\n    expiresOn: 2026-12-31\n")
    write("control-characters", "environments.yml",
          "environments:\n  - {accountId: \"111122223333\", name: \"prod\\e[2J\\u202E\", environment: \"prod\\a\"}\n")
    case("control-characters", ["control-characters/findings.json"], [0],
         extra=["--acceptances", "{case}/risk-acceptances.yml", "--environments", "{case}/environments.yml"],
         not_stderr=[ESC, "\x07", "\u202e"], report=["\\u001B"], not_report=[ESC, "\x07", "\x00", "\u202e", "\ufffe"])

    # Markup characters each followed by a combining mark (one character each, compared as characters, none of them
    # `<` or a quote): report.html and the charts stay well-formed, with every markup byte escaped. Such a title once
    # ended the run ("rendered html is not well-formed").
    marked = ("<\u0301script>alert(1)</script> \"\u0301 onmouseover=alert(1) '\u0301 &\u0301 >\u0301"
              " |\u0301 cell [\u0301link](https://example.invalid)")
    asff("combining-marks", [finding(
        1, Title="title " + marked, Description=marked,
        Resources=[{"Type": "AwsS3Bucket", "Id": "arn:aws:s3:::bucket-" + marked, "Region": "eu-west-1",
                    "Tags": {"Owner" + marked: marked}}],
        Compliance={"Status": "FAILED", "SecurityControlId": "S3.1"}),
        finding(2, Title=marked, Compliance={"Status": "FAILED", "SecurityControlId": "IAM.6"})])
    # (report.json holds the texts as they are, in JSON strings: the escaped forms are report.html's and report.md's;
    # a `|` with a mark once ended a table cell in report.md, a `[` with a mark opened a link.)
    case("combining-marks", ["combining-marks/findings.json"], [0],
         report=["&lt;\u0301script&gt;", "&quot;\u0301 onmouseover", "&#39;\u0301 &amp;\u0301 &gt;\u0301",
                 "\\|\u0301 cell \\[\u0301link\\]"])

    # Empty and meaningless inputs: fine without --strict, refused with it.
    for label, text in [("empty-object", "{}"), ("empty-array", "[]"), ("empty-finding", '{"Findings":[{}]}')]:
        write(label, "input.json", text)
        case(label + "-strict", [label + "/input.json"], [3], strict=True, stderr=["no findings"])
    asff("long-acceptance", [finding(1)])
    write("long-acceptance", "risk-acceptances.yml",
          "acceptances:\n  - id: RA-1\n    match: {controls: [IAM.6]}\n    reason: r\n    owner: o\n"
          "    approvedBy: a\n    acceptedOn: 2026-04-01\n    expiresOn: 9999-12-31\n")
    case("long-acceptance", ["long-acceptance/findings.json"], [3], strict=True,
         extra=["--acceptances", "{case}/risk-acceptances.yml"], stderr=["over a year"])
    asff("bad-account", [finding(1)])
    write("bad-account", "environments.yml", "environments:\n  - {accountId: \"1111-2222-3333\", name: a, environment: prod}\n")
    case("bad-account", ["bad-account/findings.json"], [3], strict=True,
         extra=["--environments", "{case}/environments.yml"], stderr=["not 12 digits"])

    with open(os.path.join(ROOT, "cases.json"), "w") as handle:
        json.dump(CASES, handle, indent=1, ensure_ascii=True)
        handle.write("\n")
    total = 0
    for folder, _, files in os.walk(ROOT):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    print(f"{len(CASES)} cases, {total} bytes in {ROOT}")


if __name__ == "__main__":
    build()
