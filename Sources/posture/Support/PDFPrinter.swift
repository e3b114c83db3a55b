import Foundation
import ReportModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints report.html to an A4 PDF with headless Chromium found on PATH (`chromium`, then
/// `chromium-browser`). The page layout (running header, "n / N", breaks) is the report's own print
/// stylesheet; Chromium adds no header or footer of its own.
///
/// The PDF is tagged (Chromium's default) and carries a document outline built from the headings
/// (`--generate-pdf-document-outline`). Its creation and modification dates are set to the as-of date
/// (00:00:00 UTC), so reruns with the same Chromium are byte-identical; the `Creator` and `Producer`
/// entries name the Chromium version, so a different Chromium gives different bytes.
struct PDFPrinter {
    /// The Chromium executable.
    let chromium: URL
    /// How long one print may take before it is stopped.
    var timeout: TimeInterval = 120

    /// The executable names looked for on PATH, in order.
    static let names = ["chromium", "chromium-browser"]

    /// Finds Chromium on PATH.
    /// - Parameter environment: the environment whose `PATH` is searched.
    /// - Returns: the printer.
    /// - Throws: `CLIError.failed` naming the Debian package when no Chromium is found.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PDFPrinter {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where !folder.isEmpty {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return PDFPrinter(chromium: candidate)
                }
            }
        }
        throw CLIError.failed(
            "--format pdf: headless Chromium not found on PATH (looked for \(names.joined(separator: ", "))); "
                + "install the Debian package chromium (apt-get install chromium)"
        )
    }

    /// Prints the HTML.
    /// - Parameters:
    ///   - html: report.html's text.
    ///   - asOf: the report date, used for the PDF's dates.
    /// - Returns: the PDF's bytes.
    /// - Throws: `CLIError.failed` when Chromium fails, times out or writes no PDF.
    func print(html: String, asOf: ReportDate) throws -> Data {
        let manager = FileManager.default
        let work = manager.temporaryDirectory.appendingPathComponent(
            "posture-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)",
            isDirectory: true
        )
        try manager.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: work) }
        let page = work.appendingPathComponent("report.html")
        let output = work.appendingPathComponent("report.pdf")
        try Data(html.utf8).write(to: page)

        let process = Process()
        process.executableURL = chromium
        process.arguments = arguments(page: page, output: output, profile: work.appendingPathComponent("profile"))
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["HOME"] = work.path
        process.environment = environment
        let log = work.appendingPathComponent("chromium.log")
        _ = manager.createFile(atPath: log.path, contents: nil)
        let errors = try FileHandle(forWritingTo: log)
        defer { try? errors.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CLIError.failed("\(chromium.path): cannot start: \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw CLIError.failed("\(chromium.path): printing report.pdf took longer than \(Int(timeout)) s; stopped")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let pdf = try? Data(contentsOf: output),
            pdf.starts(with: Data("%PDF-".utf8))
        else {
            let lastLine = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").last
            throw CLIError.failed(
                "\(chromium.path): printing report.pdf failed (exit \(process.terminationStatus))"
                    + (lastLine.map { ": \($0)" } ?? "")
            )
        }
        return Self.fixingDates(pdf, to: asOf)
    }

    /// The command line: headless, no Chromium header or footer, tagged with an outline, a throwaway profile.
    private func arguments(page: URL, output: URL, profile: URL) -> [String] {
        var arguments = [
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-sync",
            "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--print-to-pdf=\(output.path)",
        ]
        // Chromium refuses to run as root with its sandbox on; the page is our own, with no script.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 1) }
        arguments.append(page.absoluteString)
        return arguments
    }

    /// Replaces the wall-clock `/CreationDate` and `/ModDate` with the as-of date, keeping every byte
    /// offset (the replacement has the same length), so the cross-reference table stays valid.
    /// - Parameters:
    ///   - pdf: the PDF as Chromium wrote it.
    ///   - asOf: the report date, written into both entries at midnight UTC.
    /// - Returns: the PDF with fixed dates; unchanged where a date has an unexpected shape.
    static func fixingDates(_ pdf: Data, to asOf: ReportDate) -> Data {
        var bytes = [UInt8](pdf)
        let fixed = Array(
            String(format: "D:%04d%02d%02d000000+00'00'", asOf.year, asOf.month, asOf.day).utf8
        )
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            var index = 0
            while let start = firstIndex(of: pattern, in: bytes, from: index) {
                let valueStart = start + pattern.count
                guard let end = bytes[valueStart...].firstIndex(of: UInt8(ascii: ")")) else { break }
                if end - valueStart == fixed.count, bytes[valueStart] == UInt8(ascii: "D") {
                    bytes.replaceSubrange(valueStart..<end, with: fixed)
                }
                index = end
            }
        }
        return Data(bytes)
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
