/// The names in a list of vulnerable packages (`VulnerablePackages[].Name` in ASFF,
/// `vulnerablePackages[].name` in Inspector2); never fails: a list of another shape reads as empty,
/// since the package only sharpens the identity of a finding that is readable without it.
struct PackageNames: Decodable, Sendable, Equatable {
    /// The package names, in order.
    var names: [String]

    init(from decoder: any Decoder) throws {
        var names: [String] = []
        if var list = try? decoder.unkeyedContainer() {
            while !list.isAtEnd {
                guard let item = try? list.nestedContainer(keyedBy: AnyCodingKey.self) else {
                    _ = try? list.decode(Skipped.self)
                    continue
                }
                for key in ["Name", "name"] {
                    if let name = try? item.decode(String.self, forKey: AnyCodingKey(key)) {
                        names.append(name)
                        break
                    }
                }
            }
        }
        self.names = names
    }

    /// Any JSON value, read and dropped.
    private struct Skipped: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
