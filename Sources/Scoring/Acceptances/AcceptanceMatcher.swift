import ReportModel

/// Decides whether a recorded acceptance covers a finding. All given conditions must hold;
/// an empty condition list is "any".
struct AcceptanceMatcher {
    /// The facts about a finding that acceptances can name besides the finding itself.
    struct Context {
        var environment: String
        var accountName: String?
    }

    func matches(_ acceptance: RiskAcceptance, _ finding: Finding, context: Context) -> Bool {
        let match = acceptance.match
        if !match.controls.isEmpty {
            guard let control = finding.controlId, match.controls.contains(where: { $0.caseInsensitiveEquals(control) })
            else { return false }
        }
        if !match.findingIds.isEmpty, !match.findingIds.contains(finding.id) { return false }
        if !match.products.isEmpty {
            let names = [finding.productName, finding.productKey, finding.productArn].compactMap { $0 }
            guard match.products.contains(where: { product in names.contains { $0.caseInsensitiveEquals(product) } })
            else { return false }
        }
        if !match.resources.isEmpty {
            let globs = match.resources.map(Glob.init)
            guard finding.resources.contains(where: { resource in globs.contains { $0.matches(resource.id) } })
            else { return false }
        }
        if !match.accounts.isEmpty {
            guard let account = finding.accountId, match.accounts.contains(account) else { return false }
        }
        if !match.environments.isEmpty {
            let names = [context.environment, context.accountName].compactMap { $0 }
            guard match.environments.contains(where: { wanted in names.contains { $0.caseInsensitiveEquals(wanted) } })
            else { return false }
        }
        if !match.regions.isEmpty {
            let regions = ([finding.region] + finding.resources.map(\.region)).compactMap { $0 }
            guard match.regions.contains(where: regions.contains) else { return false }
        }
        if !match.cves.isEmpty {
            let ids = finding.vulnerabilityIds.map { $0.lowercased() }
            guard match.cves.contains(where: { ids.contains($0.lowercased()) }) else { return false }
        }
        if !match.severities.isEmpty, !match.severities.contains(finding.severity) { return false }
        if !match.tags.isEmpty {
            // Every condition holds on one and the same resource: "made by Copilot" is a fact about a resource.
            let conditions = match.tags.map { (key: $0.key, value: Glob($0.value)) }
            guard
                finding.resources.contains(where: { resource in
                    conditions.allSatisfy { condition in
                        resource.tags.contains { $0.key == condition.key && condition.value.matches($0.value) }
                    }
                })
            else { return false }
        }
        return true
    }
}
