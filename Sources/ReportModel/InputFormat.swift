/// The export format a record was read from, as named in `report.json` `inputs[].format`.
public enum InputFormat: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case asff
    case ocsf
    case inspector2
    case ecr
    case wafWebACL = "waf-webacl"
    case wafSampled = "waf-sampled"
    case wafLog = "waf-log"

    /// Orders by declaration order, so listings are stable.
    public static func < (lhs: InputFormat, rhs: InputFormat) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
