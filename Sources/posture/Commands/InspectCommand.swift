import ArgumentParser
import Importers
import ReportModel
import ReportPipeline

/// `posture inspect`: the quick look at a new export, without scoring or rendering.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show formats, counts, duplicates, time range and diagnostics of exports.",
        discussion: """
            Describes each input on its own, without scoring, and exits 3 at the end if any could not be read.

            Examples:
              posture inspect exports/2026-11
              gunzip -c waf-log.json.gz | posture inspect -
            """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        // Options first, as the other commands: a wrong limit is a usage error whatever the inputs.
        let options = try input.importOptions()
        let sources = try input.sources()
        let inspections: [FileInspection]
        do throws(PipelineError) {
            inspections = try ReportPipeline.inspect(sources, options: options)
        } catch {
            throw CLIError(error)
        }
        let english = ResourceFolders.english()
        for file in inspections {
            print(file.text(in: english))
        }
        let unreadable = inspections.filter { $0.failure != nil }.count
        if unreadable > 0 {
            throw CLIError.failed(
                "\(unreadable) of \(inspections.count) input\(inspections.count == 1 ? "" : "s") could not be read (see above)"
            )
        }
    }
}
