#!/usr/bin/env python3
"""Regenerate the Example Shop sample inputs under samples/ (deterministic, stdlib only).

    python3 scripts/make-samples.py

Writes samples/<month>/securityhub/findings.json for 2026-09..2026-11, the November ECR
scans and WAF exports, environments.yml, risk-acceptances.yml and README.md, and prints
per-month counts and control scores (AWS rule) on stdout.
"""
import datetime as _dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samples_common import (ACCOUNTS, MONTHS, dump_json, load_controls, write_text)  # noqa: E402
import samples_asff  # noqa: E402
import samples_vulns  # noqa: E402
import samples_ecr  # noqa: E402
import samples_waf  # noqa: E402
import samples_docs  # noqa: E402


def parse_ts(s):
    s = s.replace("Z", "+00:00")
    return _dt.datetime.fromisoformat(s)


def month_findings(month, controls):
    ctl, dups = samples_asff.control_findings(month, controls)
    allf = ctl + samples_vulns.guardduty_findings(month) + samples_vulns.inspector_findings(month)
    allf.sort(key=lambda f: (parse_ts(f["UpdatedAt"]), f["Id"]), reverse=True)
    # pagination overlap: an older copy of the same Id on another "page"
    for n, (placement, older) in enumerate(dups):
        if placement == "newer_last":      # stale copy printed first, fresh copy later
            allf.insert(2 + 7 * n, older)
        else:                               # fresh copy first, stale copy near the end
            allf.insert(len(allf) - 3 - 5 * n, older)
    return allf


def latest(findings):
    """(ProductArn, Id) -> record with greatest UpdatedAt, tie -> later in input."""
    best = {}
    for f in findings:
        k = (f["ProductArn"], f["Id"])
        if k not in best or parse_ts(f["UpdatedAt"]) >= parse_ts(best[k]["UpdatedAt"]):
            best[k] = f
    return list(best.values())


def control_status(findings):
    """AWS rule per control: drop ARCHIVED and SUPPRESSED; FAILED > WARNING/NOT_AVAILABLE > PASSED."""
    per = {}
    for f in findings:
        comp = f.get("Compliance")
        if not comp:
            continue
        ctl = comp.get("SecurityControlId") or f["ProductFields"].get("ControlId")
        per.setdefault(ctl, [])
        if f.get("RecordState") == "ARCHIVED" or f.get("Workflow", {}).get("Status") == "SUPPRESSED":
            continue
        per[ctl].append(comp["Status"])
    out = {}
    for ctl, sts in per.items():
        if not sts:
            out[ctl] = "no data"
        elif "FAILED" in sts:
            out[ctl] = "failed"
        elif "WARNING" in sts or "NOT_AVAILABLE" in sts:
            out[ctl] = "unknown"
        else:
            out[ctl] = "passed"
    return out


def score(statuses):
    c = {k: sum(1 for v in statuses.values() if v == k) for k in ("passed", "failed", "unknown", "no data")}
    denom = c["passed"] + c["failed"] + c["unknown"]
    c["score"] = round(100.0 * c["passed"] / denom, 1) if denom else None
    return c


def main():
    controls = load_controls()
    summary = {}
    for month in MONTHS:
        allf = month_findings(month, controls)
        write_text("%s/securityhub/findings.json" % month, dump_json({"Findings": allf}))
        ids = [f["Id"] for f in allf]
        dup_ids = sorted({i for i in ids if ids.count(i) > 1})
        cur = latest(allf)
        s = {"findings": len(allf), "unique": len(set(ids)), "duplicates": dup_ids,
             "by_product": {}, "accounts": {}, "statuses": {}}
        for f in cur:
            s["by_product"][f["ProductName"]] = s["by_product"].get(f["ProductName"], 0) + 1
        for acct, name, env in ACCOUNTS:
            st = control_status([f for f in cur if f["AwsAccountId"] == acct])
            s["statuses"][acct] = st
            s["accounts"][acct] = score(st)
        st = control_status(cur)
        s["statuses"]["overall"] = st
        s["overall"] = score(st)
        summary[month] = s

    samples_ecr.write(controls)
    waf_stats = samples_waf.write()
    samples_docs.write(summary, waf_stats)

    for month in MONTHS:
        s = summary[month]
        print("%s: %d findings, %d unique Ids, duplicated Ids: %d" % (
            month, s["findings"], s["unique"], len(s["duplicates"])))
        print("  by product (latest copy): %s" % ", ".join(
            "%s %d" % kv for kv in sorted(s["by_product"].items())))
        for acct, name, env in ACCOUNTS:
            c = s["accounts"][acct]
            print("  %s %-12s passed %3d failed %3d unknown %2d no-data %d score %.1f%%" % (
                acct, name, c["passed"], c["failed"], c["unknown"], c["no data"], c["score"]))
        c = s["overall"]
        print("  overall                   passed %3d failed %3d unknown %2d no-data %d score %.1f%%" % (
            c["passed"], c["failed"], c["unknown"], c["no data"], c["score"]))
    for a, b in zip(MONTHS, MONTHS[1:]):
        sa, sb = summary[a]["statuses"]["overall"], summary[b]["statuses"]["overall"]
        reg = sorted(k for k in sb if sb[k] == "failed" and sa.get(k) == "passed")
        fixed = sorted(k for k in sb if sb[k] == "passed" and sa.get(k) == "failed")
        new = sorted(k for k in sb if k not in sa)
        gone = sorted(k for k in sa if k not in sb)
        print("%s -> %s: regressed %s; fixed %s; new controls %s; gone %s" % (
            a, b, reg or "-", fixed or "-", new or "-", gone or "-"))
    print("WAF log: %(total)d requests, %(ALLOW)d allowed, %(BLOCK)d blocked" % waf_stats)


if __name__ == "__main__":
    main()
