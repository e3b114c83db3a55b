import Foundation
import History
import Importers
import Rendering
import ReportModel
import ReportPipeline
import Scoring
import TestSupport
import Testing

/// Runs the real pipeline on a fixture folder with the real rules and templates.
enum PipelineHarness {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Renders one ASFF export of `records` (as `findings.json`) with the fixtures' configuration, as of 2026-11-30,
    /// without history.
    /// - Parameters:
    ///   - records: the export's findings.
    ///   - edition: the edition rendered.
    ///   - language: the report's language.
    /// - Returns: the document and the rendered files by path.
    /// - Throws: what the configuration, the templates or the run throw.
    static func render(
        findings records: [[String: Any]],
        edition: ReportContext.Edition = .internal,
        language: String = "en"
    ) throws -> (ReportDocument, [String: String]) {
        let data = try JSONSerialization.data(withJSONObject: ["Findings": records], options: [.sortedKeys])
        let pipeline = ReportPipeline(
            importer: FindingImporter(),
            scorer: Scorer(configuration: try configuration(for: fixtures))
        )
        var files: [String: String] = [:]
        let document = try pipeline.run(
            [InputSource(path: "findings.json", content: .bytes([UInt8](data)))],
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            context: ReportContext(
                organization: "Example Shop",
                toolVersion: "test",
                edition: edition,
                language: language,
                redactionKey: nil
            ),
            formats: [.html, .md, .json],
            history: nil,
            renderer: ReportRenderer(templates: try templates()),
            strict: false
        ) { rendered in
            for file in rendered { files[file.path] = file.contents }
        }
        return (document, files)
    }

    static func configuration(for folder: URL) throws -> ScoringConfiguration {
        func optional(_ name: String) throws -> (String, String)? {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return (try String(contentsOf: url, encoding: .utf8), name)
        }
        let catalogue = try ControlCatalogue(
            csv: try RepositoryPaths.text("rules/controls.csv"),
            file: "rules/controls.csv"
        )
        let userRules = try optional("layers.yml").map { try LayerFile.parse($0.0, file: $0.1) } ?? []
        let rules = try LayerRuleSet(
            userRules: userRules,
            catalogue: catalogue,
            resourceTypes: (try RepositoryPaths.text("rules/resource-types.csv"), "rules/resource-types.csv"),
            products: (try RepositoryPaths.text("rules/products.csv"), "rules/products.csv")
        )
        var configuration = ScoringConfiguration(
            rules: rules,
            catalogue: catalogue,
            standardControls: try StandardControlTable(
                csv: try RepositoryPaths.text("rules/standard-control-ids.csv"),
                file: "rules/standard-control-ids.csv"
            ),
            acceptances: try optional("risk-acceptances.yml").map { try AcceptanceFile.parse($0.0, file: $0.1) } ?? [],
            environments: try optional("environments.yml").map { try EnvironmentFile.parse($0.0, file: $0.1) } ?? []
        )
        configuration.questions = QuestionnaireQuestion.merged(
            try QuestionnaireQuestion.table(
                csv: try RepositoryPaths.text("rules/questions.csv"),
                file: "rules/questions.csv"
            ),
            user: try optional("questions.yml").map { try QuestionFile.parse($0.0, file: $0.1) } ?? []
        )
        return configuration
    }

    static func templates() throws -> TemplateSet {
        try TemplateSet(files: templateFiles())
    }

    /// The repository's template files by relative path (`html/report.mustache`, …).
    static func templateFiles() throws -> [String: String] {
        let root = RepositoryPaths.file("templates")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !url.lastPathComponent.hasPrefix(".")
            else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    /// Input files of a fixture (everything but the YAML configuration), with paths relative to the fixture.
    static func sources(for folder: URL) throws -> [InputSource] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { !$0.hasSuffix(".yml") && !$0.hasPrefix(".") }.sorted()
        return names.map { InputSource(path: $0, content: .file(folder.appendingPathComponent($0).path)) }
    }

    struct Output {
        var document: ReportDocument
        var files: [String: String]
    }

    /// Renders a fixture; `history` adds a store so trends appear.
    static func render(
        _ name: String,
        asOf: ReportDate = ReportDate(year: 2026, month: 11, day: 30),
        history: HistoryStore? = nil,
        edition: ReportContext.Edition = .internal,
        language: String = "en"
    ) throws -> Output {
        let folder = fixtures.appendingPathComponent(name)
        let pipeline = ReportPipeline(
            importer: FindingImporter(),
            scorer: Scorer(configuration: try configuration(for: folder))
        )
        var files: [String: String] = [:]
        let document = try pipeline.run(
            try sources(for: folder),
            asOf: asOf,
            context: ReportContext(
                organization: "Example Shop",
                toolVersion: "test",
                edition: edition,
                language: language,
                redactionKey: edition.isMasked ? Array("the golden files' redaction key".utf8) : nil
            ),
            formats: Set(OutputFormat.allCases),
            history: history.map { store in { store } },
            renderer: ReportRenderer(templates: try templates()),
            strict: false
        ) { rendered in
            for file in rendered { files[file.path] = file.contents }
        }
        return Output(document: document, files: files)
    }
}
