import Foundation
import ReportModel
import TestSupport
import Testing

/// Wording a message from a table: placeholders, plurals, lists, nesting, and hostile values.
@Suite struct PhrasebookTests {
    static let book = Phrasebook(entries: [
        "listSeparator": "、",
        "msg_acceptanceStale": "acceptance {id} matches nothing in the inputs (stale)",
        "msg_acceptanceCoversCritical_one": "covers 1 CRITICAL finding in prod",
        "msg_acceptanceCoversCritical_other": "covers {count} CRITICAL findings in prod",
        "msg_wafOverriddenToCount_one": "{count} rule overridden to Count: {rules}",
        "msg_wafOverriddenToCount_other": "{count} rules overridden to Count: {rules}",
        "msg_clauses": "{first}; {second}",
        "msg_yamlNotTagMapping": "\"{key}\" must be a mapping, e.g. {copilot-application: \"*\"}",
    ])

    @Test func placeholdersArePlainValues() {
        #expect(
            Self.book.text(Message(.acceptanceStale, ["id": .text("RA-1")]))
                == "acceptance RA-1 matches nothing in the inputs (stale)"
        )
    }

    @Test func theCountPicksThePluralForm() {
        #expect(
            Self.book.text(Message(.acceptanceCoversCritical, ["count": .number(1)]))
                == "covers 1 CRITICAL finding in prod"
        )
        #expect(
            Self.book.text(Message(.acceptanceCoversCritical, ["count": .number(3)]))
                == "covers 3 CRITICAL findings in prod"
        )
    }

    @Test func listsUseTheTablesSeparatorAndMessagesNest() {
        let detail = Message(.wafOverriddenToCount, ["count": .number(2), "rules": .list(["A", "B"])])
        let message = Message(
            .clauses,
            ["first": .message(Message(.acceptanceStale, ["id": .text("X")])), "second": .message(detail)]
        )
        #expect(
            Self.book.text(message)
                == "acceptance X matches nothing in the inputs (stale); 2 rules overridden to Count: A、B"
        )
    }

    /// A value holding `{placeholder}` text is never filled in again, and the escape reaches every value.
    @Test func aHostileValueIsEscapedAndNotReinterpreted() {
        let message = Message(.clauses, ["first": .text("{second}<b>"), "second": .text("x")])
        #expect(Self.book.text(message) == "{second}<b>; x")
        #expect(Self.book.text(message) { $0.replacingOccurrences(of: "<", with: "&lt;") } == "{second}&lt;b>; x")
    }

    @Test func bracesThatNameNoParameterStayAsWritten() {
        #expect(
            Self.book.text(Message(.yamlNotTagMapping, ["key": .text("tags")]))
                == "\"tags\" must be a mapping, e.g. {copilot-application: \"*\"}"
        )
    }

    @Test func aCodeTheTableLacksShowsAsItsCode() {
        #expect(Self.book.text(Message(.noFindings)) == "noFindings")
        #expect(Message(.acceptanceStale, ["id": .text("RA-1")]).description == "acceptanceStale(id=RA-1)")
    }

    @Test func messagesRoundTripThroughJSON() throws {
        let message = Message(
            .clauses,
            [
                "first": .message(Message(.wafOverriddenToCount, ["count": .number(1), "rules": .list(["r"])])),
                "second": .text("t"),
            ]
        )
        let data = try JSONEncoder().encode(message)
        #expect(try JSONDecoder().decode(Message.self, from: data) == message)
    }
}

/// Both string tables word every message code, with the same placeholders, and hold no wording for a code
/// that no longer exists.
@Suite struct MessageTableTests {
    static func table(_ language: String) throws -> [String: String] {
        let data = try Data(contentsOf: RepositoryPaths.file("templates/strings/\(language).json"))
        return try JSONDecoder().decode([String: String].self, from: data)
    }

    @Test(arguments: ["en", "ja"])
    func everyCodeIsWorded(language: String) throws {
        let book = Phrasebook(entries: try Self.table(language))
        let missing = MessageCode.allCases.filter { !book.words($0) }
        #expect(missing.isEmpty, "\(language).json lacks \(missing.map(\.rawValue))")
    }

    @Test(arguments: ["en", "ja"])
    func everyWordingHasACode(language: String) throws {
        let codes = Set(MessageCode.allCases.map(\.rawValue))
        let orphans = try Self.table(language).keys.filter { $0.hasPrefix("msg_") }.filter { key in
            let code = key.dropFirst(4).replacingOccurrences(of: "_one", with: "").replacingOccurrences(
                of: "_other",
                with: ""
            )
            return !codes.contains(code)
        }
        #expect(orphans.isEmpty, "\(language).json words no code: \(orphans.sorted())")
    }

    @Test func bothLanguagesUseTheSamePlaceholders() throws {
        let english = try Self.table("en")
        let japanese = try Self.table("ja")
        func names(_ text: String) -> Set<String> {
            Set(text.matches(of: /\{([A-Za-z]+)\}/).map { String($0.output.1) })
        }
        for (key, text) in english where key.hasPrefix("msg_") {
            // The singular form may spell the count out ("1 finding"); the plural form names it.
            let expected = names(text).union(
                key.hasSuffix("_one") ? names(english[key.replacingOccurrences(of: "_one", with: "_other")] ?? "") : []
            )
            let found = names(japanese[key] ?? "")
            #expect(found.isSubset(of: expected) && expected.subtracting(["count"]).isSubset(of: found), "\(key)")
        }
    }
}
