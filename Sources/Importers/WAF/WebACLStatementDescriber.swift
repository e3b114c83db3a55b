import Foundation

/// Writes a statement as one readable line, walking And/Or/Not and scope-down statements,
/// with base64 `SearchString` values decoded: `AND(ByteMatch(SingleHeader user-agent CONTAINS "sqlmap"), …)`.
enum WebACLStatementDescriber {
    /// The readable form of a statement.
    /// - Returns: one line of text.
    static func describe(_ statement: WebACLStatementExport?) -> String {
        guard let statement else { return "(none)" }
        switch statement {
        case .managedGroup(let group):
            let name = [group.vendorName, group.name].compactMap { $0 }.joined(separator: "#")
            let version = group.version.map { " \($0)" } ?? ""
            return "ManagedRuleGroup(\(name)\(version))" + scopeDown(group.scopeDownStatement)
        case .ruleGroupReference(let reference):
            return "RuleGroupReference(\(reference.arn ?? "?"))"
        case .rateBased(let rate):
            let window = rate.evaluationWindowSec.map { " per \($0.value) s" } ?? ""
            let key = rate.aggregateKeyType ?? "IP"
            return "RateBased(\(rate.limit?.value ?? 0)\(window) by \(key))" + scopeDown(rate.scopeDownStatement)
        case .and(let statements):
            return "AND(" + statements.map { describe($0) }.joined(separator: ", ") + ")"
        case .or(let statements):
            return "OR(" + statements.map { describe($0) }.joined(separator: ", ") + ")"
        case .not(let inner):
            return "NOT(" + describe(inner) + ")"
        case .leaf(let kind, let leaf):
            return describeLeaf(kind: kind, leaf)
        case .other(let kind):
            return shortName(kind) + "(…)"
        case .empty:
            return "(empty)"
        }
    }

    /// A base64 `SearchString` as text: decoded and quoted when it is UTF-8, else `base64:<value>`.
    /// - Parameter value: the base64 text.
    /// - Returns: the display form.
    static func searchString(_ value: String) -> String {
        if let data = Data(base64Encoded: value), let text = String(data: data, encoding: .utf8) {
            return "\"\(text)\""
        }
        return "base64:\(value)"
    }

    private static func scopeDown(_ statement: WebACLStatementExport?) -> String {
        guard let statement else { return "" }
        return " scoped down to " + describe(statement)
    }

    private static func describeLeaf(kind: String, _ leaf: WebACLStatementExport.Leaf) -> String {
        var parts: [String] = []
        if let field = leaf.fieldToMatch, let name = field.keys.sorted().first {
            parts.append([name, field[name]?.name].compactMap { $0 }.joined(separator: " "))
        }
        if let operation = leaf.comparisonOperator { parts.append(operation) }
        if let size = leaf.size { parts.append(String(size.value)) }
        if let constraint = leaf.positionalConstraint { parts.append(constraint) }
        if let search = leaf.searchString { parts.append(searchString(search)) }
        if let regex = leaf.regexString { parts.append("/\(regex)/") }
        if let countries = leaf.countryCodes { parts.append(countries.joined(separator: " ")) }
        if let asns = leaf.asnList { parts.append(asns.map { String($0.value) }.joined(separator: " ")) }
        if let scope = leaf.scope { parts.append(scope) }
        if let key = leaf.key { parts.append(key) }
        if let arn = leaf.arn { parts.append(arn) }
        if let sensitivity = leaf.sensitivityLevel { parts.append("sensitivity \(sensitivity)") }
        return shortName(kind) + "(" + (parts.isEmpty ? "…" : parts.joined(separator: " ")) + ")"
    }

    private static func shortName(_ kind: String) -> String {
        kind.hasSuffix("Statement") ? String(kind.dropLast("Statement".count)) : kind
    }
}
