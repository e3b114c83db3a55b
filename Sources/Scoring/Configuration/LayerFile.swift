import ReportModel

/// Reads `layers.yml`: the user's rules that override or extend the default layer mapping.
///
/// ```yaml
/// rules:
///   - {control: CloudTrail.7, layer: datastore, why: "the bucket also holds customer exports"}
///   - {resourceType: AwsSecretsManagerSecret, layer: account, why: secrets are credentials}
///   - {product: macie, layer: datastore, why: sensitive data discovery}
///   - {resource: "arn:aws:s3:::shop-prod-*", layer: datastore, why: production data buckets}
///   - {findingType: "TTPs/Initial Access", layer: account, why: credential misuse}
/// ```
public enum LayerFile {
    private static let conditionKeys = ["control", "resourceType", "product", "resource", "findingType"]

    /// Parses and validates the file.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the path, for error messages.
    /// - Returns: the rules in file order.
    /// - Throws: `ScoringError` naming `file:line:column` for YAML errors, unknown keys, a rule with no
    ///   or several conditions, an unknown layer, or a missing `why`.
    public static func parse(_ yaml: String, file: String) throws(ScoringError) -> [LayerRule] {
        let reader = YAMLReader(file: file)
        let items = try reader.topLevelList(try reader.read(yaml), key: "rules")
        var rules: [LayerRule] = []
        for item in items {
            let rule = Message(.subjectLayerRule)
            let fields = try YAMLReader.Fields(item, reader: reader, what: rule)
            try fields.allowOnly(conditionKeys + ["layer", "why"], in: rule)
            let given = conditionKeys.filter { fields.value($0) != nil }
            guard given.count == 1, let key = given.first else {
                throw reader.error(
                    at: item.position,
                    Message(.layerRuleNeedsOneCondition, ["keys": .list(conditionKeys)])
                )
            }
            let value = try fields.requiredString(key, in: rule)
            let layerName = try fields.requiredString("layer", in: rule)
            guard let layer = SecurityLayer(rawValue: layerName) else {
                throw reader.error(
                    at: fields.value("layer")?.position ?? item.position,
                    Message(.layerRuleUnknownLayer, ["value": .text(layerName)])
                )
            }
            let condition: LayerRule.Condition =
                switch key {
                case "control": .control(value)
                case "resourceType": .resourceType(value)
                case "product": .product(value)
                case "resource": .resource(value)
                default: .findingType(value)
                }
            rules.append(
                LayerRule(
                    condition: condition,
                    layer: layer,
                    why: try fields.requiredString("why", in: rule),
                    source: "\(file):\(item.position.line)"
                )
            )
        }
        return rules
    }
}
