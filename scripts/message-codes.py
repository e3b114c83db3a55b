#!/usr/bin/env python3
"""Adds message wordings to templates/strings/{en,ja}.json (keys msg_<code>, plural _one/_other), keeping the
tables' sorted, two-space layout. Usage: scripts/message-codes.py FILE.py, where FILE.py defines
M = {code: (en, ja)}; a wording is a string or {"one": ..., "other": ...}."""
import json, sys, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
spec = {}
exec(pathlib.Path(sys.argv[1]).read_text(), spec)
for index, language in enumerate(["en", "ja"]):
    path = root / "templates" / "strings" / f"{language}.json"
    table = json.loads(path.read_text())
    for code, wordings in spec["M"].items():
        wording = wordings[index]
        # Both tables hold the same keys: a language without plural forms repeats its one wording.
        if isinstance(wordings[1 - index], dict) and not isinstance(wording, dict):
            wording = {"one": wording, "other": wording}
        for key in [f"msg_{code}", f"msg_{code}_one", f"msg_{code}_other"]:
            table.pop(key, None)
        if isinstance(wording, dict):
            table[f"msg_{code}_one"] = wording["one"]
            table[f"msg_{code}_other"] = wording["other"]
        else:
            table[f"msg_{code}"] = wording
    path.write_text(json.dumps(table, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
