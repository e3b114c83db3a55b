/// One Security Hub standard's score, as the console shows it per enabled standard: the same status rule as the
/// summary score, over that standard's controls only.
public struct StandardScore: Sendable, Equatable, Codable {
    /// The standard as `Compliance.AssociatedStandards[].StandardsId` writes it,
    /// e.g. `standards/aws-foundational-security-best-practices/v/1.0.0`.
    public var standardsId: String
    /// The standard's name, e.g. `AWS Foundational Security Best Practices v1.0.0`.
    public var name: String
    /// Control states over all accounts (failed in any account = failed), each control once.
    public var controls: ControlCounts
    /// Control states per layer; every layer, in layer order.
    public var layers: [LayerCounts]
    /// Control states per account, in account id order.
    public var accounts: [AccountCounts]
    /// The standard's failed controls, those that stand between its score and 100 %: the ones whose fix raises
    /// the score most first (failed in the most accounts, then by severity and id).
    public var failedControls: [String]

    /// Control counts of one layer within a standard.
    public struct LayerCounts: Sendable, Equatable, Codable {
        /// The layer.
        public var layer: LayerKey
        /// Its control states within the standard.
        public var controls: ControlCounts

        /// Creates a layer's counts.
        public init(layer: LayerKey, controls: ControlCounts) {
            self.layer = layer
            self.controls = controls
        }
    }

    /// Control counts of one account within a standard.
    public struct AccountCounts: Sendable, Equatable, Codable {
        /// The account id.
        public var accountId: String
        /// Its control states within the standard.
        public var controls: ControlCounts

        /// Creates an account's counts.
        public init(accountId: String, controls: ControlCounts) {
            self.accountId = accountId
            self.controls = controls
        }
    }

    /// Creates a standard's score; every argument sets the property of the same name.
    public init(
        standardsId: String,
        name: String,
        controls: ControlCounts,
        layers: [LayerCounts] = [],
        accounts: [AccountCounts] = [],
        failedControls: [String] = []
    ) {
        self.standardsId = standardsId
        self.name = name
        self.controls = controls
        self.layers = layers
        self.accounts = accounts
        self.failedControls = failedControls
    }
}
