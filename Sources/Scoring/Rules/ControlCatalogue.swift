public import ReportModel

/// The Security Hub controls the project knows: title, severity and default layer, from `rules/controls.csv`.
public struct ControlCatalogue: Sendable, Equatable {
    /// One control.
    public struct Entry: Sendable, Equatable {
        /// The id, spelled as AWS spells it.
        public var id: String
        /// The short title.
        public var title: String
        /// The severity a failing finding carries.
        public var severity: Severity
        /// The default layer.
        public var layer: SecurityLayer
        /// Why the control belongs to that layer.
        public var why: String

        /// Creates an entry: one row of `rules/controls.csv`; `layer` is the control's default layer and `why` the
        /// reason for it.
        public init(id: String, title: String, severity: Severity, layer: SecurityLayer, why: String) {
            self.id = id
            self.title = title
            self.severity = severity
            self.layer = layer
            self.why = why
        }
    }

    private var entries = CaseInsensitiveTable<Entry>()

    /// Reads the table (`control_id,title,severity,layer,certain,why`).
    /// - Parameters:
    ///   - csv: the table's text.
    ///   - file: its path, for error messages.
    /// - Throws: `ScoringError.invalidTable` for a malformed table, an unknown layer or severity.
    public init(csv: String, file: String) throws(ScoringError) {
        let table = try CSVTable(csv, file: file, required: ["control_id", "title", "severity", "layer", "why"])
        var entries = CaseInsensitiveTable<Entry>()
        for row in table.rows {
            let id = row.fields["control_id"] ?? ""
            guard let layer = SecurityLayer(rawValue: row.fields["layer"] ?? "") else {
                throw .invalidTable(
                    file: file,
                    line: row.line,
                    reason: Message(.tableUnknownLayer, ["value": .text(row.fields["layer"] ?? "")])
                )
            }
            guard let severity = Severity(rawValue: row.fields["severity"] ?? "") else {
                throw .invalidTable(
                    file: file,
                    line: row.line,
                    reason: Message(.unknownSeverity, ["value": .text(row.fields["severity"] ?? "")])
                )
            }
            entries.set(
                Entry(
                    id: id,
                    title: row.fields["title"] ?? id,
                    severity: severity,
                    layer: layer,
                    why: row.fields["why"] ?? ""
                ),
                for: id
            )
        }
        self.entries = entries
    }

    /// Creates a catalogue from entries (tests, user extensions).
    public init(entries: [Entry]) {
        // The first entry of an id wins (the others equal to it ignoring case are dropped).
        for entry in entries.reversed() { self.entries.set(entry, for: entry.id) }
    }

    /// The entry for a control id, matched case-insensitively.
    /// - Returns: the entry, if known.
    public func entry(for id: String) -> Entry? { entries[id] }

    /// All entries, sorted by id.
    public var all: [Entry] { entries.values.sorted { $0.id < $1.id } }
}
