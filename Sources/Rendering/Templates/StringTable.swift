import Foundation
public import ReportModel

/// Labels and sentence patterns for one language, read from `templates/strings/<language>.json`.
///
/// Patterns carry named placeholders such as `{count}`; a key missing from the table is an error,
/// never an empty label.
public struct StringTable: Sendable, Equatable {
    /// The language code, e.g. `en`.
    public let language: String
    /// The table's path relative to `templates/`, e.g. `strings/en.json`.
    public let path: String
    /// Every entry, key to text.
    public let entries: [String: String]
    /// The entries as a phrasebook, wording messages in this language.
    public let phrasebook: Phrasebook

    /// Parses a flat JSON object of strings.
    /// - Parameters:
    ///   - json: the file's text.
    ///   - path: the path relative to `templates/`, used in errors.
    ///   - language: the code of the language the table words, e.g. `ja`.
    /// - Throws: `RenderError.invalidStringTable` when the text is not such an object.
    public init(json: String, path: String, language: String) throws(RenderError) {
        let decoded: [String: String]
        do {
            decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
        } catch {
            throw .invalidStringTable(table: path, message: "expected a JSON object of strings")
        }
        self.language = language
        self.path = path
        self.entries = decoded
        self.phrasebook = Phrasebook(entries: decoded)
    }

    /// The text for a key.
    /// - Parameters:
    ///   - key: the entry's key, e.g. `chartOpen`.
    ///   - usedIn: where the key is used, for the error (a template path or a view model name).
    /// - Returns: the text.
    /// - Throws: `RenderError.missingString` when the key is absent.
    public func text(_ key: String, usedIn: String = "view model") throws(RenderError) -> String {
        guard let value = entries[key] else {
            throw .missingString(key: key, table: path, template: usedIn, line: 0)
        }
        return value
    }

    /// A pattern with its `{name}` placeholders replaced.
    /// - Parameters:
    ///   - key: the pattern's key.
    ///   - values: placeholder name to already formatted (and escaped) value.
    /// - Returns: the filled-in text.
    /// - Throws: `RenderError.missingString` when the key is absent.
    public func format(_ key: String, _ values: [String: String] = [:]) throws(RenderError) -> String {
        var result = try text(key)
        for name in values.keys.sorted() {
            result = result.replacingOccurrences(of: "{\(name)}", with: values[name] ?? "")
        }
        return result
    }

    /// A counted pattern: `<key>_one` when `count` is 1, else `<key>_other`; `{count}` is filled in, and `values`
    /// fill further placeholders.
    /// - Returns: the filled-in text.
    /// - Throws: `RenderError.missingString` when the key is absent.
    public func plural(_ key: String, _ count: Int, _ values: [String: String] = [:]) throws(RenderError) -> String {
        var all = values
        all["count"] = String(count)
        return try format(count == 1 ? "\(key)_one" : "\(key)_other", all)
    }
}
