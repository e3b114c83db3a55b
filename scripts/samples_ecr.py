"""ECR describe-image-scan-findings outputs for November: BASIC (shop/api) and ENHANCED (shop/web)."""
import datetime as _dt

from samples_common import PROD, REGION, det_hex, dump_json, parse_day, write_text
from samples_vulns import CVES, DIGEST, IMAGE_TAG, INSPECTOR, inspector_first_seen, inspector_id

# (cve, package, version, severity, cvss2 score, cvss2 vector, cvss3 score|None, cvss3 vector|None)
BASIC = [
    ("CVE-2024-45490", "expat", "2.5.0-1", "CRITICAL", None, None, 9.8,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"),
    ("CVE-2023-31484", "perl", "5.36.0-7", "HIGH", None, None, 8.1,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"),
    ("CVE-2023-44487", "nghttp2", "1.52.0-1", "HIGH", None, None, 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"),
    ("CVE-2023-52425", "expat", "2.5.0-1", "HIGH", None, None, 7.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"),
    ("CVE-2023-5678", "openssl", "3.0.11-1~deb12u1", "MEDIUM", None, None, 5.3,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L"),
    ("CVE-2023-50495", "ncurses", "6.4-4", "MEDIUM", None, None, 6.5,
     "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H"),
    ("CVE-2024-2511", "openssl", "3.0.11-1~deb12u1", "MEDIUM", None, None, None, None),
    ("CVE-2016-2781", "coreutils", "9.1-1", "LOW", 2.1, "AV:L/AC:L/Au:N/C:N/I:P/A:N", 6.5,
     "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:N/I:H/A:N"),
    ("CVE-2011-3374", "apt", "2.6.1", "LOW", 4.3, "AV:N/AC:M/Au:N/C:N/I:P/A:N", 3.7,
     "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N"),
    ("CVE-2022-27943", "gcc-12", "12.2.0-14", "LOW", 4.3, "AV:N/AC:M/Au:N/C:N/I:N/A:P", 5.5,
     "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H"),
    ("CVE-2023-29383", "shadow", "1:4.13+dfsg1-1", "LOW", None, None, 3.3,
     "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:L/A:N"),
    ("CVE-2013-4392", "systemd", "252.17-1~deb12u1", "INFORMATIONAL", 3.3, "AV:L/AC:M/Au:N/C:P/I:P/A:N",
     None, None),
    ("CVE-2025-0001", "libgcrypt20", "1.10.1-3", "UNDEFINED", None, None, None, None),
]


def basic_scan():
    findings = []
    for i, (cve, pkg, ver, sev, c2, v2, c3, v3) in enumerate(BASIC):
        attrs = [("package_version", ver), ("package_name", pkg)]
        if c2 is not None:
            attrs += [("CVSS2_VECTOR", v2), ("CVSS2_SCORE", str(c2))]
        if c3 is not None:
            attrs += [("CVSS3_SCORE", str(c3)), ("CVSS3_VECTOR", v3)]
        if i % 3 == 1:  # key order varies in real output
            attrs.reverse()
        uri = "https://security-tracker.debian.org/tracker/" + cve
        if cve == "CVE-2023-31484":
            uri += " "  # real output sometimes carries a trailing space
        f = {"name": cve, "uri": uri, "severity": sev,
             "attributes": [{"key": k, "value": v} for k, v in attrs]}
        desc = CVES.get(cve, (None,) * 7)[6]
        if desc:
            f = {"name": cve, "description": desc, "uri": uri, "severity": sev, "attributes": f["attributes"]}
        findings.append(f)
    counts = {}
    for f in findings:
        counts[f["severity"]] = counts.get(f["severity"], 0) + 1
    order = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL", "UNDEFINED"]
    return {
        "imageScanFindings": {
            "findings": findings,
            "imageScanCompletedAt": "2026-11-28T10:14:22+01:00",
            "vulnerabilitySourceUpdatedAt": "2026-11-27T23:51:09+01:00",
            "findingSeverityCounts": {k: counts[k] for k in order if k in counts},
        },
        "registryId": PROD,
        "repositoryName": "shop/api",
        "imageId": {"imageDigest": DIGEST["shop/api"], "imageTag": IMAGE_TAG["shop/api"]},
        "imageScanStatus": {"status": "COMPLETE", "description": "The scan was completed successfully."},
    }


def epoch(dt):
    return round(dt.timestamp(), 3)


def enhanced_scan():
    out = []
    pushed = parse_day("2026-11-03") + _dt.timedelta(hours=10, minutes=41, seconds=7)
    for cve, acct, kind, key, months in INSPECTOR:
        if kind != "ecr" or key != "shop/web" or months.split()[2] != "X":
            continue
        pkg, ver, fixed, score, vector, label, summary = CVES[cve]
        first = inspector_first_seen(acct, cve, kind, key, months)
        name, release = (ver.split("-", 1) + [""])[:2]
        epoch_n = 1 if ver.startswith("1:") else 0
        if ver.startswith("1:"):
            name = ver[2:].split("-")[0]
        upd = parse_day("2026-11-29") + _dt.timedelta(hours=3, minutes=len(cve), seconds=score * 3)
        out.append({
            "awsAccountId": acct,
            "description": summary,
            "findingArn": inspector_id(acct, cve, kind, key),
            "firstObservedAt": epoch(first),
            "lastObservedAt": epoch(upd),
            "packageVulnerabilityDetails": {
                "cvss": [{"baseScore": score, "scoringVector": vector, "source": "NVD", "version": "3.1"}],
                "referenceUrls": ["https://nvd.nist.gov/vuln/detail/" + cve,
                                  "https://security-tracker.debian.org/tracker/" + cve],
                "relatedVulnerabilities": [],
                "source": "DEBIAN_CVE" if not pkg.startswith("golang") else "GITHUB",
                "sourceUrl": ("https://security-tracker.debian.org/tracker/" + cve) if not pkg.startswith("golang")
                else "https://github.com/advisories",
                "vendorCreatedAt": epoch(parse_day("2023-10-10")),
                "vendorSeverity": label if cve != "CVE-2016-2781" else "unimportant",
                "vendorUpdatedAt": epoch(parse_day("2026-11-20")),
                "vulnerabilityId": cve,
                "vulnerablePackages": [{
                    "arch": "AMD64", "epoch": epoch_n, "fixedInVersion": fixed or "NotAvailable",
                    "name": pkg, "packageManager": "GOMOD" if pkg.startswith("golang") else "OS",
                    "release": release if not pkg.startswith("golang") else "",
                    "sourceLayerHash": "sha256:" + det_hex(64, "layer", pkg),
                    "version": name,
                    **({"filePath": "app/shop-web"} if pkg.startswith("golang") else {}),
                }],
            },
            "remediation": {"recommendation": {
                "text": "Upgrade %s to %s" % (pkg, fixed) if fixed else "None Provided"}},
            "resources": [{
                "details": {"awsEcrContainerImage": {
                    "architecture": "amd64", "imageHash": DIGEST["shop/web"],
                    "imageTags": [IMAGE_TAG["shop/web"]], "platform": "DEBIAN_12",
                    "pushedAt": epoch(pushed), "lastInUseAt": epoch(parse_day("2026-11-29")),
                    "inUseCount": 3, "registry": PROD, "repositoryName": "shop/web"}},
                "id": "arn:aws:ecr:%s:%s:repository/shop/web/%s" % (REGION, PROD, DIGEST["shop/web"]),
                "tags": {},
                "type": "AWS_ECR_CONTAINER_IMAGE",
            }],
            "score": score,
            "scoreDetails": {"cvss": {"adjustments": [], "score": score, "scoreSource": "NVD",
                                      "scoringVector": vector, "version": "3.1"}},
            "severity": label,
            "status": "ACTIVE",
            "title": "%s - %s" % (cve, pkg),
            "type": "PACKAGE_VULNERABILITY",
            "updatedAt": epoch(upd),
            "fixAvailable": "YES" if fixed else "NO",
            "exploitAvailable": "YES" if cve in ("CVE-2023-44487", "CVE-2023-4863") else "NO",
        })
    counts = {}
    for f in out:
        counts[f["severity"]] = counts.get(f["severity"], 0) + 1
    return {
        "imageScanFindings": {
            "enhancedFindings": out,
            "imageScanCompletedAt": epoch(parse_day("2026-11-29") + _dt.timedelta(hours=3, minutes=2)),
            "vulnerabilitySourceUpdatedAt": epoch(parse_day("2026-11-29") + _dt.timedelta(hours=2, minutes=47)),
            "findingSeverityCounts": dict(sorted(counts.items())),
        },
        "registryId": PROD,
        "repositoryName": "shop/web",
        "imageId": {"imageDigest": DIGEST["shop/web"], "imageTag": IMAGE_TAG["shop/web"]},
        "imageScanStatus": {"status": "ACTIVE", "description": "Continuous scan is selected for image."},
    }


def write(controls=None):
    write_text("2026-11/ecr/shop-api-basic.json", dump_json(basic_scan()))
    write_text("2026-11/ecr/shop-web-enhanced.json", dump_json(enhanced_scan()))
