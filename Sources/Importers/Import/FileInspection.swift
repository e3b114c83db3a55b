import Foundation
public import ReportModel

/// What `posture inspect` reports about one input file, read on its own.
public struct FileInspection: Sendable, Equatable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// SHA-256 of the stored bytes, lowercase hex (empty when the file was skipped).
    public var sha256: String
    /// Size of the stored bytes.
    public var bytes: Int
    /// Records per format found in the file.
    public var formats: [InputFormat: Int]
    /// Records read: findings, evidence and skipped.
    public var records: Int
    /// Unique findings within the file.
    public var unique: Int
    /// Finding records superseded by a later copy within the file.
    public var duplicates: Int
    /// Evidence records (ECR, WAF).
    public var evidence: Int
    /// Records that were not findings or evidence.
    public var skipped: Int
    /// The earliest `updatedAt` (or equivalent) of the unique findings, ISO 8601 UTC.
    public var earliest: String?
    /// The latest `updatedAt` (or equivalent) of the unique findings, ISO 8601 UTC.
    public var latest: String?
    /// Unique findings per product name.
    public var products: [String: Int]
    /// Whether the export says it is partial.
    public var partial: Bool
    /// Diagnostics for this file.
    public var diagnostics: [Diagnostic]
    /// Why the file could not be read at all, when it could not.
    public var failure: ImportError?

    /// Builds the inspection of a file that was read.
    init(_ result: FileResult) {
        path = result.input.path
        sha256 = result.input.sha256
        bytes = result.input.bytes
        formats = result.formatCounts
        records = result.input.records
        unique = result.findings.count
        duplicates = result.findings.duplicates + result.evidenceDuplicates
        evidence = result.input.evidenceRecords
        skipped = result.input.skipped
        let findings = result.findings.sorted
        let dates = findings.compactMap(\.updatedAt).sorted()
        earliest = dates.first.map(Self.iso8601)
        latest = dates.last.map(Self.iso8601)
        products = findings.reduce(into: [:]) { $0[$1.productName, default: 0] += 1 }
        partial = result.input.partial
        diagnostics = result.diagnostics
    }

    /// Builds the inspection of a file skipped under `skipInvalid`.
    init(skippedFile path: String, diagnostics: [Diagnostic]) {
        self.path = path
        sha256 = ""
        bytes = 0
        formats = [:]
        records = 0
        unique = 0
        duplicates = 0
        evidence = 0
        skipped = 0
        products = [:]
        partial = false
        self.diagnostics = diagnostics
    }

    /// The deterministic text `posture inspect` prints, with diagnostics shown as codes; see `text(in:)`.
    public var description: String { text(in: Phrasebook(entries: [:])) }

    /// The deterministic text `posture inspect` prints: one block per file, LF line endings.
    /// - Parameter phrasebook: the wording of the diagnostics (the terminal's is English).
    /// - Returns: the text.
    public func text(in phrasebook: Phrasebook) -> String {
        var lines = [path]
        if let failure {
            lines.append("  unreadable: \(failure.text(in: phrasebook))")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("  sha256: \(sha256.isEmpty ? "-" : sha256)")
        lines.append("  bytes: \(bytes)")
        let formatText = formats.keys.sorted().map { "\($0.rawValue) \(formats[$0] ?? 0)" }
        lines.append("  formats: \(formatText.isEmpty ? "-" : formatText.joined(separator: ", "))")
        lines.append(
            "  records: \(records) (unique findings \(unique), duplicates \(duplicates), evidence \(evidence), skipped \(skipped))"
        )
        lines.append("  updated: \(earliest ?? "-") .. \(latest ?? "-")")
        let productText = products.keys.sorted().map { "\($0) \(products[$0] ?? 0)" }
        lines.append("  products: \(productText.isEmpty ? "-" : productText.joined(separator: ", "))")
        lines.append("  partial: \(partial ? "yes" : "no")")
        if diagnostics.isEmpty {
            lines.append("  diagnostics: none")
        } else {
            lines.append("  diagnostics:")
            lines += diagnostics.map { "    \($0.level.rawValue): \($0.text(in: phrasebook))" }
        }
        // Values come from the input: shown with control, invisible and newline characters escaped.
        return lines.map { VisibleText.escaped($0, newlines: true) }.joined(separator: "\n") + "\n"
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` (fractions dropped), UTC.
    private static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
