#!/usr/bin/env python3
"""Find and drop doc-comment parameter lines that only restate the parameter's name.

    python3 scripts/docparams.py [--dry] [--list] [--check] FILE.swift ...

`--check` (CI): change nothing, list every restating line's section, exit 1 if there is any.

A parameter line restates when every word of its description, articles aside, is a word of the
parameter's name, of its type, or filler ("one", "another", "if known", ...): `- id: the id.`,
`- format: the formatter.` (for a `ReportFormatter`), `- lhs: one rule.`.
swift-format's ValidateDocumentationComments wants a Parameters section to list every parameter,
so only a section (or a single `- Parameter x:` line) whose every line restates is dropped; the
`- Returns:` and `- Throws:` lines and the summary stay. Sections mixing restating and informative
lines are listed with `--list` and are left for a person to rewrite.
Prints the counts (parameter lines, restating lines, dropped lines) on stderr.
"""
import pathlib
import re
import sys

STOP = {"the", "a", "an", "its", "this", "of", "to", "it", "is", "given", "their", "that"}
FILLER = {"one", "another", "other", "value", "values", "if", "known", "any", "as", "for", "in", "and", "or",
          "list", "number", "same"}
ABBREVIATIONS = {"db": {"database"}, "id": {"identifier"}, "desc": {"description"}, "url": {"link"},
                 "asof": {"as", "date"}, "format": {"formatter"}, "strings": {"labels", "string", "table"},
                 "english": {"english", "wording"}, "phrasebook": {"wording"}}


def words(text):
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP]


def camel(name):
    return [p.lower() for p in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)]


def related(word, known):
    for k in known:
        if len(k) >= 3 and len(word) >= 3 and (word.startswith(k) or k.startswith(word)):
            return True
        if word.rstrip("s") == k.rstrip("s"):
            return True
    return False


def restates(name, type_text, desc):
    if any(mark in desc for mark in ("`", "e.g", "nil", "never", "must")):
        return False
    known = set(camel(name)) | {name.lower()} | ABBREVIATIONS.get(name.lower(), set())
    known |= set(camel(re.sub(r"\).*", "", type_text)))
    return all(w in FILLER or w in known or related(w, known) for w in words(desc))


def parameter_types(lines, k):
    """`name: Type` pairs of the declaration that starts at line k (attributes skipped)."""
    text = ""
    for line in lines[k:k + 40]:
        stripped = line.strip()
        if not text and stripped.startswith("@") and "(" not in stripped:
            continue
        text += " " + stripped
        if "{" in stripped or (text.count("(") and text.count("(") <= text.count(")")):
            break
    start = text.find("(")
    if start < 0:
        return {}
    depth, current, parts = 0, "", []
    for ch in text[start + 1:]:
        if ch in "([<":
            depth += 1
        if ch in ")]>":
            if depth == 0:
                break
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    parts.append(current)
    types = {}
    for part in parts:
        if ":" in part:
            label, type_text = part.split(":", 1)
            if label.split():
                types[label.split()[-1]] = type_text.split("=")[0].strip()
    return types


ITEM = re.compile(r"^\s*///\s{3}- (\w+):(.*)$")
SINGLE = re.compile(r"^\s*/// - Parameter (\w+):(.*)$")
HEAD = re.compile(r"^\s*/// - Parameters:\s*$")
CONTINUATION = re.compile(r"^\s*///\s{5,}\S")


def read_item(lines, j, match):
    name, desc, j = match.group(1), match.group(2).strip(), j + 1
    while j < len(lines) and CONTINUATION.match(lines[j]):
        desc += " " + lines[j].strip().lstrip("/").strip()
        j += 1
    return name, desc, j


def tidy(lines):
    """Drops an empty `///` line left at the end of a doc comment or doubled by a removal."""
    result = []
    for k, line in enumerate(lines):
        if line.strip() == "///":
            following = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if not following.startswith("///") or following == "///":
                continue
            if not result or not result[-1].strip().startswith("///"):
                continue
        result.append(line)
    return result


def process(path, dry, listing, counts):
    lines = pathlib.Path(path).read_text().split("\n")
    out, i, changed = [], 0, False
    while i < len(lines):
        line = lines[i]
        single = SINGLE.match(line)
        if HEAD.match(line) or single:
            items, j = [], i + (0 if single else 1)
            if single:
                items.append(read_item(lines, i, single))
                j = items[-1][2]
            else:
                while j < len(lines) and ITEM.match(lines[j]):
                    items.append(read_item(lines, j, ITEM.match(lines[j])))
                    j = items[-1][2]
            k = j
            while k < len(lines) and lines[k].strip().startswith("///"):
                k += 1
            types = parameter_types(lines, k)
            verdicts = [restates(n, types.get(n, ""), d) for n, d, _ in items]
            counts[0] += len(items)
            counts[1] += sum(verdicts)
            if items and all(verdicts):
                if listing:
                    print(f"{path}:{i + 1}: restating: " + ", ".join(n for n, _, _ in items))
                counts[2] += len(items)
                changed = True
                i = j
                continue
            if listing and any(verdicts):
                print(f"{path}:{i + 1}: mixed: " + ", ".join(n for (n, _, _), v in zip(items, verdicts) if v))
            out.extend(lines[i:j])
            i = j
            continue
        out.append(line)
        i += 1
    if changed and not dry:
        pathlib.Path(path).write_text("\n".join(tidy(out)))


def main(arguments):
    check = "--check" in arguments
    dry = "--dry" in arguments or check
    listing = "--list" in arguments or check
    counts = [0, 0, 0]
    for path in arguments:
        if not path.startswith("--"):
            process(path, dry, listing, counts)
    print(f"parameter lines {counts[0]}, restating {counts[1]}, dropped {counts[2]}", file=sys.stderr)
    if check and counts[1]:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
