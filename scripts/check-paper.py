#!/usr/bin/env python3
"""Checks the report as its readers meet it: on A4 paper, on a phone, on a laptop, with assistive tech.

Renders the samples (November, with September and October in the history) in every edition that
`posture report --help` offers and in both languages, as HTML and PDF, then:

  PDF   (pdfinfo, pdftotext -bbox) tagged, with an outline; every page carries the running header (organisation,
        period, edition) and "n / N" with the right n and N; every word of every table's column
        headers is printed inside the page; laid out at A4 width with print styles, no table is
        wider than the printable area (so no column is cut at the margin), and no word of a finding's layer,
        environment or age, of a control's id or of an acceptance's owner or approver is split across two
        lines there or at 1024 and 1280 px.
  Screen (selenium + chromium-driver) at 360, 390 and 1280 px: the document is no wider than the
        viewport, and chart text is at least 11 px; screenshots at 390 and 1280 px are kept.
  axe   (axe-core from axe-selenium-python) over every page at 390 and 1280 px: any violation fails.

Usage: scripts/check-paper.py [--posture PATH] [--keep DIR]
Needs: chromium, chromium-driver, poppler-utils, fonts-noto-cjk (apt); selenium, axe-selenium-python (pip).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
XHTML = "{http://www.w3.org/1999/xhtml}"
CONFIG = ["--acceptances", "samples/risk-acceptances.yml", "--environments", "samples/environments.yml"]
ORGANIZATION = "Example Shop"
A4_PRINTABLE_PX = round((210 - 24) / 25.4 * 96)  # A4 width minus the 12 mm side margins of @page
MIN_CHART_TEXT_PX = 11.0
CHART_FONT_UNITS = 13.0  # SVGWriter.fontSize
failures = []


def fail(message):
    failures.append(message)
    print("FAIL " + message, flush=True)


def run(arguments, **kwargs):
    return subprocess.run(arguments, cwd=ROOT, check=True, capture_output=True, text=True, **kwargs)


def editions(posture):
    """The editions `posture report --help` lists, as (name, flags) pairs: the `--edition` values from
    argument-parser's JSON dump when it lists them, else from the help text; without `--edition`,
    internal and (with `--redact`) redacted."""
    done = subprocess.run([posture, "report", "--help"], cwd=ROOT, capture_output=True, text=True)
    help_text = done.stdout + done.stderr
    dumped = subprocess.run([posture, "report", "--experimental-dump-help"], cwd=ROOT, capture_output=True, text=True)
    try:
        arguments = json.loads(dumped.stdout)["command"].get("arguments", [])
    except (ValueError, KeyError):
        arguments = []
    for argument in arguments:
        if any(n.get("name") == "edition" for n in argument.get("names", [])) and argument.get("allValues"):
            return [(name, ["--edition", name]) for name in argument["allValues"]]
    if "--out" not in help_text:  # a help screen that failed to print: use the dump's abstracts
        help_text = "\n".join(
            "  " + " ".join("--" + n["name"] for n in a.get("names", []) if n.get("kind") == "long")
            + " " + a.get("abstract", "")
            for a in arguments
        )
    block = re.search(r"^\s+--edition\b(.*?)(?=\n\s*-{1,2}[a-z]|\Z)", help_text, re.S | re.M)
    if block:
        described = re.sub(r"\s+", " ", block.group(1))
        values = re.search(r"values: ([a-z, -]+)", described)
        if values:
            names = [name.strip() for name in values.group(1).split(",") if name.strip()]
        else:
            names = [n for n in ("internal", "redacted", "summary", "external") if re.search(rf"\b{n}\b", described)]
        if names:
            return [(name, ["--edition", name]) for name in names]
    found = [("internal", [])]
    if "--redact" in help_text:
        found.append(("redacted", ["--redact"]))
    return found


def render(posture, history, out, edition_flags, lang):
    os.makedirs(out, exist_ok=True)
    # Each run records November into its own copy of the history, kept outside --out (a masked
    # edition refuses a history inside the folder meant to leave the team).
    copy = out + ".history.sqlite"
    shutil.copyfile(history, copy)
    run(
        [posture, "report", "samples/2026-11", "--out", out, "--as-of", "2026-11-30", "--history", copy]
        + CONFIG
        + ["--organization", ORGANIZATION, "--lang", lang, "--format", "html,pdf"]
        + edition_flags
    )
    os.remove(copy)


def text_of(element):
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def html_facts(path):
    """The running header's parts (organisation, period, edition: read back from the @page rule) and
    every table's column headers, from report.html."""
    root = ET.parse(path).getroot()
    style = "".join(text_of(element) for element in root.iter(f"{XHTML}style"))
    running = re.search(r'@top-left\s*\{\s*content:\s*"((?:[^"\\]|\\.)*)"', style)
    if not running:
        return None, []
    text = re.sub(r"\\([0-9a-fA-F]{1,6}) ?", lambda m: chr(int(m.group(1), 16)), running.group(1))
    text = re.sub(r"\\(.)", r"\1", text)
    parts = [part.strip() for part in text.split("\u00b7") if part.strip()]
    tables = []
    for table in root.iter(f"{XHTML}table"):
        heads = [text_of(th) for th in table.iter(f"{XHTML}th") if text_of(th)]
        tables.append(heads)
    header = root.find(f".//{XHTML}header")
    shown = text_of(header) if header is not None else ""
    if len(parts) != 3 or not all(part in shown for part in parts):
        return None, tables  # the running header must be organisation · period · edition, as in the page header
    return parts, tables


def pdf_pages(path):
    """Per page: the words printed inside it, as (xMin, yMin, xMax, yMax, text) in content order,
    and the page height."""
    bbox = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', bbox, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        words = []
        for word in re.finditer(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*?)</word>', page.group(3)
        ):
            x_min, y_min, x_max, y_max = (float(word.group(i)) for i in range(1, 5))
            if x_min >= 0 and x_max <= width + 0.5 and y_min >= 0 and y_max <= height + 0.5:
                words.append((x_min, y_min, x_max, y_max, unescape(word.group(5))))
        pages.append((height, words))
    return pages


def readings(words):
    """The page's text, squashed, in four orders: as printed, column-wise by left and by right edge, so
    a header that wraps inside its cell (left- or right-aligned) reads whole in one of them, and line by
    line, left to right, for a header on one line whose scripts pdftotext emits out of order (Japanese
    glyph boxes sit higher than Latin ones: `までの残り` comes out before `100%`)."""
    return [
        "".join(squash(w[4]) for w in words),
        "".join(squash(w[4]) for w in sorted(words, key=lambda w: (round(w[0]), w[1]))),
        "".join(squash(w[4]) for w in sorted(words, key=lambda w: (round(w[2]), w[1]))),
        "".join(squash(w[4]) for line in lines(words) for w in line),
    ]


def lines(words):
    """Words grouped into printed lines (vertical centres within 4 pt of the line's first word), each
    line left to right, lines top to bottom."""
    result = []
    for word in sorted(words, key=lambda w: (w[1] + w[3]) / 2):
        centre = (word[1] + word[3]) / 2
        if result and abs(centre - result[-1][0]) < 4:
            result[-1][1].append(word)
        else:
            result.append((centre, [word]))
    return [sorted(line, key=lambda w: w[0]) for _, line in result]


def unescape(text):
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'").replace("&amp;", "&")


def squash(text):
    return re.sub(r"\s+", "", text)


def check_pdf(label, folder):
    pdf = os.path.join(folder, "report.pdf")
    parts, tables = html_facts(os.path.join(folder, "report.html"))
    if not parts:
        fail(f"{label}: report.html has no running header (@page @top-left: organisation · period · edition)")
        parts = []
    if ORGANIZATION not in parts:
        fail(f"{label}: the running header {parts} does not name {ORGANIZATION!r}")
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    if not re.search(r"^Tagged:\s+yes", info, re.M):
        fail(f"{label}: report.pdf is not tagged")
    with open(pdf, "rb") as handle:
        if b"/Outlines" not in handle.read():
            fail(f"{label}: report.pdf has no document outline")
    pages = pdf_pages(pdf)
    total = len(pages)
    texts = []
    for number, (height, words) in enumerate(pages, start=1):
        band = 17 / 25.4 * 72  # the @page top and bottom margins hold the running header and the page number
        head = "".join(squash(w[4]) for w in sorted((w for w in words if w[3] <= band), key=lambda w: w[0]))
        foot = " ".join(w[4] for w in sorted((w for w in words if w[1] >= height - band), key=lambda w: w[0]))
        for part in parts:
            if squash(part) not in head:
                fail(f"{label}: page {number}: running header {head!r} lacks {part!r}")
        if not re.search(rf"(?<!\d){number}\s*/\s*{total}(?!\d)", foot):
            fail(f"{label}: page {number}: no page number \"{number} / {total}\" at the foot (found {foot!r})")
        texts += readings(words)
    missing = set()
    for heads in tables:
        for head in heads:
            whole = any(squash(head) in text for text in texts)
            words = " " in head and all(any(squash(word) in text for text in texts) for word in head.split(" "))
            if not (whole or words):
                missing.add(head)
    if missing:
        fail(f"{label}: column headers not printed whole inside the page: {sorted(missing)}")
    print(f"{'done' if failures else 'ok  '} {label}: report.pdf {total} pages, {len(tables)} tables, "
          f"{sum(len(t) for t in tables)} column headers", flush=True)
    return total


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary:
        options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    # axe-core walks every element of a 36-page report in one asynchronous script: on a busy two-core machine that
    # took longer than WebDriver's default 30 s and failed the check with a timeout, not a finding. What is checked
    # does not depend on time; the limit only has to end a browser that hangs.
    driver.set_script_timeout(600)
    return driver


def set_viewport(driver, width, height=900, media=""):
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": media})


WIDTH_PROBE = """
const root = document.documentElement;
return [root.scrollWidth, window.innerWidth, document.body.scrollWidth];
"""

CHART_PROBE = """
const sizes = [];
for (const svg of document.querySelectorAll('figure.chart svg')) {
  const box = svg.viewBox.baseVal;
  if (!box || !box.width) continue;
  sizes.push([svg.closest('figure').id, svg.getBoundingClientRect().width / box.width]);
}
return sizes;
"""

PRINT_PROBE = """
const limit = arguments[0];
const wide = [];
for (const table of document.querySelectorAll('table')) {
  const right = table.getBoundingClientRect().right;
  if (right > limit + 1) {
    const heads = Array.from(table.querySelectorAll('th')).map(th => th.textContent.trim()).join(' | ');
    wide.push([Math.round(right), heads.slice(0, 80)]);
  }
}
return wide;
"""


# The cells of short words (`td.words`: a finding's layer, environment and age in the attention and findings tables,
# a control's id, an acceptance's owner and approver): a word of Latin letters or digits, joined by dots or
# underscores, that the layout split across two lines ("applic / ation", "day / s", "CloudTrail. / 5", "platfor / m").
SPLIT_WORD_PROBE = """
const split = [];
const cells = document.querySelectorAll('td.words');
for (const cell of cells) {
  const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*/g)) {
      if (match[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set(Array.from(range.getClientRects()).map(rect => Math.round(rect.top)));
      if (lines.size > 1) split.push(match[0]);
    }
  }
}
return split;
"""


def check_split_words(driver, label, where):
    split = driver.execute_script(SPLIT_WORD_PROBE)
    if split:
        fail(f"{label}: {where}, {len(split)} words split across lines in short-word cells (layer, environment, "
             f"age, control id, owner, approver), e.g. {sorted(set(split))[:5]}")


def check_screens(driver, label, folder, keep):
    from axe_selenium_python import Axe

    url = "file://" + os.path.join(folder, "report.html")
    driver.get(url)
    for width in (360, 390, 768, 1024, 1280):
        set_viewport(driver, width)
        document_width, viewport, body = driver.execute_script(WIDTH_PROBE)
        if max(document_width, body) > viewport:
            fail(f"{label}: at {width} px the document is {max(document_width, body)} px wide (viewport {viewport})")
        for chart, scale in driver.execute_script(CHART_PROBE):
            if scale * CHART_FONT_UNITS < MIN_CHART_TEXT_PX - 0.01:
                fail(f"{label}: at {width} px chart {chart} text is {scale * CHART_FONT_UNITS:.1f} px")
        if width in (390, 1280) and keep:
            set_viewport(driver, width, 2400)
            driver.save_screenshot(os.path.join(keep, f"{label}-{width}.png"))
            set_viewport(driver, width)
        if width >= 1024:
            check_split_words(driver, label, f"at {width} px")
        if width in (390, 1280):
            axe = Axe(driver)
            axe.inject()
            results = axe.run()
            for violation in results["violations"]:
                targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
                fail(f"{label}: axe at {width} px: {violation['id']} ({violation['impact']}) on "
                     f"{len(violation['nodes'])} elements, e.g. {targets}: {violation['help']}")
    # Print layout at A4 width: no table wider than the printable area.
    set_viewport(driver, A4_PRINTABLE_PX, 1100, "print")
    for right, heads in driver.execute_script(PRINT_PROBE, A4_PRINTABLE_PX):
        fail(f"{label}: printed at A4 width a table reaches {right} px (limit {A4_PRINTABLE_PX}): {heads}")
    check_split_words(driver, label, "printed at A4 width")
    set_viewport(driver, 1280)
    print(f"{'done' if failures else 'ok  '} {label}: screens 360/390/768/1024/1280, axe, print width checked", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posture", help="the posture executable (default: swift build --product posture)")
    parser.add_argument("--keep", help="a folder to keep the rendered reports and screenshots in")
    arguments = parser.parse_args()

    posture = arguments.posture
    if not posture:
        run(["swift", "build", "--product", "posture"])
        posture = os.path.join(run(["swift", "build", "--show-bin-path"]).stdout.strip(), "posture")
    work = arguments.keep or tempfile.mkdtemp(prefix="posture-paper-")
    os.makedirs(work, exist_ok=True)
    history = os.path.join(work, "history.sqlite")
    if os.path.exists(history):
        os.remove(history)
    run([posture, "history", "backfill", "samples/2026-09", "samples/2026-10", "--history", history] + CONFIG)

    found = editions(posture)
    print("editions: " + ", ".join(name for name, _ in found), flush=True)
    driver = browser()
    try:
        for name, flags in found:
            for lang in ("en", "ja"):
                label = f"{name}-{lang}"
                folder = os.path.join(work, label)
                render(posture, history, folder, flags, lang)
                check_pdf(label, folder)
                check_screens(driver, label, folder, work if arguments.keep else None)
    finally:
        driver.quit()
        if not arguments.keep:
            shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"check-paper: {len(failures)} failure(s)")
        return 1
    print("check-paper: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
