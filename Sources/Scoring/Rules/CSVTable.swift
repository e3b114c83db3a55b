import ReportModel

/// A small RFC 4180 reader for the rule tables in `rules/` (quoted fields, doubled quotes, commas in quotes).
struct CSVTable {
    let header: [String]
    /// Rows with their 1-based line numbers.
    let rows: [(line: Int, fields: [String: String])]

    init(_ text: String, file: String, required: [String]) throws(ScoringError) {
        var records: [(line: Int, fields: [String])] = []
        var field = ""
        var fields: [String] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var characters = Array(text).makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            field = ""
            fields = []
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case ",": fields.append(field); field = ""
            case "\n", "\r\n":
                endRecord()
                line += 1
                recordLine = line
            case "\r": break
            default: field.append(character)
            }
        }
        if inQuotes { throw .invalidTable(file: file, line: recordLine, reason: Message(.csvUnterminatedQuote)) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = records.first else {
            throw .invalidTable(file: file, line: 1, reason: Message(.csvEmptyTable))
        }
        header = first.fields
        for column in required where !header.contains(column) {
            throw .invalidTable(file: file, line: 1, reason: Message(.csvMissingColumn, ["column": .text(column)]))
        }
        var rows: [(line: Int, fields: [String: String])] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw .invalidTable(
                    file: file,
                    line: record.line,
                    reason: Message(
                        .csvFieldCount,
                        ["expected": .number(header.count), "found": .number(record.fields.count)]
                    )
                )
            }
            rows.append((record.line, Dictionary(uniqueKeysWithValues: zip(header, record.fields))))
        }
        self.rows = rows
    }
}
