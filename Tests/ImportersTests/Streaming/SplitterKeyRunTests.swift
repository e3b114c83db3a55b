import Foundation
import ReportModel
import Testing

@testable import Importers

/// Member names go through the splitter's run fast path: positions and the wrapper key stay exact,
/// whether the text comes whole or a byte at a time.
@Suite struct SplitterKeyRunTests {
    /// The records the splitter cuts out of `text`, fed in chunks of `chunk` bytes.
    static func records(_ text: String, chunk: Int) throws -> [RawRecord] {
        var splitter = JSONValueSplitter(file: "x.json", limits: .standard)
        var records: [RawRecord] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try splitter.feed(Array(bytes[start..<end])) { event in
                if case .record(let raw) = event { records.append(raw) }
            }
            start = end
        }
        try splitter.finish { event in
            if case .record(let raw) = event { records.append(raw) }
        }
        return records
    }

    @Test(arguments: [1, 3, 1 << 20])
    func positionsAfterNamesWithEscapesAndWideCharacters(chunk: Int) throws {
        let head = "{\"Findings\":[{\"ab\\u0063d\":1,\"é名\":2,\"plain_name\":3},"
        let text = head + "{\"Id\":\"x\"}]}"
        let records = try Self.records(text, chunk: chunk)
        #expect(records.count == 2)
        #expect(
            records.map(\.path) == [
                .element(container: "Findings", index: 0), .element(container: "Findings", index: 1),
            ]
        )
        #expect(records.last?.position == TextPosition(line: 1, column: head.unicodeScalars.count + 1))
    }

    @Test(arguments: [1, 7, 1 << 20])
    func aLongTopLevelNameBeforeTheFindingsWrapper(chunk: Int) throws {
        let long = String(repeating: "n", count: 300)
        let text = "{\"\(long)\":1,\n\"Findings\":[{\"Id\":\"a\"},{\"Id\":\"b\"}]}"
        let records = try Self.records(text, chunk: chunk)
        #expect(
            records.map(\.path) == [
                .element(container: "Findings", index: 0), .element(container: "Findings", index: 1),
            ]
        )
        #expect(records.first?.position == TextPosition(line: 2, column: 13))
    }

    @Test func aLongTopLevelNameIsNotTheWrapperKey() throws {
        let text = "{\"Findings" + String(repeating: "s", count: 300) + "\":[{\"Id\":\"a\"}]}"
        let records = try Self.records(text, chunk: 5)
        #expect(records.map(\.path) == [.topLevel(0)])
    }

    /// Records after indentation of every width (spaces, tabs, mixed, line breaks) start where counting
    /// the characters says, whole or fed in small chunks (runs of spaces are skipped eight at a time).
    @Test(arguments: [1, 3, 8, 1 << 20])
    func positionsAfterIndentationOfEveryWidth(chunk: Int) throws {
        for width in 0..<40 {
            for pad in [
                String(repeating: " ", count: width), String(repeating: " ", count: width) + "\t ",
                "\t" + String(repeating: " ", count: width),
            ] {
                let text = "{\"Findings\" : [\n\(pad){\"Id\":\"a\"},\(pad)\n\(pad)  {\"Id\":\"b\"}]}"
                let records = try Self.records(text, chunk: chunk)
                #expect(records.count == 2)
                #expect(records.first?.position == TextPosition(line: 2, column: pad.count + 1), "\(width)")
                #expect(records.last?.position == TextPosition(line: 3, column: pad.count + 3), "\(width)")
            }
        }
    }
}
