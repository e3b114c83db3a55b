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

    @Option(
        help: ArgumentHelp("The largest record (one finding, event or log line) read, in bytes.", valueName: "bytes")
    )
    var maxRecordSize = ImportLimits.standard.recordBytes

    @Option(help: ArgumentHelp("Longer strings are cut and marked, with a warning.", valueName: "bytes"))
    var maxStringLength = ImportLimits.standard.stringBytes

    @Option(
        help: ArgumentHelp("The deepest nesting of JSON arrays and objects read (at most 512).", valueName: "levels")
    )
    var maxDepth = ImportLimits.standard.depth

    @Option(help: ArgumentHelp("The most bytes of text one input may yield (after gunzip).", valueName: "bytes"))
    var maxDecompressedSize = ImportLimits.standard.decompressedBytes

    @Option(help: ArgumentHelp("The highest decompressed-to-stored ratio of a large gzip file.", valueName: "ratio"))
    var maxCompressionRatio = ImportLimits.standard.compressionRatio

    @Option(help: ArgumentHelp("The most records one input file may hold.", valueName: "count"))
    var maxRecords = ImportLimits.standard.recordsPerFile

    func sources() throws -> [InputSource] { try Self.sources(for: inputs) }

    /// `--skip-invalid` and the limits, checked.
    func importOptions() throws -> ImportOptions {
        let values = [
            ("--max-record-size", maxRecordSize), ("--max-string-length", maxStringLength), ("--max-depth", maxDepth),
            ("--max-decompressed-size", maxDecompressedSize), ("--max-compression-ratio", maxCompressionRatio),
            ("--max-records", maxRecords),
        ]
        for (name, value) in values where value < 1 {
            throw ValidationError("\(name): expected a positive number, got \(value)")
        }
        // Records deeper than this reached the JSON decoder and failed there as "not valid JSON text".
        guard maxDepth <= ImportLimits.standard.depth else {
            throw ValidationError(
                "--max-depth: at most \(ImportLimits.standard.depth) (the deepest nesting the JSON decoder reads), got \(maxDepth)"
            )
        }
        let limits = ImportLimits(
            recordBytes: maxRecordSize,
            stringBytes: maxStringLength,
            depth: maxDepth,
            decompressedBytes: maxDecompressedSize,
            compressionRatio: maxCompressionRatio,
            recordsPerFile: maxRecords
        )
        return ImportOptions(skipInvalid: skipInvalid, limits: limits)
    }

    static func sources(for inputs: [String]) throws -> [InputSource] {
        do {
            return try InputCollector.streamingSources(for: inputs)
        } catch {
            throw CLIError.failed(error.text(in: ResourceFolders.english()))
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
            let (ruleSet, catalogue, standardControls) = try ResourceFolders.rules(
                option: rules,
                userRules: userRules
            )
            var configuration = ScoringConfiguration(
                rules: ruleSet,
                catalogue: catalogue,
                standardControls: standardControls,
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
            throw CLIError.failed(error.text(in: ResourceFolders.english()))
        }
    }

    func pipeline(skipInvalid: Bool, configuration: ScoringConfiguration? = nil) throws -> ReportPipeline {
        try pipeline(options: ImportOptions(skipInvalid: skipInvalid), configuration: configuration)
    }

    func pipeline(options: ImportOptions, configuration: ScoringConfiguration? = nil) throws -> ReportPipeline {
        ReportPipeline(
            importer: FindingImporter(options: options),
            scorer: Scorer(configuration: try configuration ?? scoringConfiguration()),
            english: ResourceFolders.english()
        )
    }

    /// The largest configuration file read: these are hand-written YAML files.
    static let maximumConfigurationBytes = 16 << 20

    static func read(_ path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError.failed("\(path): cannot read: no such file or not readable")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumConfigurationBytes + 1) ?? Data()
        } catch {
            throw CLIError.failed(FileProblem.describe(error, path: path, action: "read"))
        }
        guard data.count <= maximumConfigurationBytes else {
            throw CLIError.failed("\(path): configuration file larger than \(maximumConfigurationBytes) bytes")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError.failed("\(path): not UTF-8 text")
        }
        return text
    }
}
