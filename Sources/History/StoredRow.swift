import GRDB
import ReportModel

/// One fetched row with the context to report an unreadable value: the file, the period and the table.
struct StoredRow {
    /// The row.
    let row: Row
    /// The database path, for errors.
    let path: String
    /// The period, for errors.
    let period: String
    /// The table, for errors.
    let table: String

    /// A column as a plain SQLite value.
    /// - Returns: the value.
    /// - Throws: `RowDecodingError` when the column does not hold that type.
    func value<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        try row.decode(forColumn: column)
    }

    /// The most a stored count may be: no period holds a billion controls, findings or inputs, and sums of a few
    /// counts (a score's denominator, a trend's totals) stay far from overflowing.
    static let largestCount = 1_000_000_000

    /// A count column: a whole number from 0 to `largestCount`.
    /// - Returns: the count.
    /// - Throws: `HistoryError.unreadableRow` for a count out of range, `RowDecodingError` for a non-integer.
    func count(_ column: String) throws -> Int {
        let count: Int64 = try value(column)
        guard count >= 0, count <= Int64(Self.largestCount) else {
            let value = "\(count)"
            throw HistoryError.unreadableRow(path: path, period: period, table: table, column: column, value: value)
        }
        return Int(count)
    }

    /// A text column parsed into a model value by `parse`, which returns `nil` for text this version does not know.
    /// - Returns: the value.
    /// - Throws: `HistoryError.unreadableRow` for unknown text.
    func parsed<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value {
        let text: String = try value(column)
        guard let parsed = parse(text) else {
            throw HistoryError.unreadableRow(path: path, period: period, table: table, column: column, value: text)
        }
        return parsed
    }

    /// A text column, read by position, parsed into a model value.
    /// - Parameters:
    ///   - column: the column's name, for errors.
    ///   - index: its position in the row.
    ///   - parse: the parser, `nil` for text this version does not know.
    /// - Returns: the value.
    /// - Throws: `HistoryError.unreadableRow` for unknown text.
    func parsed<Value>(_ column: String, at index: Int, _ parse: (String) -> Value?) throws -> Value {
        let text: String = try row.decode(atIndex: index)
        guard let parsed = parse(text) else {
            throw HistoryError.unreadableRow(path: path, period: period, table: table, column: column, value: text)
        }
        return parsed
    }

    /// A nullable text column, read by position, parsed into a model value.
    /// - Parameters:
    ///   - column: the column's name, for errors.
    ///   - index: its position in the row.
    ///   - parse: turns the stored text into the value; `nil` makes the row unreadable.
    /// - Returns: the value, or `nil` for NULL.
    /// - Throws: `HistoryError.unreadableRow` for unknown text.
    func parsedIfPresent<Value>(_ column: String, at index: Int, _ parse: (String) -> Value?) throws -> Value? {
        guard let text: String = try row.decode(atIndex: index) else { return nil }
        guard let parsed = parse(text) else {
            throw HistoryError.unreadableRow(path: path, period: period, table: table, column: column, value: text)
        }
        return parsed
    }

    /// A nullable text column parsed into a model value.
    /// - Returns: the value, or `nil` for NULL.
    /// - Throws: `HistoryError.unreadableRow` for unknown text.
    func parsedIfPresent<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value? {
        let text: String? = try value(column)
        return try text.map { _ in try parsed(column, parse) }
    }

    /// The control counts of a row with the shared count columns.
    /// - Returns: the counts.
    /// - Throws: `HistoryError.unreadableRow` for a count out of range, `RowDecodingError` for a non-integer.
    func controlCounts() throws -> ControlCounts {
        ControlCounts(
            passed: try count("passed"),
            failed: try count("failed"),
            unknown: try count("unknown"),
            noData: try count("no_data"),
            accepted: try count("accepted")
        )
    }

    /// The open findings by severity of a row with the shared count columns.
    /// - Returns: the counts.
    /// - Throws: `HistoryError.unreadableRow` for a count out of range, `RowDecodingError` for a non-integer.
    func openFindings() throws -> SeverityCounts {
        var counts = SeverityCounts()
        for severity in Severity.allCases {
            counts[severity] = try count("open_\(severity.rawValue.lowercased())")
        }
        return counts.normalized
    }

    /// Parses a layer name.
    /// - Parameter name: `account` … `datastore` or `unclassified`.
    /// - Returns: the key, or `nil`.
    static func layer(_ name: String) -> LayerKey? {
        name == "unclassified" ? .unclassified : SecurityLayer(rawValue: name).map(LayerKey.layer)
    }
}
