"""Shared helpers for scripts/make-samples.py (stdlib only, deterministic)."""
import csv
import datetime as _dt
import hashlib
import json
import os
import random
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLES = os.path.join(ROOT, "samples")

PROD, STAGING, DEV = "111122223333", "444455556666", "777788889999"
ACCOUNTS = [
    (PROD, "shop-prod", "prod"),
    (STAGING, "shop-staging", "staging"),
    (DEV, "shop-dev", "dev"),
]
ENV = {a: e for a, _, e in ACCOUNTS}
SHORT = {PROD: "prod", STAGING: "staging", DEV: "dev"}
REGION = "eu-west-1"
MONTHS = ["2026-09", "2026-10", "2026-11"]
ASOF = {"2026-09": "2026-09-30", "2026-10": "2026-10-31", "2026-11": "2026-11-30"}


def rng(*key):
    """A random.Random seeded from a stable key (never from hash())."""
    h = hashlib.sha256(("posture-samples|" + "|".join(map(str, key))).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def det_uuid(*key):
    h = hashlib.sha256(("uuid|" + "|".join(map(str, key))).encode()).digest()
    return str(uuid.UUID(bytes=h[:16], version=4))


def det_hex(n, *key):
    return hashlib.sha256(("hex|" + "|".join(map(str, key))).encode()).hexdigest()[:n]


def parse_day(day):
    return _dt.datetime.strptime(day, "%Y-%m-%d").replace(tzinfo=_dt.timezone.utc)


def ts_ms(dt):
    """2026-11-27T08:14:03.512Z"""
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def ts_s(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def month_time(month, *key, days_back=(0, 3)):
    """A deterministic instant shortly before the month's as-of date end."""
    r = rng("t", month, *key)
    end = parse_day(ASOF[month]) + _dt.timedelta(hours=23)
    back = _dt.timedelta(days=r.randint(*days_back), hours=r.randint(0, 20),
                         minutes=r.randint(0, 59), seconds=r.randint(0, 59),
                         milliseconds=r.randint(0, 999))
    return end - back


def load_controls():
    path = os.path.join(ROOT, "rules", "controls.csv")
    with open(path, newline="", encoding="utf-8") as f:
        return {r["control_id"]: r for r in csv.DictReader(f)}


def write_text(rel, text):
    path = os.path.join(SAMPLES, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not text.endswith("\n"):
        text += "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path


def write_bytes(rel, data):
    path = os.path.join(SAMPLES, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def dump_json(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"
