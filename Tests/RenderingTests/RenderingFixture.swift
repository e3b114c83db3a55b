import Foundation
import Rendering
import ReportModel
import TestSupport

/// Reads the real `templates/` folder and renders sample documents.
enum RenderingFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Golden"
    )

    /// Every file under templates/, keyed by path relative to it.
    static func templateFiles() throws -> [String: String] {
        let root = packageRoot.appendingPathComponent("templates")
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard !url.hasDirectoryPath else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            files[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return files
    }

    static func renderer() throws -> ReportRenderer {
        ReportRenderer(templates: try TemplateSet(files: templateFiles()))
    }

    static func render(_ document: ReportDocument, _ formats: Set<OutputFormat> = Set(OutputFormat.allCases)) throws
        -> [String: String]
    {
        let files = try renderer().render(document, formats: formats)
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }
}
