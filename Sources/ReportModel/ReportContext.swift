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
    ///   - organization: the name on the cover (`--organization`).
    ///   - toolVersion: the version printed in the header and footer, so a reader can tell which rules made it.
    ///   - edition: internal, redacted or summary (`--edition`): what the files may show.
    ///   - language: the string table every sentence comes from (`--lang`).
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
    private var pieces: Pieces

    /// The text, as consecutive pieces held in memory, or as a function that hands them out one at a
    /// time (report.json for 100k findings: its text is never in memory whole).
    private enum Pieces: Sendable {
        case stored([String])
        case produced(@Sendable (_ emit: (String) -> Void) -> Void)
    }

    /// The file's text in consecutive pieces (produced now, when the file was made by `producing`).
    public var parts: [String] {
        get {
            switch pieces {
            case .stored(let parts):
                return parts
            case .produced(let produce):
                var parts: [String] = []
                produce { parts.append($0) }
                return parts
            }
        }
        set { pieces = .stored(newValue) }
    }

    /// The file's text, UTF-8, LF line endings, ending in a newline (the pieces joined).
    public var contents: String {
        get {
            let parts = parts
            return parts.count == 1 ? parts[0] : parts.joined()
        }
        set { pieces = .stored([newValue]) }
    }

    /// Creates a rendered file.
    /// - Parameters:
    ///   - path: the relative path.
    ///   - contents: the text.
    public init(path: String, contents: String) {
        self.path = path
        self.pieces = .stored([contents])
    }

    /// Creates a rendered file from consecutive pieces of its text.
    /// - Parameters:
    ///   - path: the relative path.
    ///   - parts: the pieces, in order.
    public init(path: String, parts: [String]) {
        self.path = path
        self.pieces = .stored(parts)
    }

    /// Creates a rendered file whose text is produced piece by piece each time it is read or written;
    /// `produce` must hand out the same pieces every time.
    /// - Parameters:
    ///   - path: the relative path.
    ///   - produce: calls `emit` with each piece, in order.
    public init(path: String, producing produce: @escaping @Sendable (_ emit: (String) -> Void) -> Void) {
        self.path = path
        self.pieces = .produced(produce)
    }

    /// Hands the pieces to `body` in order, one at a time; produced pieces are not kept.
    /// - Parameter body: receives each piece; once it throws, no further piece is produced for it.
    /// - Throws: the first error `body` threw.
    public func forEachPart(_ body: (String) throws -> Void) throws {
        switch pieces {
        case .stored(let parts):
            for part in parts { try body(part) }
        case .produced(let produce):
            var failure: (any Error)?
            produce { part in
                guard failure == nil else { return }
                do { try body(part) } catch { failure = error }
            }
            if let failure { throw failure }
        }
    }

    /// Whether two files have the same path and text, however the text is split into pieces.
    /// - Returns: whether they are equal.
    public static func == (lhs: RenderedFile, rhs: RenderedFile) -> Bool {
        lhs.path == rhs.path && lhs.contents == rhs.contents
    }
}
