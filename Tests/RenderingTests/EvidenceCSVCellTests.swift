import Testing

@testable import Rendering

/// evidence.csv's cells read back, byte by byte as RFC 4180 has them, as the values they were made from: a comma, a
/// quote or a line break anywhere in a value (a CR LF pair, one followed by a combining mark) is quoted, a formula is
/// defused with `'`, and a plain value is left as it is.
@Suite struct EvidenceCSVCellTests {
    /// Reads one row of RFC 4180 cells from its bytes (quoted cells may hold commas, doubled quotes and line breaks; a
    /// line break outside quotes shows as a cell `<end of row>`).
    static func cells(_ line: String) -> [String] {
        var cells: [[UInt8]] = [[]]
        var quoted = false
        var bytes = Array(line.utf8)[...]
        while let byte = bytes.popFirst() {
            if quoted {
                if byte == UInt8(ascii: "\""), bytes.first == UInt8(ascii: "\"") {
                    cells[cells.count - 1].append(byte)
                    bytes.removeFirst()
                } else if byte == UInt8(ascii: "\"") {
                    quoted = false
                } else {
                    cells[cells.count - 1].append(byte)
                }
            } else if byte == UInt8(ascii: "\"") {
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                cells.append([])
            } else if byte == 0x0A || byte == 0x0D {
                // A line break outside quotes ends the row: what follows would be another row.
                cells.append(Array("<end of row>".utf8))
            } else {
                cells[cells.count - 1].append(byte)
            }
        }
        return cells.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        "plain", "IAM.6", "a,b", "say \"hi\"", "line\nbreak", "line\r\nbreak", "x,\u{301}y", "\"\u{301}",
        "x\r\n", "a\r\u{301}b", "日本,語", "",
    ])
    func aValueReadsBackAsItself(value: String) {
        let row = [value, "next"].map(EvidenceCSVWriter.cell).joined(separator: ",")
        #expect(Self.cells(row) == [value, "next"], "\(row.debugDescription)")
    }

    @Test func aPlainValueIsLeftAsItIs() {
        #expect(EvidenceCSVWriter.cell("IAM.6 S3.1") == "IAM.6 S3.1")
    }

    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    func aFormulaIsDefused(value: String) {
        #expect(Self.cells(EvidenceCSVWriter.cell(value)) == ["'" + value])
    }
}
