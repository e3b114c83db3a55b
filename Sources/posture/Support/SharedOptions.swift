import ArgumentParser
import Foundation
import Importers
import ReportModel
import ReportPipeline
import Scoring

/// The inputs: files, folders (recursive, sorted) or `-` for stdin.
struct InputOptions: ParsableArguments {
    @Argument(help: "Export files, folders (read recursively, in sorted order) or - for stdin.")
    var inputs: [String]

    @Flag(help: "Skip records and files that are not findings of a known format, instead of failing.")
    var skipInvalid = false

    func sources() throws -> [InputSource] { try Self.sources(for: inputs) }

    static func sources(for inputs: [String]) throws -> [InputSource] {
        do {
            return try InputCollector.sources(for: inputs) {
                [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            }
        } catch {
            throw CLIError.failed(error.description)
        }
    }
}

/// The configuration files a team keeps in git, and the as-of date.
struct ConfigurationOptions: ParsableArguments {
    @Option(help: "Risk acceptances (risk-acceptances.yml).")
    var acceptances: String?

    @Option(help: "Account id → name and environment (environments.yml).")
    var environments: String?

    @Option(help: "Layer rules that override or extend the defaults (layers.yml).")
    var layers: String?

    @Option(help: "Questionnaire questions that override or extend rules/questions.csv (questions.yml).")
    var questions: String?

    @Option(help: "The report date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today).")
    var asOf: String?

    @Option(help: ArgumentHelp("Folder of the default layer rules.", visibility: .hidden))
    var rules: String?

    func validate() throws {
        if let asOf, ReportDate(asOf) == nil {
            throw ValidationError("--as-of: not a real date in YYYY-MM-DD form: \"\(asOf)\"")
        }
    }

    func date() throws -> ReportDate { try AsOfDate.resolve(asOf) }

    func scoringConfiguration() throws -> ScoringConfiguration {
        do {
            let userRules = try layers.map { try LayerFile.parse(try Self.read($0), file: $0) } ?? []
            let (ruleSet, catalogue) = try ResourceFolders.rules(option: rules, userRules: userRules)
            var configuration = ScoringConfiguration(
                rules: ruleSet,
                catalogue: catalogue,
                acceptances: try acceptances.map { try AcceptanceFile.parse(try Self.read($0), file: $0) } ?? [],
                environments: try environments.map { try EnvironmentFile.parse(try Self.read($0), file: $0) } ?? []
            )
            let userQuestions = try questions.map { try QuestionFile.parse(try Self.read($0), file: $0) } ?? []
            configuration.questions = QuestionnaireQuestion.merged(
                try ResourceFolders.questions(option: rules),
                user: userQuestions
            )
            return configuration
        } catch let error as ScoringError {
            throw CLIError.failed(error.description)
        }
    }

    func pipeline(skipInvalid: Bool, configuration: ScoringConfiguration? = nil) throws -> ReportPipeline {
        ReportPipeline(
            importer: FindingImporter(options: ImportOptions(skipInvalid: skipInvalid)),
            scorer: Scorer(configuration: try configuration ?? scoringConfiguration())
        )
    }

    static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        } catch {
            throw CLIError.failed(FileProblem.describe(error, path: path, action: "read"))
        }
    }
}
