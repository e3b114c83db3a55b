/// Why the history store could not do what it was asked; every case names the database file.
public enum HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder that should hold the database file does not exist.
    case missingFolder(path: String, folder: String)
    /// The file exists but is not an SQLite database.
    case notADatabase(path: String)
    /// The database was written by a newer posture: it has migrations this version does not know.
    case newerSchema(path: String, unknownMigrations: [String])
    /// A period is not `YYYY-MM`.
    case invalidPeriod(path: String, period: String)
    /// A stored row holds a value this version cannot read (a table, its column and the value).
    case unreadableRow(path: String, period: String, table: String, column: String, value: String)
    /// SQLite reported an error; `period` is empty when the operation is not about one period.
    case database(path: String, period: String, message: String)

    /// The database file's path.
    public var path: String {
        switch self {
        case .missingFolder(let path, _), .notADatabase(let path), .newerSchema(let path, _),
            .invalidPeriod(let path, _), .unreadableRow(let path, _, _, _, _), .database(let path, _, _):
            path
        }
    }

    /// The period the error is about, or `nil`.
    public var period: String? {
        switch self {
        case .invalidPeriod(_, let period), .unreadableRow(_, let period, _, _, _), .database(_, let period, _):
            period.isEmpty ? nil : period
        case .missingFolder, .notADatabase, .newerSchema:
            nil
        }
    }

    /// `path: period: message`, lowercase, without a trailing period.
    public var description: String {
        let prefix = [path, period].compactMap { $0 }.joined(separator: ": ")
        switch self {
        case .missingFolder(_, let folder):
            return "\(prefix): folder \"\(folder)\" does not exist"
        case .notADatabase:
            return "\(prefix): not an SQLite database"
        case .newerSchema(_, let unknown):
            return "\(prefix): written by a newer posture (unknown migrations: \(unknown.joined(separator: ", ")))"
        case .invalidPeriod(_, let period):
            return "\(path): not a period (YYYY-MM): \"\(period)\""
        case .unreadableRow(_, _, let table, let column, let value):
            return "\(prefix): \(table).\(column): unreadable value \"\(value)\""
        case .database(_, _, let message):
            return "\(prefix): \(message)"
        }
    }
}
