import Foundation
import ReportModel

/// Typed access to mapping fields, with errors that point at the offending line.
extension YAMLReader {
    /// A mapping being read: checks unknown keys and gives typed fields.
    struct Fields {
        let reader: YAMLReader
        let entries: [(key: String, keyPosition: Position, value: Value)]
        let position: Position

        init(_ value: Value, reader: YAMLReader, what: String) throws(ScoringError) {
            guard case .mapping(let entries, let position) = value else {
                throw reader.error(at: value.position, "\(what) must be a mapping")
            }
            self.reader = reader
            self.entries = entries
            self.position = position
        }

        /// Fails on the first key not in `allowed`.
        func allowOnly(_ allowed: [String], in what: String) throws(ScoringError) {
            for entry in entries where !allowed.contains(entry.key) {
                throw reader.error(
                    at: entry.keyPosition,
                    "unknown key \"\(entry.key)\" in \(what) (expected one of: \(allowed.joined(separator: ", ")))"
                )
            }
        }

        func value(_ key: String) -> Value? { entries.first { $0.key == key }?.value }

        func string(_ key: String) throws(ScoringError) -> String? {
            guard let value = value(key) else { return nil }
            guard case .scalar(let text, _) = value else {
                throw reader.error(at: value.position, "\"\(key)\" must be text")
            }
            return text
        }

        func requiredString(_ key: String, in what: String) throws(ScoringError) -> String {
            guard let text = try string(key), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw reader.error(at: value(key)?.position ?? position, "\(what) is missing required field \"\(key)\"")
            }
            return text
        }

        func strings(_ key: String) throws(ScoringError) -> [String] {
            guard let value = value(key) else { return [] }
            switch value {
            case .scalar(let text, _): return [text]
            case .sequence(let items, _):
                var result: [String] = []
                for item in items {
                    guard case .scalar(let text, _) = item else {
                        throw reader.error(at: item.position, "\"\(key)\" must be a list of text values")
                    }
                    result.append(text)
                }
                return result
            case .mapping(_, let position):
                throw reader.error(at: position, "\"\(key)\" must be a list")
            }
        }

        /// A mapping of tag key to value glob (`{copilot-application: "*"}`); values must be text.
        func tagConditions(_ key: String) throws(ScoringError) -> [TagCondition] {
            guard let value = value(key) else { return [] }
            guard case .mapping(let entries, _) = value else {
                throw reader.error(
                    at: value.position,
                    "\"\(key)\" must be a mapping of tag key to value pattern, e.g. {copilot-application: \"*\"}"
                )
            }
            var conditions: [TagCondition] = []
            for entry in entries {
                guard case .scalar(let text, _) = entry.value else {
                    throw reader.error(at: entry.value.position, "tag \"\(entry.key)\" must have a text value pattern")
                }
                conditions.append(TagCondition(key: entry.key, value: text))
            }
            return conditions
        }

        func date(_ key: String, in what: String) throws(ScoringError) -> ReportDate {
            let text = try requiredString(key, in: what)
            guard let date = ReportDate(text) else {
                throw reader.error(
                    at: value(key)?.position ?? position,
                    "\"\(key)\" is not a real date in YYYY-MM-DD form: \"\(text)\""
                )
            }
            return date
        }
    }

    func error(at position: Position, _ reason: String) -> ScoringError {
        .invalidEntry(file: file, line: position.line, column: position.column, reason: reason)
    }

    /// The top-level list under `key` (`acceptances:`, `environments:`, `rules:`).
    func topLevelList(_ root: Value, key: String) throws(ScoringError) -> [Value] {
        let fields = try Fields(root, reader: self, what: "the file")
        try fields.allowOnly([key], in: "the file")
        guard let list = fields.value(key) else { return [] }
        guard case .sequence(let items, _) = list else {
            throw error(at: list.position, "\"\(key)\" must be a list")
        }
        return items
    }
}
