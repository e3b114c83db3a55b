import TestSupport
import Testing

@testable import Scoring

/// The rule tables are read byte by byte when they are all ASCII, and character by character otherwise: the two
/// readers agree on every ASCII text (records, their fields and lines, and where a quote is left open), held
/// here on texts made of what a CSV reader treats specially (commas, quotes, doubled quotes, LF, CR LF, a lone
/// CR) and plain text, at every length up to ten.
@Suite struct CSVTableReaderTests {
    static let pieces = ["a", "bc", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", "x,y", "\"q\""]

    /// What a read gave, in a form `#expect` compares.
    static func shape(_ read: CSVTable.Records) -> [String] {
        read.records.map { "\($0.line):" + $0.fields.joined(separator: "|") } + ["open:\(read.unterminatedQuote ?? 0)"]
    }

    @Test func byteReaderAgreesWithCharacterReader() {
        var random = SeededGenerator(seed: 0x2545_F491_4F6C_DD1D)
        let texts = random.texts(of: Self.pieces, longest: 10, each: 1_500)
        #expect(texts.count == 16_500)
        for text in texts {
            #expect(
                Self.shape(CSVTable.asciiRecords(text)) == Self.shape(CSVTable.characterRecords(text)),
                "\(text.debugDescription)"
            )
        }
    }

    /// A quote that a following mark joins into one character is text where the table is not all ASCII.
    @Test func aQuoteJoinedByAMarkIsText() throws {
        let table = try CSVTable("id,name\n1,\"\u{301}x\n", file: "t.csv", required: ["id"])
        #expect(table.rows.count == 1)
        let scalars: [Unicode.Scalar] = ["\"", "\u{301}", "x"]
        let joined = String(String.UnicodeScalarView(scalars))
        #expect(table.rows[0].fields["name"] == joined)
    }

    /// The line of a quote left open is the line its record began on, in both readers.
    @Test func anOpenQuoteNamesItsRecordsLine() {
        let text = "id,name\n1,a\n2,\"open\nmore"
        #expect(CSVTable.asciiRecords(text).unterminatedQuote == 3)
        #expect(CSVTable.characterRecords(text).unterminatedQuote == 3)
    }
}
