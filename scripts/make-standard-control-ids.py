#!/usr/bin/env python3
"""Writes rules/standard-control-ids.csv: standard-specific Security Hub control ids (as findings
carry them when consolidated control findings are off, in older exports, and in GovCloud/China)
mapped to the consolidated security control id.

Source: ../shared/reference/securityhub-standard-control-ids.csv (the project's research table,
built from awsdocs/aws-security-hub-user-guide@bda5bf7 doc_source/asff-changes-consolidation.md,
the AWS Security Hub user guide's standard pages, iainelder/security-hub-controls@a0fcd08 and
aws-solutions/automated-security-response-on-aws; each row keeps its own `source`).
Run from the repository root: python3 scripts/make-standard-control-ids.py

Where the research table gives two security control ids for one standard id, the one an older
export means is kept (PREFERRED below) and the other is named in the row's `source`."""
import csv, io, os, sys

REF = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "reference",
                   "securityhub-standard-control-ids.csv")
OUT = os.path.join(os.path.dirname(__file__), "..", "rules", "standard-control-ids.csv")

# (standard, version, standard control id) -> the security control id an older export means.
PREFERRED = {
    # CIS 1.2.0 1.1 is listed as CloudWatch.1 and as the retired IAM.20; CloudWatch.1 is the live control.
    ("cis-aws-foundations-benchmark", "1.2.0", "1.1"): "CloudWatch.1",
    # CIS 1.4.0 3.6 is S3.9 in the 2023 consolidation table and CloudTrail.7 on the current page.
    ("cis-aws-foundations-benchmark", "1.4.0", "3.6"): "S3.9",
}


def main():
    with open(REF, newline="") as f:
        rows = list(csv.DictReader(f))
    grouped = {}
    for r in rows:
        key = (r["standard"], r["standard_version"], r["standard_control_id"])
        grouped.setdefault(key, []).append(r)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["standard", "standard_version", "standard_control_id", "security_control_id", "source"])
    for key in sorted(grouped):
        group = grouped[key]
        if len(group) > 1:
            if key not in PREFERRED:
                sys.exit(f"two security control ids for {key} and no preference recorded")
            chosen = [r for r in group if r["security_control_id"] == PREFERRED[key]]
            if len(chosen) != 1:
                sys.exit(f"preferred id {PREFERRED[key]} not among the rows for {key}")
            others = sorted(r["security_control_id"] for r in group if r is not chosen[0])
            row = dict(chosen[0])
            row["source"] += "; also listed as " + ", ".join(others)
        else:
            row = group[0]
        w.writerow([row["standard"], row["standard_version"], row["standard_control_id"],
                    row["security_control_id"], row["source"]])
    with open(OUT, "w") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    main()
