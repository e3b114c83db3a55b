#!/usr/bin/env python3
"""Regenerate the Example Shop sample inputs under samples/ (deterministic, stdlib only).

    python3 scripts/make-samples.py

Writes samples/<month>/securityhub/findings.json for 2026-09..2026-11, the November ECR
scans and WAF exports, environments.yml, risk-acceptances.yml and README.md, and prints
per-month counts and control scores (AWS rule) on stdout.
"""
import datetime as _dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from samples_common import (ACCOUNTS, ASOF, MONTHS, SAMPLES, dump_json, load_controls, write_text)  # noqa: E402
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


def standards(f):
    return [s["StandardsId"] for s in f.get("Compliance", {}).get("AssociatedStandards", [])]


def standard_scores(cur, month):
    """Security Hub's per-standard score: the same rule over the findings of that standard's controls."""
    out = []
    for std in samples_asff.ENABLED[month]:
        mine = [f for f in cur if std in standards(f)]
        entry = {"standardsId": std, "name": samples_asff.STANDARD_NAMES[std],
                 "overall": score(control_status(mine)), "statuses": control_status(mine), "accounts": {}}
        for acct, name, env in ACCOUNTS:
            entry["accounts"][acct] = score(control_status([f for f in mine if f["AwsAccountId"] == acct]))
        out.append(entry)
    return out


# ---------------- acceptances: a plain re-implementation of docs/configuration.md ----------------

def bucket(f):
    """open / suppressed / other, as acceptances see a finding."""
    if f.get("RecordState") == "ARCHIVED":
        return "archived"
    if f.get("Workflow", {}).get("Status") == "SUPPRESSED":
        return "suppressed"
    comp = f.get("Compliance")
    if comp:
        return "open" if comp["Status"] == "FAILED" else "other"
    return "other" if f.get("Workflow", {}).get("Status") == "RESOLVED" else "open"


def glob(pattern, text):
    """`*` any run, `?` one character, everything else literal (fnmatch would read [ ] too)."""
    rx = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(rx, text, re.S) is not None


def matches(match, f):
    envs = {a: (n, e) for a, n, e in ACCOUNTS}
    for key, want in match:
        res = f.get("Resources", [])
        if key == "controls":
            ctl = f.get("Compliance", {}).get("SecurityControlId") or f.get("ProductFields", {}).get("ControlId")
            if not ctl or ctl.lower() not in [w.lower() for w in want]:
                return False
        elif key == "products":
            names = [f.get("ProductName", ""), f["ProductArn"].split("product/")[-1], f["ProductArn"]]
            if not any(n.lower() == w.lower() for n in names for w in want):
                return False
        elif key == "resources":
            if not any(glob(w, r["Id"]) for r in res for w in want):
                return False
        elif key == "accounts":
            if f["AwsAccountId"] not in want:
                return False
        elif key == "environments":
            names = envs.get(f["AwsAccountId"], ("", "unmapped"))
            if not any(n.lower() == w.lower() for n in names for w in want):
                return False
        elif key == "cves":
            ids = [v["Id"].lower() for v in f.get("Vulnerabilities", [])]
            if not any(w.lower() in ids for w in want):
                return False
        elif key == "severities":
            if f["Severity"]["Label"] not in want:
                return False
        elif key == "tags":
            if not any(all(k in r.get("Tags", {}) and glob(v, r["Tags"][k]) for k, v in want.items())
                       for r in res):
                return False
        else:
            raise ValueError(key)
    return True


def evaluate_acceptances(cur, as_of):
    """Which acceptance covers which finding on the as-of date, the state of each, control states."""
    day = _dt.date.fromisoformat(as_of)
    covered, matched = {}, {a[0]: [] for a in samples_docs.ACCEPTANCES}
    for f in cur:
        if bucket(f) not in ("open", "suppressed"):
            continue
        for (rid, match, _r, _o, _a, acc, exp, *_rest) in samples_docs.ACCEPTANCES:
            if matches(match, f):
                matched[rid].append(f)
                valid = _dt.date.fromisoformat(acc) <= day <= _dt.date.fromisoformat(exp)
                if valid and f["Id"] not in covered:
                    covered[f["Id"]] = rid
    states = {}
    for (rid, match, _r, _o, _a, acc, exp, *_rest) in samples_docs.ACCEPTANCES:
        expires = _dt.date.fromisoformat(exp)
        if day > expires:
            states[rid] = "expired"
        elif not matched[rid]:
            states[rid] = "stale"
        elif (expires - day).days <= 30:
            states[rid] = "expiring"
        else:
            states[rid] = "active"
    return covered, matched, states


def control_states(cur, covered):
    """posture's view of a control: failed controls whose every failing finding is covered are accepted."""
    st = control_status(cur)
    out = {}
    for ctl, s in st.items():
        if s == "failed":
            failing = [f for f in cur if (f["Compliance"].get("SecurityControlId") if f.get("Compliance") else None) == ctl
                       and bucket(f) == "open"]
            s = "accepted" if all(f["Id"] in covered for f in failing) else "failed"
        out[ctl] = s
    return out


def posture_counts(states):
    return {k: sum(1 for v in states.values() if v == k) for k in ("passed", "failed", "accepted", "unknown", "no data")}


def ctl_key(c):
    a, b = c.split(".")
    return (a, int(b))


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
             "by_product": {}, "accounts": {}, "statuses": {}, "latest": cur}
        for f in cur:
            s["by_product"][f["ProductName"]] = s["by_product"].get(f["ProductName"], 0) + 1
        for acct, name, env in ACCOUNTS:
            st = control_status([f for f in cur if f["AwsAccountId"] == acct])
            s["statuses"][acct] = st
            s["accounts"][acct] = score(st)
        st = control_status(cur)
        s["statuses"]["overall"] = st
        s["overall"] = score(st)
        s["standards"] = standard_scores(cur, month)
        summary[month] = s

    for month in MONTHS:  # posture's view of each month, acceptances evaluated on its as-of date
        s = summary[month]
        covered, matched, states = evaluate_acceptances(s["latest"], ASOF[month])
        s["covered"], s["matched"], s["ra_states"] = covered, matched, states
        s["control_states"] = control_states(s["latest"], covered)
        s["posture"] = {"overall": posture_counts(s["control_states"]), "accounts": {},
                        "acceptedFindings": sum(1 for f in s["latest"]
                                                if f["Id"] in covered and bucket(f) == "open")}
        for acct, name, env in ACCOUNTS:
            mine = [f for f in s["latest"] if f["AwsAccountId"] == acct]
            s["posture"]["accounts"][acct] = posture_counts(control_states(mine, covered))
    nov = summary["2026-11"]
    covered, states = nov["covered"], nov["ra_states"]

    samples_ecr.write(controls)
    waf_stats = samples_waf.write()
    basic = json.load(open(os.path.join(SAMPLES, "2026-11/ecr/shop-api-basic.json")))
    enhanced = json.load(open(os.path.join(SAMPLES, "2026-11/ecr/shop-web-enhanced.json")))
    nov_ids = {f["Id"] for f in nov["latest"]}
    twins = sum(1 for f in enhanced["imageScanFindings"]["enhancedFindings"] if f["findingArn"] in nov_ids)
    sampled = json.load(open(os.path.join(SAMPLES, "2026-11/waf/sampled-requests.json")))
    evidence = 1 + len(sampled["SampledRequests"]) + waf_stats["total"]  # web ACL, samples, log lines
    nov["reconciliation"] = {
        "records": nov["findings"] + len(basic["imageScanFindings"]["findings"])
        + len(enhanced["imageScanFindings"]["enhancedFindings"]) + evidence,
        "duplicates": nov["findings"] - nov["unique"] + twins,
        "evidence": evidence,
    }
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
        for std in s["standards"]:
            c = std["overall"]
            print("  %-48s passed %3d failed %3d unknown %2d score %.1f%%" % (
                std["name"], c["passed"], c["failed"], c["unknown"], c["score"]))
    for a, b in zip(MONTHS, MONTHS[1:]):
        sa, sb = summary[a]["statuses"]["overall"], summary[b]["statuses"]["overall"]
        reg = sorted(k for k in sb if sb[k] == "failed" and sa.get(k) == "passed")
        fixed = sorted(k for k in sb if sb[k] == "passed" and sa.get(k) == "failed")
        new = sorted(k for k in sb if k not in sa)
        gone = sorted(k for k in sa if k not in sb)
        print("%s -> %s: regressed %s; fixed %s; new controls %s; gone %s" % (
            a, b, reg or "-", fixed or "-", new or "-", gone or "-"))
    cs = nov["control_states"]
    for state in ("accepted", "failed", "unknown"):
        print("2026-11 %s controls: %s" % (state, ", ".join(sorted((k for k, v in cs.items() if v == state),
                                                                   key=ctl_key)) or "-"))
    for rid, st in states.items():
        print("%s %s: covers %d findings" % (rid, st, sum(1 for v in covered.values() if v == rid)))
    print("reconciliation: %(records)d records, %(duplicates)d duplicates, %(evidence)d evidence" % nov["reconciliation"])
    print("WAF log: %(total)d requests, %(ALLOW)d allowed, %(BLOCK)d blocked" % waf_stats)


if __name__ == "__main__":
    main()
