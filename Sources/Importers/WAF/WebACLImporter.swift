public import Foundation
public import ReportModel

/// Reads a WAFv2 web ACL (`get-web-acl` output or the bare WebACL object) into configuration
/// evidence: rules in evaluation order, whether each enforces, and the web ACL checks.
public struct WebACLImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// Reads one `get-web-acl` record.
    /// - Parameters:
    ///   - data: the record's JSON bytes.
    ///   - origin: where the record was read.
    /// - Returns: the web ACL evidence and diagnostics.
    /// - Throws: `FrontDoorImportError` when the bytes are not JSON of this shape or the web ACL
    ///   has neither a name nor an ARN.
    public func importWebACL(from data: Data, origin: RecordOrigin) throws(FrontDoorImportError) -> WebACLImport {
        let envelope = try FrontDoorJSON.decode(WebACLExport.Envelope.self, from: data, origin: origin)
        let prefix = envelope.webACL == nil ? "" : "WebACL."
        let export: WebACLExport
        if let wrapped = envelope.webACL {
            export = wrapped
        } else {
            export = try FrontDoorJSON.decode(WebACLExport.self, from: data, origin: origin)
        }
        guard export.name != nil || export.arn != nil else {
            throw .missingField(origin: origin, path: prefix + "Name")
        }
        var diagnostics: [Diagnostic] = []
        func note(_ path: String, _ message: Message) {
            diagnostics.append(
                Diagnostic(.warning, file: origin.file, location: "record \(origin.record): \(prefix)\(path)", message)
            )
        }
        var rules: [WebACLRule] = []
        for (index, rule) in (export.rules ?? []).enumerated() {
            if rule.action == nil && rule.overrideAction == nil {
                note("Rules[\(index)]", Message(.wafRuleWithoutAction, ["rule": .text(rule.name ?? "")]))
            }
            rules.append(Self.rule(rule))
        }
        let firewallManagerGroups =
            (export.preProcessFirewallManagerRuleGroups ?? []).map { ($0, WebACLRule.Placement.firewallManagerFirst) }
            + (export.postProcessFirewallManagerRuleGroups ?? []).map { ($0, WebACLRule.Placement.firewallManagerLast) }
        for (group, placement) in firewallManagerGroups {
            rules.append(Self.firewallManagerRule(group, placement: placement))
        }
        let defaultAction = export.defaultAction?.unionKey ?? ""
        if defaultAction.isEmpty { note("DefaultAction", Message(.wafMissingDefaultAction)) }
        let arn = export.arn ?? ""
        let arnParts = arn.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let resource = arnParts.count > 5 ? arnParts[5] : ""
        let scope = resource.hasPrefix("global/") ? "CLOUDFRONT" : resource.hasPrefix("regional/") ? "REGIONAL" : nil
        let webACL = WebACLEvidence(
            name: export.name ?? WAFTrafficEvidence.name(fromARN: arn) ?? "",
            id: export.id ?? "",
            arn: arn,
            scope: scope,
            region: arnParts.count > 3 && !arnParts[3].isEmpty ? arnParts[3] : nil,
            accountId: arnParts.count > 4 && !arnParts[4].isEmpty ? arnParts[4] : nil,
            defaultAction: defaultAction,
            capacity: export.capacity?.value,
            description: export.description,
            managedByFirewallManager: export.managedByFirewallManager ?? false,
            rules: rules,
            checks: WebACLChecker.checks(rules: rules, defaultAction: defaultAction),
            origin: origin
        )
        return WebACLImport(webACL: webACL, diagnostics: diagnostics)
    }

    private static func rule(_ rule: WebACLExport.Rule) -> WebACLRule {
        let action = rule.action?.unionKey
        let overrideAction = rule.overrideAction?.unionKey
        let (kind, overrides, scopeDown) = shape(rule.statement)
        return WebACLRule(
            name: rule.name ?? "",
            priority: rule.priority?.value ?? 0,
            kind: kind,
            action: action,
            overrideAction: overrideAction,
            enforcing: action != "Count" && overrideAction != "Count",
            actionOverrides: overrides,
            statement: WebACLStatementDescriber.describe(rule.statement),
            scopeDown: scopeDown,
            labels: (rule.ruleLabels ?? []).compactMap(\.name).sorted()
        )
    }

    private static func firewallManagerRule(
        _ group: WebACLExport.FirewallManagerRuleGroup,
        placement: WebACLRule.Placement
    ) -> WebACLRule {
        let overrideAction = group.overrideAction?.unionKey
        let (kind, overrides, scopeDown) = shape(group.statement)
        return WebACLRule(
            name: group.name ?? "",
            priority: group.priority?.value ?? 0,
            placement: placement,
            kind: kind,
            overrideAction: overrideAction,
            enforcing: overrideAction != "Count",
            actionOverrides: overrides,
            statement: WebACLStatementDescriber.describe(group.statement),
            scopeDown: scopeDown
        )
    }

    /// The rule kind, per-rule overrides (excluded rules count as `Count`) and scope-down text.
    private static func shape(
        _ statement: WebACLStatementExport?
    ) -> (WebACLRule.Kind, [String: String], String?) {
        switch statement {
        case .managedGroup(let group):
            let kind = WebACLRule.Kind.managedGroup(
                vendor: group.vendorName ?? "",
                name: group.name ?? "",
                version: group.version
            )
            let overrides = actionOverrides(excluded: group.excludedRules, overrides: group.ruleActionOverrides)
            return (kind, overrides, group.scopeDownStatement.map { WebACLStatementDescriber.describe($0) })
        case .ruleGroupReference(let reference):
            let overrides = actionOverrides(excluded: reference.excludedRules, overrides: reference.ruleActionOverrides)
            return (.ruleGroupReference(arn: reference.arn ?? ""), overrides, nil)
        case .rateBased(let rate):
            let kind = WebACLRule.Kind.rateBased(
                limit: rate.limit?.value ?? 0,
                aggregateKey: rate.aggregateKeyType ?? "IP",
                windowSeconds: rate.evaluationWindowSec?.value
            )
            return (kind, [:], rate.scopeDownStatement.map { WebACLStatementDescriber.describe($0) })
        default:
            return (.custom, [:], nil)
        }
    }

    private static func actionOverrides(
        excluded: [WebACLStatementExport.NamedRule]?,
        overrides: [WebACLStatementExport.ActionOverride]?
    ) -> [String: String] {
        var result: [String: String] = [:]
        for rule in excluded ?? [] { if let name = rule.name { result[name] = "Count" } }
        for rule in overrides ?? [] {
            if let name = rule.name { result[name] = rule.actionToUse?.unionKey ?? "" }
        }
        return result
    }
}
