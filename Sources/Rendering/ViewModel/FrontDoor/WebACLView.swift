import ReportModel

/// One web ACL: its default action, configuration checks and rules in evaluation order.
struct WebACLView {
    /// The name, escaped.
    let name: String
    /// The ARN, escaped.
    let arn: String
    /// `Allow` / `Block`, escaped.
    let defaultAction: String
    /// `5 of 7 rules enforcing`.
    let enforcing: String
    /// The description, escaped; `nil` when the web ACL has none.
    let description: String?
    /// The checks, in the importer's fixed order.
    let checks: [WebACLCheckRowView]
    /// The rules, in evaluation order.
    let rules: [WebACLRuleRowView]
    /// Whether the web ACL has rules.
    let hasRules: Bool

    /// Builds the block.
    /// - Throws: `RenderError.missingString`.
    init(webACL: WebACLEvidence, format: ReportFormatter) throws(RenderError) {
        let strings = format.strings
        name = format.escape(webACL.name)
        arn = format.escape(webACL.arn)
        defaultAction = format.escape(webACL.defaultAction)
        enforcing = try strings.format(
            "wafEnforcingSummary",
            [
                "enforcing": String(webACL.rules.filter(\.enforcing).count),
                "rules": try strings.plural("wafRules", webACL.rules.count),
            ]
        )
        description = webACL.description.flatMap { $0.isEmpty ? nil : format.escape($0) }
        var checks: [WebACLCheckRowView] = []
        for check in webACL.checks {
            checks.append(try WebACLCheckRowView(check: check, format: format))
        }
        self.checks = checks
        var rules: [WebACLRuleRowView] = []
        for rule in webACL.rules {
            rules.append(try WebACLRuleRowView(rule: rule, format: format))
        }
        self.rules = rules
        hasRules = !rules.isEmpty
    }
}

/// One configuration check: ✓ passed, ✗ failed or ○ informational, with its reason.
struct WebACLCheckRowView {
    /// `✗ Failed`.
    let status: String
    /// `passed`, `failed` or `nodata`: the CSS class.
    let state: String
    /// The check id, e.g. `waf.managed.sqli`.
    let id: String
    /// The title, escaped.
    let title: String
    /// The reason, escaped.
    let reason: String

    /// Builds the row.
    /// - Throws: `RenderError.missingString`.
    init(check: WebACLCheck, format: ReportFormatter) throws(RenderError) {
        if check.passed {
            status = try format.stateLabel(.passed)
            state = "passed"
        } else if check.informational {
            status = "○ \(try format.strings.text("wafCheckInformational"))"
            state = "nodata"
        } else {
            status = try format.stateLabel(.failed)
            state = "failed"
        }
        id = format.escape(check.id)
        title = format.escape(format.checkTitle(check))
        reason = format.words(check.reason)
    }
}

/// One rule: priority, name, kind, action or override, and whether its matches take effect.
struct WebACLRuleRowView {
    /// `3`, or `FMS first 0` for Firewall Manager groups.
    let priority: String
    /// The rule name, escaped.
    let name: String
    /// `Managed group AWS AWSManagedRulesSQLiRuleSet`, `Rate-based: 2000 per 300 s by IP`, …
    let kind: String
    /// `Block`, `Override: Count`, …, with per-rule overrides.
    let action: String
    /// `✓ yes` / `✗ no (Count)`.
    let enforcing: String
    /// `passed` or `failed`: the CSS class.
    let state: String

    /// Builds the row.
    /// - Throws: `RenderError.missingString`.
    init(rule: WebACLRule, format: ReportFormatter) throws(RenderError) {
        let strings = format.strings
        switch rule.placement {
        case .webACL: priority = String(rule.priority)
        case .firewallManagerFirst, .firewallManagerLast:
            priority = "\(try strings.text("wafPlacement_\(rule.placement.rawValue)")) \(rule.priority)"
        }
        name = format.escape(rule.name)
        switch rule.kind {
        case .managedGroup(let vendor, let group, let version):
            kind = try strings.format(
                "wafKindManaged",
                [
                    "vendor": format.escape(vendor), "name": format.escape(group),
                    "version": format.escape(version ?? ""),
                ]
            )
            .trimmingTrailingSpaces
        case .rateBased(let limit, let key, let window):
            kind = try strings.format(
                "wafKindRate",
                ["limit": String(limit), "key": format.escape(key), "window": String(window ?? 300)]
            )
        case .ruleGroupReference(let arn):
            kind = try strings.format("wafKindGroup", ["arn": format.escape(arn)])
        case .custom:
            kind = try strings.format("wafKindCustom", ["statement": format.escape(rule.statement)])
        }
        var action: String
        if let override = rule.overrideAction {
            action = try strings.format("wafOverride", ["action": format.escape(override)])
        } else {
            action = format.escape(rule.action ?? "—")
        }
        let overrides = rule.actionOverrides.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        if !overrides.isEmpty {
            action += try strings.text("clauseSeparator") + (try format.list(overrides))
        }
        self.action = action
        enforcing = rule.enforcing ? "✓ \(try strings.text("yes"))" : "✗ \(try strings.text("no"))"
        state = rule.enforcing ? "passed" : "failed"
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var result = Substring(self)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
