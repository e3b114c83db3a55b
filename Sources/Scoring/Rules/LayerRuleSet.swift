public import ReportModel

/// The rules that place findings in layers: the user's rules first, in file order, then the
/// defaults by control id, by resource type, and by product.
public struct LayerRuleSet: Sendable, Equatable {
    /// The user's rules from `layers.yml`, tried first.
    public var userRules: [LayerRule]
    /// The default rules (by control, resource type and product), each once; the tables hold their positions.
    private var defaultRules: [LayerRule] = []
    private var controlRules: CaseInsensitiveTable<Int>
    private var resourceTypeRules: CaseInsensitiveTable<Int>
    private var productRules: CaseInsensitiveTable<Int>

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
        var controlRules = CaseInsensitiveTable<Int>()
        for entry in catalogue.all {
            Self.add(
                LayerRule(condition: .control(entry.id), layer: entry.layer, why: entry.why, source: "default"),
                named: entry.id,
                to: &controlRules,
                numberingIn: &defaultRules
            )
        }
        self.controlRules = controlRules
        resourceTypeRules = try Self.table(resourceTypes, key: "resource_type", into: &defaultRules) {
            .resourceType($0)
        }
        productRules = try Self.table(products, key: "product", into: &defaultRules) { .product($0) }
    }

    /// Places a finding, naming the rule that placed it by its number (`rule(numbered:)`): a placement per finding
    /// then copies no rule (its condition, reason and source retained and released) and is counted by a number,
    /// not a hash of the rule's texts.
    /// - Returns: the layer, and the number of the rule that placed it (nil: unclassified). The numbers of one
    ///   rule set are distinct: the user's rules by position, then the default rules.
    public func placement(_ finding: Finding) -> (layer: LayerKey, rule: Int?) {
        for index in userRules.indices where userRules[index].matches(finding) {
            return (.layer(userRules[index].layer), index)
        }
        if let control = finding.controlId, let number = controlRules[control] {
            return defaultPlacement(number)
        }
        if let type = finding.resources.first?.type, let number = resourceTypeRules[type] {
            return defaultPlacement(number)
        }
        if let key = finding.productKey, let number = productRules[key] { return defaultPlacement(number) }
        if let number = productRules[finding.productName] { return defaultPlacement(number) }
        return (.unclassified, nil)
    }

    /// The rule with a number `placement(_:)` gave.
    /// - Parameter number: a number `placement(_:)` returned for this rule set.
    /// - Returns: the rule it names.
    public func rule(numbered number: Int) -> LayerRule {
        number < userRules.count ? userRules[number] : defaultRules[number - userRules.count]
    }

    /// How many numbers `placement(_:)` can give: every number is below it.
    public var numberedRules: Int { userRules.count + defaultRules.count }

    /// The layer and number of the default rule at `position` in `defaultRules`.
    private func defaultPlacement(_ position: Int) -> (layer: LayerKey, rule: Int?) {
        (.layer(defaultRules[position].layer), userRules.count + position)
    }

    /// Reads a table of default rules, appending them to `defaults`, and returns where each name's rule is there.
    private static func table(
        _ source: (text: String, file: String),
        key: String,
        into defaults: inout [LayerRule],
        condition: (String) -> LayerRule.Condition
    ) throws(ScoringError) -> CaseInsensitiveTable<Int> {
        let table = try CSVTable(source.text, file: source.file, required: [key, "layer", "why"])
        var rules = CaseInsensitiveTable<Int>()
        for row in table.rows {
            let name = row.fields[key] ?? ""
            guard let layer = SecurityLayer(rawValue: row.fields["layer"] ?? "") else {
                throw .invalidTable(
                    file: source.file,
                    line: row.line,
                    reason: Message(.tableUnknownLayer, ["value": .text(row.fields["layer"] ?? "")])
                )
            }
            Self.add(
                LayerRule(condition: condition(name), layer: layer, why: row.fields["why"] ?? "", source: "default"),
                named: name,
                to: &rules,
                numberingIn: &defaults
            )
        }
        return rules
    }

    /// Appends a default rule to `defaults` and files its position in `table` under `name`.
    private static func add(
        _ rule: LayerRule,
        named name: String,
        to table: inout CaseInsensitiveTable<Int>,
        numberingIn defaults: inout [LayerRule]
    ) {
        table.set(defaults.count, for: name)
        defaults.append(rule)
    }
}
