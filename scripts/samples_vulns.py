"""GuardDuty and Inspector findings (ASFF) plus the shared vulnerability catalogue used by ECR."""
import datetime as _dt

from samples_common import (DEV, MONTHS, PROD, REGION, STAGING, det_hex, month_time,
                            parse_day, rng, ts_ms, ts_s)

# CVE -> (package, installed version, fixed version or None, cvss3 score, vector, label, summary)
CVES = {
    "CVE-2024-6387": ("openssh-server", "8.7p1-38.el9", "8.7p1-38.el9_4.1", 8.1,
                      "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H", "HIGH",
                      "A signal handler race condition was found in OpenSSH's server (sshd), where a client "
                      "does not authenticate within LoginGraceTime seconds (“regreSSHion”)."),
    "CVE-2023-44487": ("golang.org/x/net", "0.15.0", "0.17.0", 7.5,
                       "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "HIGH",
                       "The HTTP/2 protocol allows a denial of service (server resource consumption) because "
                       "request cancellation can reset many streams quickly (Rapid Reset)."),
    "CVE-2024-3094": ("xz-utils", "5.6.0-0.2", "5.6.1+really5.4.5-1", 10.0,
                      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "CRITICAL",
                      "Malicious code was discovered in the upstream tarballs of xz, starting with version "
                      "5.6.0. The liblzma build process extracts a prebuilt object file from a disguised test file."),
    "CVE-2023-4863": ("libwebp7", "1.2.4-0.1", "1.2.4-0.2+deb12u1", 8.8,
                      "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", "HIGH",
                      "Heap buffer overflow in libwebp allowed a remote attacker to perform an out of bounds "
                      "memory write via a crafted HTML page."),
    "CVE-2022-0778": ("openssl", "1.1.1k-4.el8", "1.1.1k-6.el8_5", 7.5,
                      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H", "HIGH",
                      "The BN_mod_sqrt() function, which computes a modular square root, contains a bug that "
                      "can cause it to loop forever for non-prime moduli."),
    "CVE-2023-38545": ("curl", "7.88.1-10+deb12u3", "7.88.1-10+deb12u4", 9.8,
                       "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CRITICAL",
                       "This flaw makes curl overflow a heap based buffer in the SOCKS5 proxy handshake."),
    "CVE-2023-45853": ("zlib1g", "1:1.2.13.dfsg-1", None, 9.8,
                       "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CRITICAL",
                       "MiniZip in zlib through 1.3 has an integer overflow and resultant heap-based buffer "
                       "overflow in zipOpenNewFileInZip4_64 via a long filename, comment, or extra field."),
    "CVE-2024-21626": ("runc", "1.1.7-1", "1.1.12-1", 8.6,
                       "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H", "HIGH",
                       "runc is a CLI tool for spawning and running containers; an internal file descriptor "
                       "leak allows a container process to gain access to the host filesystem."),
    "CVE-2023-4911": ("glibc", "2.34-60.amzn2023", "2.34-60.amzn2023.0.2", 7.8,
                      "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", "HIGH",
                      "A buffer overflow was discovered in the GNU C Library's dynamic loader ld.so while "
                      "processing the GLIBC_TUNABLES environment variable (“Looney Tunables”)."),
    "CVE-2023-5678": ("openssl", "3.0.11-1~deb12u1", "3.0.11-1~deb12u2", 5.3,
                      "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", "MEDIUM",
                      "Generating excessively long X9.42 DH keys or checking excessively long X9.42 DH keys "
                      "or parameters may be very slow."),
    "CVE-2024-35195": ("requests", "2.31.0", "2.32.0", 5.6,
                       "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:N", "MEDIUM",
                       "When making requests through a Requests Session, if the first request is made with "
                       "verify=False to disable cert verification, all subsequent requests to the same origin "
                       "will continue to ignore cert verification."),
    "CVE-2024-28182": ("libnghttp2-14", "1.52.0-1", "1.52.0-1+deb12u1", 5.3,
                       "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L", "MEDIUM",
                       "nghttp2 keeps reading an unbounded number of HTTP/2 CONTINUATION frames even after a "
                       "stream is reset to keep HPACK context in sync."),
    "CVE-2016-2781": ("coreutils", "9.1-1", None, 6.5,
                      "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:C/C:N/I:H/A:N", "LOW",
                      "chroot in GNU coreutils, when used with --userspec, allows local users to escape to the "
                      "parent session via a crafted TIOCSTI ioctl call."),
    "CVE-2011-3374": ("apt", "2.6.1", None, 3.7,
                      "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N", "LOW",
                      "It was found that apt-key in apt, all versions, do not correctly validate gpg keys with "
                      "the master keyring, leading to a potential man-in-the-middle attack."),
    "CVE-2022-27943": ("gcc-12", "12.2.0-14", None, 5.5,
                       "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H", "LOW",
                       "libiberty/rust-demangle.c in GNU GCC 11.2 allows stack consumption in demangle_const."),
}

# Inspector findings per month: (cve, account, resource kind, resource key, months present)
# kinds: ec2 (instance id), ecr (repo, digest-key), lambda (function name)
INSPECTOR = [
    # the old bastion, terminated in October (Fargate and ECS Exec replaced it)
    ("CVE-2024-6387", PROD, "ec2", "i-0abc1234def567890", "X - -"),
    # shop/web is scanned by Inspector (ECR enhanced scanning); shop/api keeps ECR basic scanning
    ("CVE-2023-44487", PROD, "ecr", "shop/web", "X X X"),
    ("CVE-2023-4863", PROD, "ecr", "shop/web", "X X X"),
    ("CVE-2023-38545", PROD, "ecr", "shop/web", "X X -"),
    ("CVE-2023-45853", PROD, "ecr", "shop/web", "- X X"),
    ("CVE-2023-5678", PROD, "ecr", "shop/web", "X X X"),
    ("CVE-2024-28182", PROD, "ecr", "shop/web", "- - X"),
    ("CVE-2016-2781", PROD, "ecr", "shop/web", "X X X"),
    ("CVE-2011-3374", PROD, "ecr", "shop/web", "X X X"),
    ("CVE-2022-27943", PROD, "ecr", "shop/web", "X X X"),
]

# image digests per repository (Nov = current image; older months used an older image)
DIGEST = {
    "shop/web": "sha256:" + det_hex(64, "digest", "shop/web"),
    "shop/api": "sha256:" + det_hex(64, "digest", "shop/api"),
}
IMAGE_TAG = {"shop/web": "2026.11.3", "shop/api": "2026.11.5"}


def inspector_id(acct, cve, kind, key):
    return "arn:aws:inspector2:%s:%s:finding/%s" % (REGION, acct, det_hex(32, "insp", acct, cve, kind, key))


def inspector_first_seen(acct, cve, kind, key, months):
    first = MONTHS[[i for i, x in enumerate(months.split()) if x == "X"][0]]
    r = rng("insp-first", acct, cve, kind, key)
    return parse_day(first + "-02") + _dt.timedelta(days=r.randint(0, 18), hours=r.randint(0, 23),
                                                    minutes=r.randint(0, 59), seconds=r.randint(0, 59))


def inspector_resource(acct, kind, key):
    if kind == "ec2":
        return {"Type": "AwsEc2Instance", "Id": "arn:aws:ec2:%s:%s:instance/%s" % (REGION, acct, key),
                "Partition": "aws", "Region": REGION,
                "Details": {"AwsEc2Instance": {"Type": "t3.small", "ImageId": "ami-0" + det_hex(16, "ami", key),
                                               "VpcId": "vpc-0" + det_hex(16, "vpc", acct),
                                               "LaunchedAt": "2026-06-11T07:20:55.000Z"}}}
    if kind == "ecr":
        return {"Type": "AwsEcrContainerImage",
                "Id": "arn:aws:ecr:%s:%s:repository/%s/%s" % (REGION, acct, key, DIGEST[key]),
                "Partition": "aws", "Region": REGION,
                "Details": {"AwsEcrContainerImage": {
                    "RegistryId": acct, "RepositoryName": key, "Architecture": "amd64",
                    "ImageDigest": DIGEST[key], "ImageTags": [IMAGE_TAG[key]],
                    "ImagePublishedAt": "2026-11-03T10:41:07Z"}}}
    return {"Type": "AwsLambdaFunction",
            "Id": "arn:aws:lambda:%s:%s:function:%s:$LATEST" % (REGION, acct, key),
            "Partition": "aws", "Region": REGION,
            "Details": {"AwsLambdaFunction": {"FunctionName": key, "Runtime": "python3.11"
                                              if "legacy" not in key else "python3.8",
                                              "Version": "$LATEST"}}}


def inspector_findings(month):
    mi = MONTHS.index(month)
    out = []
    for cve, acct, kind, key, months in INSPECTOR:
        if months.split()[mi] != "X":
            continue
        pkg, ver, fixed, score, vector, label, summary = CVES[cve]
        fid = inspector_id(acct, cve, kind, key)
        first = inspector_first_seen(acct, cve, kind, key, months)
        updated = month_time(month, "insp", fid)
        pm = {"ec2": "OS", "ecr": "OS", "lambda": "PYTHONPKG"}[kind]
        if pkg.startswith("golang"):
            pm = "GOMOD"
        if pkg == "requests":
            pm = "PYTHONPKG"
        vp = {"Name": pkg, "Version": ver.split("-")[0] if pm != "OS" else ver.split("-")[0],
              "Release": ver.split("-", 1)[1] if "-" in ver and pm == "OS" else "",
              "Epoch": "0", "Architecture": "X86_64" if kind == "ec2" else "AMD64",
              "PackageManager": pm,
              "FixedInVersion": fixed if fixed else "NotAvailable",
              "Remediation": ("Upgrade your installed software packages to the proposed fixed in version "
                              "and release.") if fixed else "None Provided"}
        if kind == "lambda":
            vp["FilePath"] = "/var/task/requirements.txt" if pkg == "requests" else "/var/task/lib"
        exploit = "YES" if cve in ("CVE-2024-6387", "CVE-2023-44487", "CVE-2024-3094", "CVE-2023-4863",
                                   "CVE-2023-4911", "CVE-2024-21626") else "NO"
        f = {
            "SchemaVersion": "2018-10-08",
            "Id": fid,
            "ProductArn": "arn:aws:securityhub:%s::product/aws/inspector" % REGION,
            "ProductName": "Inspector",
            "CompanyName": "Amazon",
            "Region": REGION,
            "GeneratorId": "AWSInspector",
            "AwsAccountId": acct,
            "Types": ["Software and Configuration Checks/Vulnerabilities/CVE"],
            "FirstObservedAt": ts_s(first),
            "LastObservedAt": ts_s(updated),
            "CreatedAt": ts_s(first),
            "UpdatedAt": ts_s(updated),
            "Severity": {"Label": label, "Normalized": {"CRITICAL": 90, "HIGH": 70, "MEDIUM": 40,
                                                          "LOW": 1}[label]},
            "Title": "%s - %s" % (cve, pkg),
            "Description": summary,
            "Remediation": {"Recommendation": {
                "Text": "Remediation is available. Please refer to the Fixed version in the vulnerability "
                        "details section above.For detailed remediation guidance for each of the affected "
                        "packages, refer to the vulnerabilities section of the detailed finding JSON."
                if fixed else "None Provided"}},
            "ProductFields": {
                "aws/inspector/ProductVersion": "2",
                "aws/inspector/FindingStatus": "ACTIVE",
                "aws/inspector/inspectorScore": str(score),
                "aws/inspector/resources/1/resourceDetails/awsEcrContainerImageDetails/platform": "DEBIAN_12"
                if kind == "ecr" else None,
                "aws/securityhub/FindingId": "arn:aws:securityhub:%s::product/aws/inspector/%s" % (REGION, fid),
                "aws/securityhub/ProductName": "Inspector",
                "aws/securityhub/CompanyName": "Amazon",
            },
            "Resources": [inspector_resource(acct, kind, key)],
            "WorkflowState": "NEW",
            "Workflow": {"Status": "NEW"},
            "RecordState": "ACTIVE",
            "Vulnerabilities": [{
                "Id": cve,
                "VulnerablePackages": [vp],
                "Cvss": [{"Version": "3.1", "BaseScore": score, "BaseVector": vector, "Source": "NVD"}],
                "Vendor": {"Name": "NVD", "Url": "https://nvd.nist.gov/vuln/detail/" + cve,
                           "VendorSeverity": label if label != "LOW" else "MEDIUM"},
                "ReferenceUrls": ["https://nvd.nist.gov/vuln/detail/" + cve],
                "FixAvailable": "YES" if fixed else "NO",
                "ExploitAvailable": exploit,
            }],
        }
        f["ProductFields"] = {k: v for k, v in f["ProductFields"].items() if v is not None}
        out.append(f)
    return out


# ---------------- GuardDuty ----------------
GD = [
    # key, acct, type, label, normalized, product score, resource kind, months, workflow per month
    ("recon-maliciousip", PROD, "TTPs/Discovery/Recon:IAMUser-MaliciousIPCaller", "MEDIUM", 50, 5.0,
     "key", "X X X", "NEW NEW NEW", "ACTIVE ACTIVE ACTIVE"),
    ("root-usage", STAGING, "Software and Configuration Checks/AWS Security Best Practices/"
     "Policy:IAMUser-RootCredentialUsage", "LOW", 20, 2.0,
     "root", "X X X", "NEW NOTIFIED RESOLVED", "ACTIVE ACTIVE ACTIVE"),
    ("s3-maliciousip", PROD, "TTPs/Discovery/Discovery:S3-MaliciousIPCaller", "HIGH", 70, 8.0,
     "s3", "- - X", "- - NEW", "- - ACTIVE"),
    ("runtime-newbinary", DEV, "TTPs/Execution/Execution:Runtime-NewBinaryExecuted", "MEDIUM", 50, 5.0,
     "ecs", "X X X", "NEW NEW NEW", "ACTIVE ARCHIVED ARCHIVED"),
    ("runtime-c2dns", STAGING, "TTPs/Command and Control/Backdoor:Runtime-C&CActivity.B!DNS", "HIGH", 70, 8.0,
     "ecs", "X - -", "NEW - -", "ACTIVE - -"),
    ("dev-anomalous", DEV, "TTPs/Discovery/Discovery:IAMUser-AnomalousBehavior", "LOW", 20, 2.0,
     "key", "- X X", "- NEW NEW", "- ACTIVE ACTIVE"),
]
DETECTOR = {a: det_hex(32, "detector", a) for a in (PROD, STAGING, DEV)}


def guardduty_findings(month):
    mi = MONTHS.index(month)
    out = []
    for key, acct, typ, label, norm, prod, kind, months, wfs, rss in GD:
        if months.split()[mi] != "X":
            continue
        det = DETECTOR[acct]
        fid_hex = det_hex(32, "gd", key)
        fid = "arn:aws:guardduty:%s:%s:detector/%s/finding/%s" % (REGION, acct, det, fid_hex)
        first_month = MONTHS[months.split().index("X")]
        r = rng("gd", key)
        first = parse_day(first_month + "-04") + _dt.timedelta(days=r.randint(0, 15), hours=r.randint(0, 23),
                                                               minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        updated = month_time(month, "gd", key)
        ip = {"recon-maliciousip": "198.51.100.77", "root-usage": "203.0.113.45",
              "s3-maliciousip": "192.0.2.199", "runtime-newbinary": "203.0.113.9",
              "runtime-c2dns": "198.51.100.3", "dev-anomalous": "192.0.2.41"}[key]
        gtype = typ.rsplit("/", 1)[1]
        if kind == "key":
            role = "AWSReservedSSO_DeveloperAccess_" + det_hex(16, "sso", acct)
            res = {"Type": "AwsIamAccessKey", "Id": "AWS::IAM::AccessKey:ASIAZ" + det_hex(15, "key", key).upper(),
                   "Partition": "aws", "Region": REGION,
                   "Details": {"AwsIamAccessKey": {"PrincipalId": "AROAZEXAMPLE4PRINCIPAL:jonas",
                                                   "PrincipalType": "AssumedRole", "PrincipalName": role}}}
            if key == "recon-maliciousip":
                title = "API ListBuckets was invoked from a known malicious IP address %s." % ip
                desc = ("API `ListBuckets` | `GetBucketAcl` was invoked from the IP address %s that is on a "
                        "custom threat list. The principal %s/jonas is not usually seen invoking this API."
                        % (ip, role))
            else:
                title = "Anomalous API DescribeSecurityGroups was invoked by %s/jonas." % role
                desc = ("APIs commonly used in discovery tactics were invoked by the SSO session %s/jonas "
                        "in an unusual way." % role)
        elif kind == "root":
            res = {"Type": "AwsIamAccessKey", "Id": "AWS::IAM::AccessKey:Root", "Partition": "aws",
                   "Region": REGION, "Details": {"AwsIamAccessKey": {"PrincipalId": acct, "PrincipalType": "Root",
                                                                     "PrincipalName": "Root"}}}
            title = "API GetAccountSummary was invoked using root credentials."
            desc = ("API GetAccountSummary was invoked using root credentials from IP address %s "
                    "(break-glass sign-in with the virtual MFA from the team password manager)." % ip)
        elif kind == "s3":
            res = {"Type": "AwsS3Bucket", "Id": "arn:aws:s3:::shop-prod-exports", "Partition": "aws",
                   "Region": REGION, "Details": {"AwsS3Bucket": {"OwnerId": "EXAMPLEOWNERID0123",
                                                                 "CreatedAt": "2025-02-18T12:03:41.000Z"}}}
            title = "API GetObject was invoked from a known malicious IP address %s on bucket shop-prod-exports." % ip
            desc = ("An API commonly used to discover S3 objects (GetObject) was invoked from the known "
                    "malicious IP address %s against the bucket shop-prod-exports." % ip)
        else:
            e = {DEV: "dev", STAGING: "staging", PROD: "prod"}[acct]
            cluster = "arn:aws:ecs:%s:%s:cluster/shop-%s-Cluster-%s" % (
                REGION, acct, e, det_hex(12, "cfn", "cluster", acct).upper())
            res = {"Type": "AwsEcsCluster", "Id": cluster, "Partition": "aws", "Region": REGION,
                   "Details": {"AwsEcsCluster": {"ClusterName": cluster.rsplit("/", 1)[1]}}}
            if "NewBinary" in typ:
                title = "A newly created or recently modified binary file has been executed in task shop-%s-worker." % e
                desc = ("A newly created or recently modified binary file `/tmp/x` was executed in a Fargate task "
                        "of the worker service in cluster %s." % cluster.rsplit("/", 1)[1])
            else:
                title = "A container in task shop-%s-api is querying a domain name associated with a known C&C server." % e
                desc = ("A container in a Fargate task of the api service in cluster %s queried a domain "
                        "associated with a known Command & Control server." % cluster.rsplit("/", 1)[1])
        archived = rss.split()[mi] == "ARCHIVED"
        f = {
            "SchemaVersion": "2018-10-08",
            "Id": fid,
            "ProductArn": "arn:aws:securityhub:%s::product/aws/guardduty" % REGION,
            "ProductName": "GuardDuty",
            "CompanyName": "Amazon",
            "Region": REGION,
            "GeneratorId": "arn:aws:guardduty:%s:%s:detector/%s" % (REGION, acct, det),
            "AwsAccountId": acct,
            "Types": [typ],
            "FirstObservedAt": ts_ms(first),
            "LastObservedAt": ts_ms(updated - _dt.timedelta(minutes=11)),
            "CreatedAt": ts_ms(first + _dt.timedelta(minutes=9, seconds=3)),
            "UpdatedAt": ts_ms(updated),
            "Severity": {"Product": prod, "Label": label, "Normalized": norm},
            "Title": title,
            "Description": desc,
            "SourceUrl": ("https://eu-west-1.console.aws.amazon.com/guardduty/home?region=eu-west-1#/findings"
                          "?macros=current&fId=" + fid_hex),
            "ProductFields": {
                "aws/guardduty/service/archived": "true" if archived else "false",
                "aws/guardduty/service/count": str(3 + 7 * mi + r.randint(0, 5)),
                "aws/guardduty/service/detectorId": det,
                "aws/guardduty/service/eventFirstSeen": ts_ms(first),
                "aws/guardduty/service/eventLastSeen": ts_ms(updated - _dt.timedelta(minutes=11)),
                "aws/guardduty/service/serviceName": "guardduty",
                "aws/guardduty/service/resourceRole": "TARGET",
                "aws/guardduty/type": gtype,
                "aws/guardduty/service/action/awsApiCallAction/remoteIpDetails/ipAddressV4"
                if kind in ("key", "s3") else
                "aws/guardduty/service/action/networkConnectionAction/remoteIpDetails/ipAddressV4": ip,
                "aws/securityhub/FindingId": "arn:aws:securityhub:%s::product/aws/guardduty/%s" % (REGION, fid),
                "aws/securityhub/ProductName": "GuardDuty",
                "aws/securityhub/CompanyName": "Amazon",
            },
            "Resources": [res],
            "WorkflowState": "NEW",
            "Workflow": {"Status": wfs.split()[mi]},
            "RecordState": rss.split()[mi],
            "FindingProviderFields": {"Severity": {"Label": label, "Original": str(prod)}, "Types": [typ]},
        }
        out.append(f)
    return out
