/// What the report is about and for, besides the data: given by the command line.
public struct ReportContext: Sendable, Equatable {
    /// The edition: full detail, or masked for sharing outside.
    public enum Edition: String, Sendable, Codable, Hashable {
        /// Full detail, for the team and its auditors.
        case `internal`
        /// Account ids, ARNs, IPs and resource names masked, for questionnaires.
        case external
    }

    /// The organisation named in the header.
    public var organization: String
    /// The tool version named in the header and provenance.
    public var toolVersion: String
    /// The edition.
    public var edition: Edition
    /// The label language, `en` or `ja`.
    public var language: String

    /// Creates a context.
    /// - Parameters:
    ///   - organization: the organisation name.
    ///   - toolVersion: the tool version.
    ///   - edition: the edition.
    ///   - language: the language.
    public init(organization: String, toolVersion: String, edition: Edition = .internal, language: String = "en") {
        self.organization = organization
        self.toolVersion = toolVersion
        self.edition = edition
        self.language = language
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
