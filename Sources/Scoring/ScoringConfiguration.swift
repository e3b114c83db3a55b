public import ReportModel

/// Everything scoring needs besides the findings: rules, catalogue, acceptances, environments.
public struct ScoringConfiguration: Sendable, Equatable {
    /// The layer rules.
    public var rules: LayerRuleSet
    /// The control catalogue (titles, severities).
    public var catalogue: ControlCatalogue
    /// Standard-specific control ids → security control ids (older exports).
    public var standardControls: StandardControlTable
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
    ///   - rules: the layer rules, which place each finding in a layer.
    ///   - catalogue: the control titles, severities and default layers.
    ///   - standardControls: maps the standard-specific control ids of older exports to security control ids.
    ///   - acceptances: the recorded risk acceptances, in file order (the first valid match covers a finding).
    ///   - environments: each account's name and environment.
    ///   - expiringWithinDays: an acceptance whose review date is this close is `expiring`.
    ///   - broadAcceptanceResources: an acceptance covering more resources than this is flagged as over-broad.
    public init(
        rules: LayerRuleSet,
        catalogue: ControlCatalogue,
        standardControls: StandardControlTable = StandardControlTable(),
        acceptances: [RiskAcceptance] = [],
        environments: [EnvironmentMapping] = [],
        expiringWithinDays: Int = 30,
        broadAcceptanceResources: Int = 25
    ) {
        self.rules = rules
        self.catalogue = catalogue
        self.standardControls = standardControls
        self.acceptances = acceptances
        self.environments = environments
        self.expiringWithinDays = expiringWithinDays
        self.broadAcceptanceResources = broadAcceptanceResources
    }
}
