public import Foundation

/// Paths tests use: the repository root (found from this file's location) and `../shared`.
public enum RepositoryPaths {
    /// The package root: the folder holding Package.swift.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/fixtures` beside the repository (real input samples).
    public static let sharedFixtures: URL = root.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    /// Whether `../shared/fixtures` can be used: it exists beside the repository (on the team's machines and in
    /// CI) and `POSTURE_TESTS_WITHOUT_SHARED` is not set (CI sets it for a second run that sees the repository as a
    /// fresh clone does). Tests that read it use `.enabled(if: RepositoryPaths.sharedAvailable, ...)`.
    public static let sharedAvailable: Bool = {
        let environment = ProcessInfo.processInfo.environment["POSTURE_TESTS_WITHOUT_SHARED"] ?? ""
        guard environment.isEmpty || environment == "0" else { return false }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: sharedFixtures.path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }()

    /// Why a test that reads `../shared` is skipped, for `.enabled(if:_:)`.
    public static let sharedAbsentReason: String =
        "../shared/fixtures is absent (it exists only beside the team's clones) or POSTURE_TESTS_WITHOUT_SHARED is set"

    /// The filesystem path of a shared fixture.
    /// - Parameter relative: the path below `../shared/fixtures`, e.g. `asff/dd_guardduty.json`.
    /// - Returns: the absolute path.
    public static func fixture(_ relative: String) -> String {
        sharedFixtures.appendingPathComponent(relative).path
    }

    /// A folder or file under the repository root.
    /// - Parameter path: the relative path, e.g. `rules/controls.csv`.
    /// - Returns: its URL.
    public static func file(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// The text of a file under the repository root.
    /// - Returns: the text.
    /// - Throws: what reading throws.
    public static func text(_ path: String) throws -> String {
        try String(contentsOf: file(path), encoding: .utf8)
    }

    /// A fresh, empty temporary folder for one test.
    /// - Parameter name: a readable prefix.
    /// - Returns: the folder's URL.
    /// - Throws: what creating it throws.
    public static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("posture-tests-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
