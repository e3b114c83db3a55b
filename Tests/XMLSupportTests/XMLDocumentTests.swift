import Foundation
import Testing
import XMLSupport

/// The HTML check: well-formedness errors name their position, and parsing never reaches outside the document.
@Suite struct XMLDocumentTests {
    @Test func wellFormedMarkupParsesAndExposesElements() throws {
        let document = try XMLDocument(
            parsing: #"<html xmlns="http://www.w3.org/1999/xhtml"><body><td class="num">8 &amp; 9</td></body></html>"#,
            name: "report.html"
        )
        #expect(document.rootName == "html")
        let cells = document.elements(named: "td")
        #expect(cells.count == 1)
        #expect(cells.first?.attributes["class"] == "num")
        #expect(cells.first?.text == "8 & 9")
    }

    @Test(arguments: [
        ("<html>\n<body>\n<p>open\n</body></html>", 4, "report.html"),
        ("<html><p a=\"1\" a=\"2\"/></html>", 1, "dup.html"),
        ("<html>\n\n  <br></html>", 3, "unclosed.html"),
        ("<html>\u{1B}</html>", 1, "control.html"),
    ])
    func malformedMarkupNamesDocumentLineAndReason(text: String, line: Int, name: String) {
        do {
            _ = try XMLDocument(parsing: text, name: name)
            Issue.record("\(name) parsed but is not well-formed")
        } catch {
            guard case .notWellFormed(let document, let errorLine, let column, let message) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(document == name)
            #expect(errorLine == line, "\(error)")
            #expect(column > 0)
            #expect(!message.isEmpty && !message.hasSuffix("\n"))
            #expect(error.description.hasPrefix("\(name):\(line):"))
        }
    }

    @Test func externalEntitiesAndDTDsAreNeverLoaded() throws {
        // A secret file the entity points at: its content must never appear in the parsed text.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("posture-xml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-CONTENT".utf8).write(to: secret)
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE html [<!ENTITY leak SYSTEM "file://\(secret.path)"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
            <html><p>&leak;</p><p>&net;</p></html>
            """
        let parsed: String
        do {
            parsed = try XMLDocument(parsing: text, name: "hostile.html").textContent
        } catch {
            parsed = error.description
        }
        #expect(parsed.contains("TOP-SECRET-CONTENT") == false, "\(parsed)")
    }

    @Test func theLinkedLibraryReportsItsVersion() {
        #expect(libxml2Version.split(separator: ".").count >= 2)
    }
}
