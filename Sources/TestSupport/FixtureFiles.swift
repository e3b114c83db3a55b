public import Foundation

/// Locates the shared fixtures (`../shared/fixtures` beside the package root) for tests.
public enum FixtureFiles {
    /// The package root, found from this file's path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The shared fixtures folder.
    public static let folder: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared")
        .appendingPathComponent("fixtures")

    /// The filesystem path of a fixture.
    /// - Parameter relative: the path below the fixtures folder, e.g. `asff/dd_guardduty.json`.
    /// - Returns: the absolute path.
    public static func path(_ relative: String) -> String {
        folder.appendingPathComponent(relative).path
    }

    /// A fresh folder under the temporary directory for one test.
    /// - Parameter name: a readable prefix.
    /// - Returns: the folder's URL; the caller removes it.
    /// - Throws: when the folder cannot be created.
    public static func temporaryFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("posture-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
