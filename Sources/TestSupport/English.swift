public import Foundation
public import ReportModel

/// The repository's English string table, for tests that compare worded messages with expected text.
public enum English {
    /// `templates/strings/en.json` as a phrasebook (empty when the file cannot be read, so tests fail visibly).
    public static let phrasebook: Phrasebook = {
        let url = RepositoryPaths.file("templates/strings/en.json")
        guard let data = try? Data(contentsOf: url),
            let entries = try? JSONDecoder().decode([String: String].self, from: data)
        else { return Phrasebook(entries: [:]) }
        return Phrasebook(entries: entries)
    }()

    /// A message in English.
    /// - Returns: the text.
    public static func text(_ message: Message) -> String { phrasebook.text(message) }
}

extension Diagnostic {
    /// The message in English, as the terminal shows it.
    public var english: String { English.text(message) }
}

extension Message {
    /// The message in English.
    public var english: String { English.text(self) }

    /// A layer rule line as scoring writes it: `control IAM.* → account`.
    /// - Parameters:
    ///   - rule: the condition, e.g. `Message(.ruleControl, ["value": .text("IAM.*")])`.
    ///   - layer: the layer key the rule gives, e.g. `account`.
    /// - Returns: the message.
    public static func rule(_ rule: Message, _ layer: String) -> Message {
        Message(.ruleLayer, ["rule": .message(rule), "layer": .text(layer)])
    }

    /// `control <id>`.
    /// - Returns: the message.
    public static func control(_ id: String) -> Message { Message(.ruleControl, ["value": .text(id)]) }
}

/// A diagnostic with its message worded in English: what tests compare with expected lines.
public struct EnglishDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// Note or warning.
    public var level: Diagnostic.Level
    /// The file, if any.
    public var file: String?
    /// The location, if any.
    public var location: String?
    /// The English text.
    public var text: String

    /// Creates the expected form of a diagnostic.
    /// - Parameters:
    ///   - level: note or warning.
    ///   - file: the file it concerns; `nil` for none.
    ///   - location: where in the file, e.g. a member path; `nil` for none.
    ///   - text: the English text.
    public init(_ level: Diagnostic.Level, file: String? = nil, location: String? = nil, _ text: String) {
        self.level = level
        self.file = file
        self.location = location
        self.text = text
    }

    /// `level: file: location: text`.
    public var description: String {
        ([level.rawValue] + [file, location].compactMap { $0 } + [text]).joined(separator: ": ")
    }
}

extension Diagnostic {
    /// The diagnostic with its message in English.
    public var worded: EnglishDiagnostic {
        EnglishDiagnostic(level, file: file, location: location, english)
    }
}
