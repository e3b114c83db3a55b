import ArgumentParser
import Importers

/// `posture inspect`: the quick look at a new export, without scoring or rendering.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show formats, counts, duplicates, time range and diagnostics of exports."
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let importer = FindingImporter(options: try input.importOptions())
        do {
            for file in try importer.inspect(try input.sources()) {
                print(file.description)
            }
        } catch let error as ImportError {
            throw CLIError.failed(error.description)
        }
    }
}
