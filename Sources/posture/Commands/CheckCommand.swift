import ArgumentParser
import ReportModel
import ReportPipeline
import Scoring

/// `posture check`: validates the configuration files against the inputs; a monthly reminder for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate acceptances, environments and layer rules against the inputs; exit 1 on expired entries.",
        discussion: """
            Example (a monthly reminder in CI, before the acceptances lapse):
              posture check exports/2026-11 --acceptances risk-acceptances.yml --environments environments.yml
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var config: ConfigurationOptions

    func run() throws {
        let asOf = try config.date()
        let configuration = try config.scoringConfiguration()
        let pipeline = try config.pipeline(options: try input.importOptions(), configuration: configuration)
        let sources = try input.sources()
        let report: ScoredReport
        do throws(PipelineError) {
            report = try pipeline.assess(sources, asOf: asOf, strict: false)
        } catch {
            throw CLIError(error)
        }
        printVisible("as of \(asOf): \(report.acceptances.count) acceptance\(report.acceptances.count == 1 ? "" : "s")")
        for result in report.acceptances {
            let entry = result.acceptance
            printVisible(
                "\(entry.id)\t\(result.status.rawValue)\texpires \(entry.expiresOn) (\(Self.days(result.daysToExpiry)))\tmatches \(result.matched)"
            )
            for warning in result.warnings { printVisible("  warning: \(pipeline.english.text(warning))") }
        }
        for (id, conditions) in report.tagConditionsMatchingNothing() {
            for condition in conditions {
                print("\(id): no resource in the inputs carries tag \(condition.key)=\(condition.value)")
            }
        }
        for rule in configuration.layerRulesPlacingNothing(in: report) {
            printVisible("\(rule.source): layer rule \(pipeline.english.text(rule.summary)) placed no finding")
        }
        for environment in report.environments where !environment.mapped && config.environments != nil {
            printVisible("account \(environment.accountId) is not in \(config.environments ?? "the environments file")")
        }
        let expiring = report.acceptances.filter(configuration.isDueForReview)
        if !expiring.isEmpty {
            printVisible(
                "expiring in the next \(configuration.expiringWithinDays) days: "
                    + expiring.map(\.acceptance.id).joined(separator: ", ")
            )
        }
        let expired = report.acceptances.filter { $0.status == .expired }
        if !expired.isEmpty {
            throw CLIError.gate(
                "expired: "
                    + expired.map { "\($0.acceptance.id) (\($0.acceptance.expiresOn))" }
                    .joined(separator: ", ")
            )
        }
    }

    static func days(_ days: Int) -> String {
        switch days {
        case ..<0: "\(-days) day\(days == -1 ? "" : "s") ago"
        case 0: "today"
        default: "in \(days) day\(days == 1 ? "" : "s")"
        }
    }
}
