import Foundation
import Rendering
import ReportModel
import Scoring
import Synchronization

/// Finds and reads the data folders the tool ships with: `templates/` and `rules/`.
///
/// Looked up in this order: the option, then the installed location beside the `posture` binary:
/// `share/posture/<name>` next to its `bin/` folder, or a folder above the binary
/// (`.build/<triple>/<config>/posture` → the package root), where the folder carries a
/// `.posture-data` marker file. Never the current folder: a `templates/` or `rules/` folder that
/// happens to be there must not change the report.
enum ResourceFolders {
    static func locate(_ name: String, option: String?) throws -> URL {
        if let option { return URL(fileURLWithPath: option, isDirectory: true) }
        let manager = FileManager.default
        let binary = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath()
        var folder = binary.deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/posture/\(name)")
        if manager.fileExists(atPath: installed.appendingPathComponent(".posture-data").path) { return installed }
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(name)
            if manager.fileExists(atPath: candidate.appendingPathComponent(".posture-data").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw CLIError.failed("cannot find the \(name)/ folder: run from the posture checkout or pass --\(name) DIR")
    }

    /// The running binary's path (`/proc/self/exe` on Linux, so a relative `argv[0]` resolved
    /// against the current folder cannot point elsewhere).
    private static func executablePath() -> String {
        #if os(Linux)
            if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// Every file under `templates/`, keyed by its path relative to that folder, parsed for the run's language when
    /// it is known (`TemplateSet(files:language:)`).
    static func templates(option: String?, language: String? = nil) throws -> TemplateSet {
        let root = try locate("templates", option: option)
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                !url.lastPathComponent.hasPrefix(".")
            else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            do {
                files[relative] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw CLIError.failed(FileProblem.describe(error, path: url.path, action: "read the template"))
            }
        }
        do {
            return try TemplateSet(files: files, language: language)
        } catch {
            throw CLIError.failed("templates: \(error)")
        }
    }

    /// The `--templates` folder the running command was given, once it is known: the errors that end the run are
    /// worded from its string table too (not only its report), wherever the binary is.
    private static let templatesOfThisRun = Mutex<String?>(nil)

    /// Records the running command's `--templates` option for the wording of its errors.
    /// - Parameter option: the option's value, or nil.
    static func wordErrors(withTemplates option: String?) {
        templatesOfThisRun.withLock { $0 = option }
    }

    /// The English string table as a phrasebook: the terminal words diagnostics, warnings and errors from it.
    /// Without a readable table, messages are shown as their codes and parameters rather than failing the run.
    static func english(templatesOption: String? = nil) -> Phrasebook {
        let templatesOption = templatesOption ?? templatesOfThisRun.withLock { $0 }
        guard let root = try? locate("templates", option: templatesOption),
            let data = FileManager.default.contents(atPath: root.appendingPathComponent("strings/en.json").path),
            let entries = try? JSONDecoder().decode([String: String].self, from: data)
        else { return Phrasebook(entries: [:]) }
        return Phrasebook(entries: entries)
    }

    /// The default layer rules, control catalogue and standard control id table, plus the user's layer rules.
    static func rules(
        option: String?,
        userRules: [LayerRule]
    ) throws -> (LayerRuleSet, ControlCatalogue, StandardControlTable) {
        let root = try locate("rules", option: option)
        func read(_ name: String) throws -> (text: String, file: String) {
            let url = root.appendingPathComponent(name)
            do {
                return (try String(contentsOf: url, encoding: .utf8), url.path)
            } catch {
                throw CLIError.failed(FileProblem.describe(error, path: url.path, action: "read"))
            }
        }
        do {
            let controls = try read("controls.csv")
            let catalogue = try ControlCatalogue(csv: controls.text, file: controls.file)
            let rules = try LayerRuleSet(
                userRules: userRules,
                catalogue: catalogue,
                resourceTypes: try read("resource-types.csv"),
                products: try read("products.csv")
            )
            let standard = try read("standard-control-ids.csv")
            return (rules, catalogue, try StandardControlTable(csv: standard.text, file: standard.file))
        } catch let error as ScoringError {
            throw CLIError.failed("rules: \(error.text(in: english()))")
        }
    }

    /// The default questionnaire questions, `rules/questions.csv`.
    static func questions(option: String?) throws -> [QuestionnaireQuestion] {
        let url = try locate("rules", option: option).appendingPathComponent("questions.csv")
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CLIError.failed("\(url.path): cannot read: \(error.localizedDescription)")
        }
        do {
            return try QuestionnaireQuestion.table(csv: text, file: "rules/questions.csv")
        } catch {
            throw CLIError.failed("rules: \(error.text(in: english()))")
        }
    }
}
