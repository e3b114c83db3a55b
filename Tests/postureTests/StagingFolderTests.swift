import Foundation
import ReportModel
import Testing

@testable import posture

/// A large produced file is written whole, handed to the disk in parts as it is written (`StagingFolder`
/// `handOverEvery`), and its digest is the SHA-256 of what is on disk.
struct StagingFolderTests {
    @Test func aLargeFileIsWrittenWholeWithItsDigest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 2.5 hand-overs' worth in pieces of 64 KiB plus one byte (never aligned with a hand-over), each different.
        let pieceSize = 64 * 1024 + 1
        let pieces = StagingFolder.handOverEvery * 5 / 2 / pieceSize + 1
        let file = RenderedFile(path: "big/report.json") { emit in
            for number in 0..<pieces {
                let mark = String(number % 10)
                emit(String(repeating: mark, count: pieceSize - 1) + "\n")
            }
        }
        let staging = try StagingFolder(path: folder.path)
        defer { staging.close() }
        let digest = try staging.write("big/report.json", file: file)
        let written = try Data(contentsOf: folder.appendingPathComponent("big/report.json"))
        #expect(written.count == pieces * pieceSize)
        #expect(written == Data(file.contents.utf8))
        let check = Process()
        let output = Pipe()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["sha256sum", folder.appendingPathComponent("big/report.json").path]
        check.standardOutput = output
        try check.run()
        check.waitUntilExit()
        let sum = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
        #expect(digest.map { String(format: "%02x", $0) }.joined() == sum)
    }
}
