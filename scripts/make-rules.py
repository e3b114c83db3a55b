#!/usr/bin/env python3
"""Derives posture's default layer rules (rules/*.csv) from the research tables in
../shared/reference/. Run from the repository root: python3 scripts/make-rules.py

The output is committed; the CLI reads rules/ at run time. Each control row carries a
`why`: the reason its control belongs to its layer (service default, or the specific
choice documented in reference/SCORING.md section 5)."""
import csv, io, os, sys

REF = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "reference")
OUT = os.path.join(os.path.dirname(__file__), "..", "rules")

SERVICE_WHY = {
    "account": "identity, audit trail and detection settings of the account: misuse gives an attacker the whole account",
    "network": "VPC, instance and fleet configuration: a weakness here gives a foothold inside the network",
    "webapp": "the application's front door (load balancers, WAF, APIs, containers, functions)",
    "datastore": "a store of data: a weakness here exposes data directly",
}
SPECIFIC_WHY = {
    ("EC2.1", "EC2.3", "EC2.7", "EC2.173", "EC2.181", "EC2.182"): "EBS encryption and snapshot exposure protect data, although the service is EC2",
    ("Macie.1", "Macie.2", "Inspector.1", "Inspector.2", "Inspector.3", "Inspector.4"): "enabling a detection service is an account-level duty",
    ("CloudTrail.6", "CloudTrail.7"): "the bucket holds the audit trail: protecting it protects the account's record",
    ("KMS.1", "KMS.2", "KMS.5"): "key policies are IAM policy: they decide who in the account can decrypt",
    ("KMS.3", "KMS.4"): "keys that protect data: deletion or no rotation puts the data at risk",
    ("Redshift.15", "RDS.46", "ElastiCache.7"): "network reachability of a database: the data store is exposed directly",
    ("ECS.2", "ECS.16", "EKS.1"): "public endpoints of the container platform that runs the application",
    ("EMR.1", "EMR.2"): "public cluster nodes: a network foothold",
    ("SageMaker.1", "SageMaker.2"): "direct internet access from notebooks: a network foothold",
    ("CodeBuild.1", "CodeBuild.2"): "the application's build pipeline (credentials there could also reach the account)",
    ("SSM.4", "SSM.6", "SSM.7"): "public SSM documents and unlogged automation are account-wide settings: they expose or hide actions across the whole account",
}
# Controls whose layer differs from the research table's (reference/SCORING.md section 5 choices
# revisited by issue 12): SSM documents and automation are account-wide, not instance settings.
LAYER_OVERRIDES = {"SSM.4": "account", "SSM.6": "account", "SSM.7": "account"}
GUARDDUTY_WHY = "enabling a detection service is an account-level duty"


def why_for(control, layer):
    for ids, why in SPECIFIC_WHY.items():
        if control in ids:
            return why
    if control.startswith("GuardDuty."):
        return GUARDDUTY_WHY
    return SERVICE_WHY[layer]


def main():
    with open(os.path.join(REF, "securityhub-controls.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["control_id", "title", "severity", "layer", "certain", "why"])
    for r in rows:
        layer = LAYER_OVERRIDES.get(r["control_id"], r["layer"].rstrip("?"))
        if layer not in SERVICE_WHY:
            sys.exit(f"unexpected layer {r['layer']!r} for {r['control_id']}")
        w.writerow([r["control_id"], r["title"], r["severity"], layer,
                    "no" if r["layer"].endswith("?") else "yes", why_for(r["control_id"], layer)])
    open(os.path.join(OUT, "controls.csv"), "w").write(out.getvalue())

    with open(os.path.join(REF, "resource-type-layers.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    types, products = io.StringIO(), io.StringIO()
    tw, pw = csv.writer(types, lineterminator="\n"), csv.writer(products, lineterminator="\n")
    tw.writerow(["resource_type", "layer", "certain", "why"])
    pw.writerow(["product", "layer", "certain", "why"])
    for r in rows:
        name, layer = r["resource_type"], r["layer"]
        if layer == "?":
            continue  # "Other" and product:aws/securityhub: decided by other rules
        certain = "no" if layer.endswith("?") or name.endswith("?") else "yes"
        layer = layer.rstrip("?")
        if name.startswith("product:"):
            pw.writerow([name[len("product:"):].rstrip("?"), layer, certain, r["notes"]])
        else:
            tw.writerow([name.rstrip("?"), layer, certain, r["notes"]])
    open(os.path.join(OUT, "resource-types.csv"), "w").write(types.getvalue())
    open(os.path.join(OUT, "products.csv"), "w").write(products.getvalue())


main()
