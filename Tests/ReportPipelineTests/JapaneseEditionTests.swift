import Foundation
import ReportModel
import TestSupport
import Testing

/// The "everything" case in Japanese: every sentence the tool writes comes from `templates/strings/ja.json`.
@Suite struct JapaneseEditionTests {
    @Test func goldenFiles() throws {
        let output = try PipelineHarness.render("everything", language: "ja")
        let folder = PipelineHarness.golden.appendingPathComponent("everything-ja")
        for name in ["report.html", "report.md"] {
            let contents = try #require(output.files[name])
            let message = GoldenFile.compare(contents, with: folder.appendingPathComponent(name))
            #expect(message == nil, "\(message ?? "")")
        }
    }

    /// No run of three or more ASCII words in the visible text, once identifiers (`mono`, `hash` and code
    /// elements), URLs and the text that comes from the inputs (AWS's control and finding titles, the team's
    /// acceptance reasons and notes, the questionnaire file) are set aside.
    @Test func visibleTextHasNoEnglishSentences() throws {
        let output = try PipelineHarness.render("everything", language: "ja")
        let html = try #require(output.files["report.html"])
        let runs = EnglishRuns.find(
            in: VisibleHTMLText.text(of: html),
            excluding: Self.inputTexts(output.document)
        )
        #expect(runs.isEmpty, "English left in the Japanese edition:\n\(runs.joined(separator: "\n"))")
    }

    /// The scan finds a planted English sentence, so an empty result above means something.
    @Test func theScanFindsAnEnglishSentence() {
        let text = VisibleHTMLText.text(
            of: "<p>検出結果<span class=\"mono\">not in force yet</span>は is in Count mode です</p>"
        )
        #expect(EnglishRuns.find(in: text, excluding: []) == ["is in Count mode"])
    }

    /// Texts that come from the inputs and configuration, shown as written in every language.
    static func inputTexts(_ document: ReportDocument) -> [String] {
        let report = document.report
        var texts: [String] = []
        for scored in report.findings {
            let finding = scored.finding
            texts += [finding.title, finding.description, finding.productName]
            texts += [finding.remediationText, finding.note?.text, finding.note?.updatedBy].compactMap { $0 }
            texts += finding.resources.map(\.id) + finding.types
        }
        texts += report.controls.map(\.title)
        for result in report.acceptances {
            let acceptance = result.acceptance
            texts += [acceptance.reason, acceptance.owner, acceptance.approvedBy] + acceptance.compensatingControls
        }
        // The team's own questions; the project's defaults are worded by the string tables.
        for question in report.frameworks.questions where !question.isDefault {
            texts += [question.text, question.reason]
        }
        for webACL in report.frontDoor.webACLs {
            texts += [webACL.name, webACL.description].compactMap { $0 }
            // The web ACL's own statement notation, shown as configured.
            texts += webACL.rules.map(\.statement) + webACL.rules.compactMap(\.scopeDown)
        }
        texts += report.byStandard.map(\.name)
        texts += report.frameworks.requirements.flatMap { [$0.framework, $0.requirement] }
        texts += [document.context.organization]
        return texts.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }
}

/// The text a reader sees in report.html, without style sheets and identifiers.
enum VisibleHTMLText {
    /// Elements whose text is an identifier or code, never a sentence.
    static let identifierClasses: Set<String> = ["mono", "hash"]

    /// The visible text of an HTML document, one line per text node.
    /// - Returns: the text.
    static func text(of html: String) -> String {
        var result = ""
        var skipping: [Bool] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            let text = rest[..<open]
            if !skipping.contains(true) { result += decode(String(text)) }
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            // A line-break opportunity inside an identifier joins its parts; any other tag ends a text run.
            if tag.hasPrefix("wbr") { continue }
            result += "\n"
            if tag.hasPrefix("!") || tag.hasPrefix("?") { continue }
            if tag.hasPrefix("/") {
                _ = skipping.popLast()
                continue
            }
            if tag.hasSuffix("/") { continue }
            let name = tag.prefix { !$0.isWhitespace }
            let classes = Self.classes(String(tag))
            skipping.append(
                ["style", "code", "title"].contains(String(name)) || !classes.isDisjoint(with: identifierClasses)
            )
        }
        return result.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
    }

    private static func classes(_ tag: String) -> Set<String> {
        guard let range = tag.range(of: "class=\"") else { return [] }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        return Set(value.split(separator: " ").map(String.init))
    }

    private static func decode(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Runs of three or more ASCII words: what an untranslated English phrase looks like.
enum EnglishRuns {
    /// The runs left once the excluded texts and URLs are removed.
    /// - Parameters:
    ///   - text: the visible text.
    ///   - excluding: texts shown as written (longest first).
    /// - Returns: each run, in order.
    static func find(in text: String, excluding: [String]) -> [String] {
        var text = text
        for excluded in excluding { text = text.replacingOccurrences(of: excluded, with: " ") }
        text = text.replacingOccurrences(of: #"https?://\S+"#, with: " ", options: .regularExpression)
        let pattern = #"[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}"#
        var runs: [String] = []
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: pattern, options: .regularExpression, range: searchRange) {
            runs.append(String(text[range]))
            searchRange = range.upperBound..<text.endIndex
        }
        return runs
    }
}
