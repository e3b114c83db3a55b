import ReportModel
import Scoring
import TestSupport

/// The repository's real default rules, as the CLI loads them.
enum DefaultConfiguration {
    static func make(
        userRules: [LayerRule] = [],
        acceptances: [RiskAcceptance] = [],
        environments: [EnvironmentMapping] = []
    ) throws -> ScoringConfiguration {
        let catalogue = try ControlCatalogue(
            csv: try RepositoryPaths.text("rules/controls.csv"),
            file: "rules/controls.csv"
        )
        let rules = try LayerRuleSet(
            userRules: userRules,
            catalogue: catalogue,
            resourceTypes: (try RepositoryPaths.text("rules/resource-types.csv"), "rules/resource-types.csv"),
            products: (try RepositoryPaths.text("rules/products.csv"), "rules/products.csv")
        )
        return ScoringConfiguration(
            rules: rules,
            catalogue: catalogue,
            standardControls: try StandardControlTable(
                csv: try RepositoryPaths.text("rules/standard-control-ids.csv"),
                file: "rules/standard-control-ids.csv"
            ),
            acceptances: acceptances,
            environments: environments
        )
    }

    static let environments = [
        EnvironmentMapping(accountId: "111122223333", name: "shop-prod", environment: "prod"),
        EnvironmentMapping(accountId: "444455556666", name: "shop-staging", environment: "staging"),
    ]

    static func acceptance(
        _ id: String,
        _ match: AcceptanceMatch,
        accepted: String = "2026-04-01",
        expires: String = "2027-03-31"
    ) -> RiskAcceptance {
        RiskAcceptance(
            id: id,
            match: match,
            reason: "reason",
            owner: "platform-team",
            approvedBy: "CTO",
            acceptedOn: ReportDate(accepted) ?? ReportDate(year: 2026, month: 1, day: 1),
            expiresOn: ReportDate(expires) ?? ReportDate(year: 2026, month: 1, day: 1)
        )
    }

    static let asOf = ReportDate(year: 2026, month: 11, day: 30)
}
