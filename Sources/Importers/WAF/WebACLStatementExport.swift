/// A WAFv2 `Statement`: a one-key union, recursive through And/Or/Not and scope-down statements.
/// Unknown statement kinds decode as `.other` and never fail.
indirect enum WebACLStatementExport: Decodable {
    case managedGroup(ManagedGroup)
    case ruleGroupReference(RuleGroupReference)
    case rateBased(RateBased)
    case and([WebACLStatementExport])
    case or([WebACLStatementExport])
    case not(WebACLStatementExport?)
    case leaf(kind: String, Leaf)
    case other(kind: String)
    case empty

    struct ManagedGroup: Decodable {
        var vendorName: String?
        var name: String?
        var version: String?
        var excludedRules: [NamedRule]?
        var ruleActionOverrides: [ActionOverride]?
        var scopeDownStatement: WebACLStatementExport?

        enum CodingKeys: String, CodingKey {
            case vendorName = "VendorName"
            case name = "Name"
            case version = "Version"
            case excludedRules = "ExcludedRules"
            case ruleActionOverrides = "RuleActionOverrides"
            case scopeDownStatement = "ScopeDownStatement"
        }
    }

    struct RuleGroupReference: Decodable {
        var arn: String?
        var excludedRules: [NamedRule]?
        var ruleActionOverrides: [ActionOverride]?

        enum CodingKeys: String, CodingKey {
            case arn = "ARN"
            case excludedRules = "ExcludedRules"
            case ruleActionOverrides = "RuleActionOverrides"
        }
    }

    struct RateBased: Decodable {
        var limit: LenientInt?
        var evaluationWindowSec: LenientInt?
        var aggregateKeyType: String?
        var scopeDownStatement: WebACLStatementExport?

        enum CodingKeys: String, CodingKey {
            case limit = "Limit"
            case evaluationWindowSec = "EvaluationWindowSec"
            case aggregateKeyType = "AggregateKeyType"
            case scopeDownStatement = "ScopeDownStatement"
        }
    }

    struct NamedRule: Decodable {
        var name: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
        }
    }

    struct ActionOverride: Decodable {
        var name: String?
        var actionToUse: [String: IgnoredJSON]?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
            case actionToUse = "ActionToUse"
        }
    }

    /// The fields of the match statements we describe; others are ignored.
    struct Leaf: Decodable {
        var searchString: String?
        var positionalConstraint: String?
        var fieldToMatch: [String: FieldSpec]?
        var countryCodes: [String]?
        var arn: String?
        var key: String?
        var scope: String?
        var comparisonOperator: String?
        var size: LenientInt?
        var regexString: String?
        var sensitivityLevel: String?
        var asnList: [LenientInt]?

        enum CodingKeys: String, CodingKey {
            case searchString = "SearchString"
            case positionalConstraint = "PositionalConstraint"
            case fieldToMatch = "FieldToMatch"
            case countryCodes = "CountryCodes"
            case arn = "ARN"
            case key = "Key"
            case scope = "Scope"
            case comparisonOperator = "ComparisonOperator"
            case size = "Size"
            case regexString = "RegexString"
            case sensitivityLevel = "SensitivityLevel"
            case asnList = "AsnList"
        }
    }

    struct FieldSpec: Decodable {
        var name: String?

        enum CodingKeys: String, CodingKey {
            case name = "Name"
        }
    }

    private struct Compound: Decodable {
        var statements: [WebACLStatementExport]?

        enum CodingKeys: String, CodingKey {
            case statements = "Statements"
        }
    }

    private struct Negation: Decodable {
        var statement: WebACLStatementExport?

        enum CodingKeys: String, CodingKey {
            case statement = "Statement"
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        guard let key = container.allKeys.map(\.stringValue).sorted().first else {
            self = .empty
            return
        }
        let codingKey = AnyKey(stringValue: key)
        switch key {
        case "ManagedRuleGroupStatement":
            self = .managedGroup(try container.decode(ManagedGroup.self, forKey: codingKey))
        case "RuleGroupReferenceStatement":
            self = .ruleGroupReference(try container.decode(RuleGroupReference.self, forKey: codingKey))
        case "RateBasedStatement":
            self = .rateBased(try container.decode(RateBased.self, forKey: codingKey))
        case "AndStatement":
            self = .and(try container.decode(Compound.self, forKey: codingKey).statements ?? [])
        case "OrStatement":
            self = .or(try container.decode(Compound.self, forKey: codingKey).statements ?? [])
        case "NotStatement":
            self = .not(try container.decode(Negation.self, forKey: codingKey).statement)
        default:
            if let leaf = try? container.decode(Leaf.self, forKey: codingKey) {
                self = .leaf(kind: key, leaf)
            } else {
                self = .other(kind: key)
            }
        }
    }
}
