#!/usr/bin/env python3
"""Hostile and broken inputs against a built posture: mutations of the samples and the project's own fixtures (and of
../shared/fixtures when it is beside the clone): truncations, flipped bytes, a BOM, CRLF, deep nesting, empty and null documents, string values
replaced by markup, Markdown, Mustache, RTL overrides, control characters and 200 KB strings, numbers and timestamps
at the edges. Each input is rendered with --no-history; a run must exit 0, 1 or 3 within 60 s, a failure must say
why and leave no output or staging folder, and a report must carry no markup or link unescaped. Prints each problem
and a count; exits 1 when there is one.

Usage: python3 scripts/hostile-sweep.py [SEED] [CASES_PER_INPUT]   (POSTURE=path, default .build/release/posture)
"""
import json, os, random, re, subprocess, sys, gzip, shutil, tempfile, concurrent.futures as cf
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
PER = int(sys.argv[2]) if len(sys.argv) > 2 else 40
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
POSTURE = os.path.abspath(os.environ.get('POSTURE', os.path.join(ROOT, '.build/release/posture')))
W = tempfile.mkdtemp(prefix='posture-hostile-')
bases = {}
S = os.path.join(ROOT, 'samples/2026-11')
F = os.path.join(os.path.dirname(ROOT), 'shared/fixtures')
def add(name, data): bases[name] = data
asff = json.load(open(f'{S}/securityhub/findings.json'))
add('asff.json', json.dumps({'Findings': asff['Findings'][:15]}, indent=2).encode())
for f in ['ecr/shop-api-basic.json', 'waf/sampled-requests.json', 'waf/web-acl.json']:
    add(os.path.basename(f), open(f'{S}/{f}', 'rb').read())
add('waf-log.jsonl', gzip.open(f'{S}/waf/waf-log.jsonl.gz').read()[:20000].rsplit(b'\n', 1)[0] + b'\n')
# The project's own fixtures cover the other formats without ../shared.
OWN = os.path.join(ROOT, 'Tests/ImportersTests/Fixtures')
for f in ['ocsf/prowler-5-manual.ocsf.json', 'ocsf/securityhub-v2-findings.jsonl', 'exporting/inspector2-list-findings.json',
          'exporting/securityhub-get-findings-v2.json', 'exporting/logs-filter-log-events.json', 'ecr/image-scan-event.json',
          'asff/event-imported.json']:
    add('own-' + os.path.basename(f), open(os.path.join(OWN, f), 'rb').read())
for sub in ['ocsf', 'inspector2']:
    d = f'{F}/{sub}'
    if os.path.isdir(d):
        for f in sorted(os.listdir(d))[:2]:
            p = f'{d}/{f}'
            if os.path.getsize(p) < 300000 and f.endswith('.json'): add(f'{sub}-{f}', open(p, 'rb').read())
HOSTILE = ['</script><img src=x onerror=alert(1)>', '[x](javascript:alert(1)) | col | <b>', '{{#x}}{{{y}}}', '\u202egnp.exe', '\u0000\u0001\u001f', ']]><!--', 'A' * 200000, '\ud83d\ude00 日本語 é', '../../../etc/passwd', '=cmd|"/c calc"!A1', '\\', '"', '\n# heading\n---\n']
def mutate_json(obj):
    # replace a random string leaf with a hostile string, or a number with an edge number
    paths = []
    def walk(o, path):
        if isinstance(o, dict):
            for k, v in o.items(): walk(v, path + [k])
        elif isinstance(o, list):
            for i, v in enumerate(o): walk(v, path + [i])
        else: paths.append(path)
    walk(obj, [])
    for _ in range(random.randint(1, 6)):
        if not paths: break
        p = random.choice(paths)
        o = obj
        for k in p[:-1]: o = o[k]
        r = random.random()
        if r < 0.6: o[p[-1]] = random.choice(HOSTILE)
        elif r < 0.7: o[p[-1]] = random.choice([1e308, -0.0, 10**30, -1, 0, None, True, [], {}])
        elif r < 0.8: o[p[-1]] = None
        else: o[p[-1]] = random.choice(['2026-13-45T25:61:61Z', '1969-12-31T23:59:59.999999999Z', '9999-12-31T23:59:59Z', '', 'CRITICAL', 'FAILED', 'NaN'])
    return obj
def cases():
    for name, data in bases.items():
        for i in range(PER):
            r = random.random()
            b = data
            if r < 0.15: b = data[:random.randint(0, len(data))]
            elif r < 0.3:
                b = bytearray(data)
                for _ in range(random.randint(1, 5)): b[random.randrange(len(b))] = random.choice([0, 0xFF, 0x22, 0x5C, 0x7B, 0x5D, 0x80, 0xC3, 0x0A])
                b = bytes(b)
            elif r < 0.35: b = b'\xef\xbb\xbf' + data
            elif r < 0.4: b = data.replace(b'\n', b'\r\n')
            elif r < 0.45: b = b'[' * random.choice([600, 5000, 200000]) + b']' * 3
            elif r < 0.5: b = random.choice([b'', b'[]', b'{}', b'null', b'{"Findings": null}', b'{"Findings": [null]}', b'{"Findings": [{}]}', b'\x00' * 100])
            elif name.endswith('.jsonl'):
                lines = data.split(b'\n')
                j = random.randrange(len(lines) - 1)
                try: lines[j] = json.dumps(mutate_json(json.loads(lines[j]))).encode()
                except Exception: pass
                b = b'\n'.join(lines)
            else:
                try: b = json.dumps(mutate_json(json.loads(data)), indent=1).encode()
                except Exception: pass
            yield f'{name}.{i}', name, b
def run(case):
    cid, name, b = case
    d = f'{W}/{cid}'; os.makedirs(d)
    inp = f'{d}/{name}'
    open(inp, 'wb').write(b)
    out = f'{d}/out'
    try:
        p = subprocess.run([POSTURE, 'report', inp, '--out', out, '--as-of', '2026-11-30', '--no-history', '--quiet'], capture_output=True, timeout=60, cwd=d)
    except subprocess.TimeoutExpired:
        return (cid, 'TIMEOUT', '')
    err = p.stderr.decode(errors='replace')
    problems = []
    if p.returncode not in (0, 1, 3): problems.append(f'rc={p.returncode}')
    if p.returncode == 3 and os.path.exists(out): problems.append('output left on failure')
    if p.returncode == 3 and not err.strip(): problems.append('silent failure')
    if any(x.startswith('.out.posture') for x in os.listdir(d)): problems.append('staging left')
    if p.returncode in (0, 1) and os.path.exists(out):
        html = open(f'{out}/report.html', encoding='utf-8', errors='replace').read()
        md = open(f'{out}/report.md', encoding='utf-8', errors='replace').read()
        if '<img src=x' in html: problems.append('html injection')
        if '<img src=x' in md: problems.append('md injection')
        # A link's brackets left unescaped (`\]` is how the report escapes them).
        if re.search(r'(?<!\\)\]\(javascript:', md): problems.append('md js link')
        try: json.load(open(f'{out}/report.json'))
        except Exception as e: problems.append(f'report.json invalid {e}')
        for f in os.listdir(f'{out}/charts') if os.path.isdir(f'{out}/charts') else []:
            if '<img' in open(f'{out}/charts/{f}', errors='replace').read(): problems.append('svg injection')
    return (cid, ' '.join(problems), err.strip().split('\n')[-1][:200] if err else '')
allc = list(cases())
bad = 0
with cf.ThreadPoolExecutor(2) as ex:
    for cid, prob, err in ex.map(run, allc):
        if prob: bad += 1; print('PROBLEM', cid, prob, '|', err)
print(f'{len(allc)} cases, {bad} problems ({W})')
if not bad: shutil.rmtree(W, ignore_errors=True)
sys.exit(1 if bad else 0)
