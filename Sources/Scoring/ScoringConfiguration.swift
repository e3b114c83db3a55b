public import ReportModel

/// Everything scoring needs besides the findings: rules, catalogue, acceptances, environments.
public struct ScoringConfiguration: Sendable, Equatable {
    /// The layer rules.
    public var rules: LayerRuleSet
    /// The control catalogue (titles, severities).
    public var catalogue: ControlCatalogue
    /// The recorded risk acceptances, in file order (the first valid match covers a finding).
    public var acceptances: [RiskAcceptance]
    /// Account → name and environment.
    public var environments: [EnvironmentMapping]
    /// An acceptance whose review date is this close is `expiring`.
    public var expiringWithinDays: Int
    /// An acceptance covering more resources than this is flagged as over-broad.
    public var broadAcceptanceResources: Int
    /// The questionnaire questions answered from controls (`rules/questions.csv` + `--questions`).
    public var questions: [QuestionnaireQuestion] = []

    /// Creates a configuration.
    /// - Parameters:
    ///   - rules: the layer rules.
    ///   - catalogue: the control catalogue.
    ///   - acceptances: the acceptances.
    ///   - environments: the environment mappings.
    ///   - expiringWithinDays: the expiring window, 30 days by default.
    ///   - broadAcceptanceResources: the over-broad threshold, 25 resources by default.
    public init(
        rules: LayerRuleSet,
        catalogue: ControlCatalogue,
        acceptances: [RiskAcceptance] = [],
        environments: [EnvironmentMapping] = [],
        expiringWithinDays: Int = 30,
        broadAcceptanceResources: Int = 25
    ) {
        self.rules = rules
        self.catalogue = catalogue
        self.acceptances = acceptances
        self.environments = environments
        self.expiringWithinDays = expiringWithinDays
        self.broadAcceptanceResources = broadAcceptanceResources
    }
}
