import Foundation
import ReportModel
import Scoring
import Testing

/// Issue 11: configuration YAML is read from libyaml's events, so anchors and aliases are refused
/// where they are written (before anything could expand) and duplicate keys are named at their
/// own position, on one line.
@Suite struct YAMLHostileTests {
    static let bomb =
        (["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        + zip("bcdefghi", "abcdefgh").map {
            "\($0): &\($0) [" + Array(repeating: "*\($1)", count: 9).joined(separator: ",") + "]"
        }
        + ["acceptances: *i"]).joined(separator: "\n")

    @Test func anAliasBombIsRefusedAtItsFirstAnchor() {
        #expect(
            throws: ScoringError.invalidEntry(
                file: "ra.yml",
                line: 1,
                column: 4,
                reason: Message(.yamlAnchor)
            )
        ) {
            try AcceptanceFile.parse(Self.bomb, file: "ra.yml")
        }
    }

    @Test func anAliasIsRefusedWhereItIsWritten() {
        #expect(
            throws: ScoringError.invalidEntry(
                file: "env.yml",
                line: 2,
                column: 17,
                reason: Message(.yamlAlias)
            )
        ) {
            try EnvironmentFile.parse("environments:\n  - {accountId: *undefined}\n", file: "env.yml")
        }
    }

    @Test func aDuplicateKeyIsNamedAtItsOwnPosition() {
        let text = """
            acceptances:
              - id: RA-1
                match: {controls: [IAM.6]}
                reason: r
                owner: o
                approvedBy: a
                acceptedOn: 2026-04-01
                expiresOn: 2026-12-31
                reason: again
            """
        #expect(
            throws: ScoringError.invalidEntry(
                file: "ra.yml",
                line: 9,
                column: 5,
                reason: Message(.yamlDuplicateKey, ["key": .text("reason")])
            )
        ) {
            try AcceptanceFile.parse(text, file: "ra.yml")
        }
    }

    @Test func deepNestingAndSecondDocumentsAreErrors() {
        #expect(throws: ScoringError.self) {
            try EnvironmentFile.parse("environments: " + String(repeating: "[", count: 200), file: "env.yml")
        }
        #expect(throws: ScoringError.self) {
            try EnvironmentFile.parse("environments: []\n---\nenvironments: []\n", file: "env.yml")
        }
    }
}
