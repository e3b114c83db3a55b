import Foundation
import ReportModel

/// A diagnostic about one member of a record, before the file and record path are known.
struct FieldDiagnostic: Sendable, Equatable {
    /// Note or warning.
    var level: Diagnostic.Level
    /// The member path inside the record, e.g. `Compliance.Status`; empty for the record itself.
    var path: String
    /// What happened.
    var message: Message
}

/// Collects field diagnostics while one record is mapped, and parses its timestamps.
struct FieldReport {
    /// The diagnostics so far.
    var diagnostics: [FieldDiagnostic] = []

    /// Adds a warning.
    mutating func warn(_ path: String, _ message: Message) {
        diagnostics.append(FieldDiagnostic(level: .warning, path: path, message: message))
    }

    /// Adds a note.
    mutating func note(_ path: String, _ message: Message) {
        diagnostics.append(FieldDiagnostic(level: .note, path: path, message: message))
    }

    /// The date of a timestamp member; warns when it does not parse.
    mutating func date(_ value: TimestampValue?, _ path: String) -> Date? {
        guard let value else { return nil }
        switch value.date {
        case .success(let date): return date
        case .failure(let problem):
            warn(path, problem.message)
            return nil
        }
    }
}
