/// An AWS account's name and environment, as kept in `environments.yml`.
public struct EnvironmentMapping: Sendable, Equatable, Hashable, Codable {
    /// The account id, as text.
    public var accountId: String
    /// A readable account name, e.g. `shop-prod`.
    public var name: String
    /// The environment: `prod`, `staging`, `dev` (or any other word the team uses).
    public var environment: String

    /// Creates a mapping; every argument sets the property of the same name.
    public init(accountId: String, name: String, environment: String) {
        self.accountId = accountId
        self.name = name
        self.environment = environment
    }

    /// The sort rank of an environment word: prod first, then staging, dev, others, unmapped.
    /// - Returns: a rank, lower first.
    public static func rank(of environment: String) -> Int {
        switch environment.lowercased() {
        case "prod", "production": 0
        case "staging", "stage", "preprod": 1
        case "dev", "development", "test": 2
        case "unmapped": 4
        default: 3
        }
    }
}
