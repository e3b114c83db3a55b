import ReportModel

/// A small RFC 4180 reader for the rule tables in `rules/` (quoted fields, doubled quotes, commas in quotes).
struct CSVTable {
    let header: [String]
    /// Rows with their 1-based line numbers.
    let rows: [(line: Int, fields: [String: String])]

    init(_ text: String, file: String, required: [String]) throws(ScoringError) {
        // Text all ASCII (the shipped tables) is read byte by byte; otherwise character by character, where a
        // quote or comma that a following mark joins into one character is text, not syntax.
        let read = text.utf8.allSatisfy { $0 < 0x80 } ? Self.asciiRecords(text) : Self.characterRecords(text)
        if let line = read.unterminatedQuote {
            throw .invalidTable(file: file, line: line, reason: Message(.csvUnterminatedQuote))
        }
        let records = read.records
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

    /// Records with the line each begins on, and the line of a quote left open at the end (if any).
    typealias Records = (records: [(line: Int, fields: [String])], unterminatedQuote: Int?)

    /// The records of a text read as characters: fields split at commas, quotes around text that holds commas or
    /// line breaks (a doubled quote inside is one quote), records ended by LF or CR LF, a lone CR dropped.
    static func characterRecords(_ text: String) -> Records {
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
        if inQuotes { return (records, recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return (records, nil)
    }

    /// `characterRecords` for text that is all ASCII, read byte by byte: each byte is one character there, but
    /// CR LF, which is one (so a CR LF inside quotes, as one character, is not counted as a line there either).
    static func asciiRecords(_ text: String) -> Records {
        text.withStoredUTF8 { bytes in
            var records: [(line: Int, fields: [String])] = []
            var field: [UInt8] = []
            var fields: [String] = []
            var inQuotes = false
            var line = 1
            var recordLine = 1
            func endRecord() {
                fields.append(String(decoding: field, as: UTF8.self))
                if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
                field.removeAll(keepingCapacity: true)
                fields = []
            }
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let crlf = byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf
                let width = crlf ? 2 : 1
                if inQuotes {
                    if byte == quote {
                        // The character after the quote: a second quote is a quote in the text; anything else ends
                        // the quoted text and is read again outside it.
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                        } else {
                            inQuotes = false
                            index += 1
                        }
                    } else {
                        if byte == lf { line += 1 }
                        field.append(contentsOf: bytes[index..<index + width])
                        index += width
                    }
                    continue
                }
                switch byte {
                case quote: inQuotes = true
                case comma:
                    fields.append(String(decoding: field, as: UTF8.self))
                    field.removeAll(keepingCapacity: true)
                case lf:
                    endRecord()
                    line += 1
                    recordLine = line
                case cr:
                    if crlf {
                        endRecord()
                        line += 1
                        recordLine = line
                    }
                default: field.append(byte)
                }
                index += width
            }
            if inQuotes { return (records, recordLine) }
            if !field.isEmpty || !fields.isEmpty { endRecord() }
            return (records, nil)
        }
    }
}
