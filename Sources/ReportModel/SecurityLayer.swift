/// The four security layers a finding is scored in, in the order of danger the report uses.
///
/// A finding that no rule places has no layer; reports show it as `unclassified`.
public enum SecurityLayer: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    /// The AWS account itself, through IAM: every resource and the bill.
    case account
    /// A foothold inside the VPC.
    case network
    /// Data through the front door: load balancers, WAF, containers, functions.
    case webapp
    /// Data taken straight from storage.
    case datastore

    /// Orders layers by danger: account, network, webapp, datastore.
    public static func < (lhs: SecurityLayer, rhs: SecurityLayer) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// A layer as reports group by it: one of the four, or `unclassified`.
public enum LayerKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    case layer(SecurityLayer)
    case unclassified

    /// Every key in report order, `unclassified` last.
    public static let all: [LayerKey] = SecurityLayer.allCases.map(LayerKey.layer) + [.unclassified]

    /// Creates the key for an optional layer; `nil` is `unclassified`.
    /// - Parameter layer: the layer a rule gave, if any.
    public init(_ layer: SecurityLayer?) {
        self = layer.map(LayerKey.layer) ?? .unclassified
    }

    /// The name used in report.json and anchors: `account` … `datastore`, `unclassified`.
    public var description: String {
        switch self {
        case .layer(let layer): layer.rawValue
        case .unclassified: "unclassified"
        }
    }

    /// The layer, when the key is one of the four.
    public var layer: SecurityLayer? {
        if case .layer(let layer) = self { return layer }
        return nil
    }

    /// Orders the four layers by danger, then `unclassified`.
    public static func < (lhs: LayerKey, rhs: LayerKey) -> Bool {
        (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }

    /// Encodes as its name.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from its name.
    /// - Throws: `DecodingError` for an unknown name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        if name == "unclassified" {
            self = .unclassified
        } else if let layer = SecurityLayer(rawValue: name) {
            self = .layer(layer)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown layer \"\(name)\"")
        }
    }
}
