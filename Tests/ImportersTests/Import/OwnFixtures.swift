import Foundation
import Importers
import ReportModel
import TestSupport

/// The project's own importer inputs in `Tests/ImportersTests/Fixtures`, written by
/// `scripts/make-fixtures.py`. Unlike `../shared/fixtures` they are in every clone.
enum OwnFixtures {
    /// The input families, one folder each.
    static let families = ["asff", "ocsf", "inspector2", "ecr", "waf"]

    /// The fixtures folder.
    static let folder: URL = RepositoryPaths.file("Tests/ImportersTests/Fixtures")

    /// A fixture file.
    /// - Parameter relative: the path below the fixtures folder, e.g. `asff/guardduty-findings.json`.
    /// - Returns: its URL.
    static func url(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

    /// Imports one fixture on its own, named by its relative path.
    /// - Parameter relative: the path below the fixtures folder.
    /// - Returns: what the importer read.
    /// - Throws: what importing throws.
    static func load(_ relative: String) throws -> ImportedData {
        try FindingImporter().importFindings(from: [
            InputSource(path: relative, content: .file(url(relative).path))
        ])
    }

    /// Every fixture file, as `family/name`, sorted.
    /// - Returns: the relative paths.
    /// - Throws: what listing a folder throws.
    static func all() throws -> [String] {
        try families.flatMap { family in
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(family).path)
                .map { "\(family)/\($0)" }
        }.sorted()
    }

    /// Whether a date is the expected instant, to the microsecond (fractions with 4 to 6 digits
    /// need not round-trip exactly through `Double`).
    /// - Parameters:
    ///   - date: the date read.
    ///   - seconds: the expected seconds since 1970.
    /// - Returns: whether they are within a microsecond.
    static func close(_ date: Date?, _ seconds: Double) -> Bool {
        guard let date else { return false }
        return abs(date.timeIntervalSince1970 - seconds) < 0.000_001
    }
}
