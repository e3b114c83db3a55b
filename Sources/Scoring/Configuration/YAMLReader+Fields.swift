import Foundation
import ReportModel

/// Typed access to mapping fields, with errors that point at the offending line.
extension YAMLReader {
    /// A mapping being read: checks unknown keys and gives typed fields.
    struct Fields {
        let reader: YAMLReader
        let entries: [(key: String, keyPosition: Position, value: Value)]
        let position: Position

        init(_ value: Value, reader: YAMLReader, what: Message) throws(ScoringError) {
            guard case .mapping(let entries, let position) = value else {
                throw reader.error(at: value.position, Message(.yamlNotMapping, ["what": .message(what)]))
            }
            self.reader = reader
            self.entries = entries
            self.position = position
        }

        /// Fails on the first key not in `allowed`.
        func allowOnly(_ allowed: [String], in what: Message) throws(ScoringError) {
            for entry in entries where !allowed.contains(entry.key) {
                throw reader.error(
                    at: entry.keyPosition,
                    Message(
                        .yamlUnknownKey,
                        ["key": .text(entry.key), "what": .message(what), "allowed": .list(allowed)]
                    )
                )
            }
        }

        /// The key's value; nil when the key is absent or its value is YAML's null (`key: null`, `key: ~`, `key:`).
        func value(_ key: String) -> Value? {
            guard let value = entries.first(where: { $0.key == key })?.value else { return nil }
            if case .null = value { return nil }
            return value
        }

        func string(_ key: String) throws(ScoringError) -> String? {
            guard let value = value(key) else { return nil }
            guard case .scalar(let text, _) = value else {
                throw reader.error(at: value.position, Message(.yamlNotText, ["key": .text(key)]))
            }
            return text
        }

        func requiredString(_ key: String, in what: Message) throws(ScoringError) -> String {
            guard let text = try string(key), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw reader.error(
                    at: value(key)?.position ?? position,
                    Message(.yamlMissingField, ["what": .message(what), "key": .text(key)])
                )
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
                        throw reader.error(at: item.position, Message(.yamlNotTextList, ["key": .text(key)]))
                    }
                    result.append(text)
                }
                return result
            case .mapping(_, let position):
                throw reader.error(at: position, Message(.yamlNotList, ["key": .text(key)]))
            case .null:
                return []
            }
        }

        /// A mapping of tag key to value glob (`{copilot-application: "*"}`); values must be text.
        func tagConditions(_ key: String) throws(ScoringError) -> [TagCondition] {
            guard let value = value(key) else { return [] }
            guard case .mapping(let entries, _) = value else {
                throw reader.error(
                    at: value.position,
                    Message(.yamlNotTagMapping, ["key": .text(key)])
                )
            }
            var conditions: [TagCondition] = []
            for entry in entries {
                guard case .scalar(let text, _) = entry.value else {
                    throw reader.error(at: entry.value.position, Message(.yamlTagNotText, ["tag": .text(entry.key)]))
                }
                conditions.append(TagCondition(key: entry.key, value: text))
            }
            return conditions
        }

        func date(_ key: String, in what: Message) throws(ScoringError) -> ReportDate {
            let text = try requiredString(key, in: what)
            guard let date = ReportDate(text) else {
                throw reader.error(
                    at: value(key)?.position ?? position,
                    Message(.yamlBadDate, ["key": .text(key), "value": .text(text)])
                )
            }
            return date
        }
    }

    func error(at position: Position, _ reason: Message) -> ScoringError {
        .invalidEntry(file: file, line: position.line, column: position.column, reason: reason)
    }

    /// The top-level list under `key` (`acceptances:`, `environments:`, `rules:`).
    func topLevelList(_ root: Value, key: String) throws(ScoringError) -> [Value] {
        let fields = try Fields(root, reader: self, what: Message(.subjectFile))
        try fields.allowOnly([key], in: Message(.subjectFile))
        guard let list = fields.value(key) else { return [] }
        guard case .sequence(let items, _) = list else {
            throw error(at: list.position, Message(.yamlNotList, ["key": .text(key)]))
        }
        return items
    }
}
