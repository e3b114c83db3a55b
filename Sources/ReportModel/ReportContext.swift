/// What the report is about and for, besides the data: given by the command line.
public struct ReportContext: Sendable, Equatable {
    /// The edition: who the report is for (docs/editions.md lists what each shows and masks).
    public enum Edition: String, Sendable, Codable, Hashable, CaseIterable {
        /// Full detail, for the team and its auditors.
        case `internal`
        /// The full report with every identifier (also inside free text) replaced by a pseudonym.
        case redacted
        /// Scores, layers, environments, trend, accepted risks and framework evidence: counts only,
        /// no finding, resource, CVE, rule or request; masked like `redacted`.
        case summary

        /// Whether identifiers are masked (`redacted` and `summary`).
        public var isMasked: Bool { self != .internal }
    }

    /// The organisation named in the header.
    public var organization: String
    /// The tool version named in the header and provenance.
    public var toolVersion: String
    /// The edition.
    public var edition: Edition
    /// The label language, `en` or `ja`.
    public var language: String
    /// The secret that keys the pseudonyms of the masked editions (`--redaction-key`), so the same
    /// original gets the same pseudonym every month; `nil` derives a key from the report's own
    /// identifiers (pseudonyms then hold within one run only).
    public var redactionKey: [UInt8]?

    /// Creates a context.
    /// - Parameters:
    ///   - organization: the organisation name.
    ///   - toolVersion: the tool version.
    ///   - edition: the edition.
    ///   - language: the language.
    ///   - redactionKey: the pseudonym key of the masked editions.
    public init(
        organization: String,
        toolVersion: String,
        edition: Edition = .internal,
        language: String = "en",
        redactionKey: [UInt8]? = nil
    ) {
        self.organization = organization
        self.toolVersion = toolVersion
        self.edition = edition
        self.language = language
        self.redactionKey = redactionKey
    }
}

/// One output file, as rendering returns it; only the command line writes it to disk.
public struct RenderedFile: Sendable, Equatable {
    /// The path relative to the output folder, e.g. `report.html`, `charts/score.svg`.
    public var path: String
    /// The file's text, UTF-8, LF line endings, ending in a newline.
    public var contents: String

    /// Creates a rendered file.
    /// - Parameters:
    ///   - path: the relative path.
    ///   - contents: the text.
    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
