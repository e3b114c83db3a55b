public import ReportModel

/// The rules that place findings in layers: the user's rules first, in file order, then the
/// defaults by control id, by resource type, and by product.
public struct LayerRuleSet: Sendable, Equatable {
    /// The user's rules from `layers.yml`, tried first.
    public var userRules: [LayerRule]
    private var controlRules: CaseInsensitiveTable<LayerRule>
    private var resourceTypeRules: CaseInsensitiveTable<LayerRule>
    private var productRules: CaseInsensitiveTable<LayerRule>

    /// Builds the rule set.
    /// - Parameters:
    ///   - userRules: the user's rules, in order.
    ///   - catalogue: the control catalogue (one default rule per control).
    ///   - resourceTypes: `rules/resource-types.csv` (`resource_type,layer,certain,why`).
    ///   - products: `rules/products.csv` (`product,layer,certain,why`).
    /// - Throws: `ScoringError.invalidTable` for a malformed table.
    public init(
        userRules: [LayerRule] = [],
        catalogue: ControlCatalogue,
        resourceTypes: (text: String, file: String),
        products: (text: String, file: String)
    ) throws(ScoringError) {
        self.userRules = userRules
        var controlRules = CaseInsensitiveTable<LayerRule>()
        for entry in catalogue.all {
            controlRules.set(
                LayerRule(condition: .control(entry.id), layer: entry.layer, why: entry.why, source: "default"),
                for: entry.id
            )
        }
        self.controlRules = controlRules
        resourceTypeRules = try Self.table(resourceTypes, key: "resource_type") { .resourceType($0) }
        productRules = try Self.table(products, key: "product") { .product($0) }
    }

    /// Places a finding.
    /// - Returns: the layer and the rule that placed it; `nil` rule means unclassified.
    public func place(_ finding: Finding) -> (layer: LayerKey, rule: LayerRule?) {
        if let rule = userRules.first(where: { $0.matches(finding) }) { return (.layer(rule.layer), rule) }
        if let control = finding.controlId, let rule = controlRules[control] {
            return (.layer(rule.layer), rule)
        }
        if let type = finding.resources.first?.type, let rule = resourceTypeRules[type] {
            return (.layer(rule.layer), rule)
        }
        for key in [finding.productKey, finding.productName].compactMap({ $0 }) {
            if let rule = productRules[key] { return (.layer(rule.layer), rule) }
        }
        return (.unclassified, nil)
    }

    private static func table(
        _ source: (text: String, file: String),
        key: String,
        condition: (String) -> LayerRule.Condition
    ) throws(ScoringError) -> CaseInsensitiveTable<LayerRule> {
        let table = try CSVTable(source.text, file: source.file, required: [key, "layer", "why"])
        var rules = CaseInsensitiveTable<LayerRule>()
        for row in table.rows {
            let name = row.fields[key] ?? ""
            guard let layer = SecurityLayer(rawValue: row.fields["layer"] ?? "") else {
                throw .invalidTable(
                    file: source.file,
                    line: row.line,
                    reason: Message(.tableUnknownLayer, ["value": .text(row.fields["layer"] ?? "")])
                )
            }
            rules.set(
                LayerRule(condition: condition(name), layer: layer, why: row.fields["why"] ?? "", source: "default"),
                for: name
            )
        }
        return rules
    }
}
