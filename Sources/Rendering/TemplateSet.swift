import Foundation
public import Mustache

/// The parsed templates and string tables, as the command line read them from `templates/`.
///
/// Every template is parsed and every partial it includes is checked when the set is made, so a
/// broken template fails before any report is rendered.
public struct TemplateSet: Sendable {
    /// The HTML templates, named by path relative to `html/` without the extension.
    public let html: MustacheLibrary
    /// The Markdown templates, named by path relative to `markdown/` without the extension.
    public let markdown: MustacheLibrary
    /// String tables by language code.
    public let strings: [String: StringTable]
    /// Every `t.<key>` reference in the templates, with where it is.
    let stringReferences: [TemplateReference]
    /// The language whose strings are written into the templates' `{{t.key}}` tags (`StringSubstitution`), or nil
    /// when the tags are looked up as the templates render.
    public let localizedFor: String?
    /// The files the set was made from, for `libraries(for:)` in another language.
    private let files: [String: String]

    /// Parses every template and string table.
    /// - Parameters:
    ///   - files: file text keyed by path relative to `templates/`, e.g. `html/report.mustache`,
    ///     `html/partials/finding-row.mustache`, `markdown/report.mustache`, `strings/en.json`.
    ///   - language: the language the reports will be rendered in, when known: its strings are written into the
    ///     templates' `{{t.key}}` tags before they are parsed (the same output, rendered with fewer lookups). A set
    ///     made for one language renders any other too (`libraries(for:)`), parsing its templates again.
    /// - Throws: `RenderError.templateSyntax` naming the template and line, `RenderError.missingPartial`
    ///   for an include of a partial that is not in the set, `RenderError.invalidStringTable`.
    public init(files: [String: String], language: String? = nil) throws(RenderError) {
        var html: [String: MustacheTemplate] = [:]
        var markdown: [String: MustacheTemplate] = [:]
        var strings: [String: StringTable] = [:]
        var references: [TemplateReference] = []
        var partialUses: [(format: String, reference: TemplateReference)] = []
        let paths = files.keys.sorted()
        for path in paths {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "strings", parts[1].hasSuffix(".json") else { continue }
            let language = String(parts[1].dropLast(".json".count))
            strings[language] = try StringTable(json: files[path] ?? "", path: path, language: language)
        }
        let table = language.flatMap { strings[$0] }
        for path in paths {
            let text = files[path] ?? ""
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0] == "html" || parts[0] == "markdown", parts[1].hasSuffix(".mustache")
            else { continue }
            let name = String(parts[1].dropLast(".mustache".count))
            // An HTML template's `{{name}}` is escaped by `HTMLEscaping` (the library's escaping, quicker): its pragma
            // goes on a line of its own before the first (a standalone tag: the line writes nothing).
            let pragma = parts[0] == "html" ? HTMLEscaping.pragma : nil
            var localized: String?
            if let table {
                var escape: ((String) -> String)?
                if parts[0] == "html" { escape = { HTMLEscaping.escaped($0) } }
                localized = StringSubstitution.substituted(text, entries: table.entries, escape: escape)
            }
            let template = try Self.parse(text, localized: localized, path: path, pragma: pragma)
            if parts[0] == "html" { html[name] = template } else { markdown[name] = template }
            let scanned = TemplateScanner(text: text, path: path)
            references += scanned.stringReferences
            partialUses += scanned.partialReferences.map { (parts[0], $0) }
        }
        for use in partialUses {
            let known = use.format == "html" ? html : markdown
            guard known[use.reference.name] != nil else {
                throw .missingPartial(
                    template: use.reference.template,
                    line: use.reference.line,
                    partial: use.reference.name
                )
            }
        }
        self.html = MustacheLibrary(templates: html)
        self.markdown = MustacheLibrary(templates: markdown)
        self.strings = strings
        self.stringReferences = references
        self.localizedFor = table?.language
        self.files = files
    }

    /// The HTML and Markdown templates to render a report in `language`: this set's, unless its strings were written
    /// in for another language (then the templates are parsed again, for this one).
    /// - Parameter language: the report's language code.
    /// - Returns: the two libraries.
    /// - Throws: `RenderError` as `init(files:language:)` does.
    public func libraries(for language: String) throws(RenderError) -> (
        html: MustacheLibrary, markdown: MustacheLibrary
    ) {
        guard let localizedFor, localizedFor != language else { return (html, markdown) }
        let other = try TemplateSet(files: files, language: language)
        return (other.html, other.markdown)
    }

    /// The string table for a language, checked against every key the templates use.
    /// - Parameter language: the language code, e.g. `ja`.
    /// - Returns: the table.
    /// - Throws: `RenderError.missingStringTable`, or `RenderError.missingString` naming the first
    ///   template and line that uses a key the table lacks.
    public func table(for language: String) throws(RenderError) -> StringTable {
        guard let table = strings[language] else { throw .missingStringTable("strings/\(language).json") }
        for reference in stringReferences where table.entries[reference.name] == nil {
            throw .missingString(
                key: reference.name,
                table: table.path,
                template: reference.template,
                line: reference.line
            )
        }
        return table
    }

    /// Parses one template, with the strings of a language written in when given.
    /// - Parameters:
    ///   - text: the template's text.
    ///   - localized: the text with its `{{t.key}}` tags replaced (`StringSubstitution`), parsed instead of `text`
    ///     when it parses; a template that does not is parsed as written, for its error's line and column.
    ///   - path: its path relative to `templates/`, for errors.
    ///   - pragma: a tag parsed on a line of its own before the first (an error's line is the template's own).
    /// - Returns: the parsed template.
    /// - Throws: `RenderError.templateSyntax` naming the template, line and column.
    private static func parse(_ text: String, localized: String?, path: String, pragma: String?) throws(RenderError)
        -> MustacheTemplate
    {
        if let localized, localized != text, let template = try? parse(localized, path: path, pragma: pragma) {
            return template
        }
        return try parse(text, path: path, pragma: pragma)
    }

    /// Parses one template.
    /// - Parameters:
    ///   - text: the template's text.
    ///   - path: its path relative to `templates/`, for errors.
    ///   - pragma: a tag parsed on a line of its own before the first (an error's line is the template's own).
    /// - Returns: the parsed template.
    /// - Throws: `RenderError.templateSyntax` naming the template, line and column.
    private static func parse(_ text: String, path: String, pragma: String? = nil) throws(RenderError)
        -> MustacheTemplate
    {
        HTMLEscaping.registered
        do {
            return try MustacheTemplate(string: pragma.map { $0 + "\n" + text } ?? text)
        } catch let error as MustacheTemplate.ParserError {
            throw .templateSyntax(
                template: path,
                line: max(1, error.context.lineNumber - (pragma == nil ? 0 : 1)),
                column: error.context.columnNumber,
                message: Self.reason(error.error)
            )
        } catch {
            throw .templateSyntax(template: path, line: 0, column: 0, message: "the template parser failed")
        }
    }

    /// The Mustache parser's error in words (its enum case names are not for users).
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "the template parser failed" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed ({{/name}} missing)"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "a tag that is not allowed inside an inherited section"
        case .textInsideInheritSection: return "text inside an inherited section"
        case .invalidConfigVariableSyntax: return "a configuration tag ({{% ... }}) is malformed"
        case .unrecognisedConfigVariable: return "an unknown configuration tag ({{% ... }})"
        @unknown default: return "the template does not parse"
        }
    }
}
