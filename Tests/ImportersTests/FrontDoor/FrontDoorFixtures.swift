import Foundation
import ReportModel
import Testing

/// Input files for the ECR and WAF tests: `../shared/fixtures` and the project samples, found
/// from this file's path (the package root is four levels up).
enum FrontDoorFixtures {
    /// The package root.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file under `../shared/fixtures`.
    static func shared(_ path: String) -> URL {
        root.deletingLastPathComponent().appendingPathComponent("shared/fixtures/\(path)")
    }

    /// A file under `samples/2026-11`.
    static func sample(_ path: String) -> URL {
        root.appendingPathComponent("samples/2026-11/\(path)")
    }

    /// The bytes of a file.
    static func data(_ url: URL) throws -> Data {
        try Data(contentsOf: url)
    }

    /// The non-empty lines of a gzip file, decompressed with `/usr/bin/gzip -dc` (the importer
    /// proper leaves unzipping to the sniffer).
    static func gzipLines(_ url: URL) throws -> [Data] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return output.split(separator: UInt8(ascii: "\n")).filter { !$0.isEmpty }.map { Data($0) }
    }

    /// A JSON object as bytes.
    static func json(_ text: String) -> Data { Data(text.utf8) }

    /// The instant of an ISO 8601 UTC text `YYYY-MM-DDTHH:MM:SSZ`.
    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// Counts from CRITICAL down to INFORMATIONAL.
    static func worstFirst(_ counts: SeverityCounts) -> [Int] {
        Severity.worstFirst.map { counts[$0] }
    }
}
