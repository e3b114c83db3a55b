#!/usr/bin/env python3
"""Writes a large, realistic `aws securityhub get-findings` export for benchmarks:
the November sample findings replicated across many accounts, every copy with its own Id,
so nothing de-duplicates away. Deterministic.

    python3 scripts/make-benchmark-input.py COUNT OUT.json
"""
import json, os, sys

count, out = int(sys.argv[1]), sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
source = os.path.join(here, "..", "samples", "2026-11", "securityhub", "findings.json")
findings = json.load(open(source))["Findings"]

with open(out, "w") as f:
    f.write('{\n  "Findings": [\n')
    for n in range(count):
        base = findings[n % len(findings)]
        copy = n // len(findings)
        account = "%012d" % (100000000000 + copy)
        text = json.dumps(base, indent=2)
        for original in ("111122223333", "444455556666", "777788889999"):
            text = text.replace(original, account)
        record = json.loads(text)
        record["Id"] = record["Id"] + "-%d" % n
        f.write(("    " if n == 0 else "    ,") + json.dumps(record, indent=2).replace("\n", "\n    ") + "\n")
    f.write("  ]\n}\n")
