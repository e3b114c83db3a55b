import Foundation
import ReportModel

/// Writes evidence.csv: one row per framework requirement and one per questionnaire question,
/// with the controls behind each by state and the as-of date, for a questionnaire spreadsheet.
///
/// RFC 4180 quoting; a cell that a spreadsheet would run as a formula (starting with `=`, `+`,
/// `-`, `@`, tab or carriage return) is prefixed with `'`.
struct EvidenceCSVWriter {
    /// The columns, in order.
    static let columns = [
        "kind", "framework", "requirement", "question", "status", "passed", "failed", "accepted", "unknown",
        "no_data", "passed_controls", "failed_controls", "accepted_controls", "unknown_controls", "reason", "as_of",
    ]

    /// Renders the file.
    /// - Parameter report: the scored (and, for masked editions, masked) period.
    /// - Returns: `evidence.csv`.
    func render(_ report: ScoredReport) -> RenderedFile {
        let asOf = report.asOf.description
        var lines = [Self.columns.joined(separator: ",")]
        for requirement in report.frameworks.requirements {
            lines.append(
                Self.row(
                    ["requirement", requirement.framework, requirement.requirement, ""],
                    state: requirement.state,
                    controls: requirement.controls,
                    reason: "",
                    asOf: asOf
                )
            )
        }
        for question in report.frameworks.questions {
            lines.append(
                Self.row(
                    ["question", "", "", question.text],
                    state: question.state,
                    controls: question.controls,
                    reason: question.reason,
                    asOf: asOf
                )
            )
        }
        return RenderedFile(path: "evidence.csv", contents: lines.joined(separator: "\n") + "\n")
    }

    private static func row(
        _ leading: [String],
        state: ControlState,
        controls: [ControlEvidence],
        reason: String,
        asOf: String
    ) -> String {
        let counts = ControlCounts(states: controls.map(\.state))
        func ids(_ states: [ControlState]) -> String {
            controls.filter { states.contains($0.state) }.map(\.controlId).joined(separator: " ")
        }
        let cells =
            leading + [
                state.rawValue, String(counts.passed), String(counts.failed), String(counts.accepted),
                String(counts.unknown), String(counts.noData), ids([.passed]), ids([.failed]), ids([.accepted]),
                ids([.unknown, .noData]), reason, asOf,
            ]
        return cells.map(cell).joined(separator: ",")
    }

    /// One cell as RFC 4180 has it, read by its bytes as a spreadsheet reads the file: quoted when a comma, a quote
    /// or a line break is anywhere in it, each quote doubled (compared as `Character`s, a CR LF pair or a quote or
    /// comma followed by a combining mark was none of them, and such a cell was left unquoted: its comma or line
    /// break began another cell or row).
    /// - Parameter text: the cell's value.
    /// - Returns: the cell as the file holds it.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
        }
        guard value.utf8.contains(where: special) else { return value }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
