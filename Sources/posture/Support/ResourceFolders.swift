import Foundation
import Rendering
import ReportModel
import Scoring

/// Finds and reads the data folders the tool ships with: `templates/` and `rules/`.
///
/// Looked up in this order: the option, the current folder, then the folders above the `posture`
/// binary (`.build/<triple>/<config>/posture` → the package root), where the folder carries a
/// `.posture-data` marker file.
enum ResourceFolders {
    static func locate(_ name: String, option: String?) throws -> URL {
        if let option { return URL(fileURLWithPath: option, isDirectory: true) }
        let manager = FileManager.default
        let current = URL(fileURLWithPath: manager.currentDirectoryPath).appendingPathComponent(name)
        if manager.fileExists(atPath: current.path) { return current }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent(name)
            if manager.fileExists(atPath: candidate.appendingPathComponent(".posture-data").path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw CLIError.failed("cannot find the \(name)/ folder: run from the posture checkout or pass --\(name) DIR")
    }

    /// Every file under `templates/`, keyed by its path relative to that folder.
    static func templates(option: String?) throws -> TemplateSet {
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
            return try TemplateSet(files: files)
        } catch {
            throw CLIError.failed("templates: \(error)")
        }
    }

    /// The default layer rules and control catalogue, plus the user's layer rules.
    static func rules(option: String?, userRules: [LayerRule]) throws -> (LayerRuleSet, ControlCatalogue) {
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
            return (rules, catalogue)
        } catch let error as ScoringError {
            throw CLIError.failed("rules: \(error)")
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
            throw CLIError.failed("rules: \(error)")
        }
    }
}
