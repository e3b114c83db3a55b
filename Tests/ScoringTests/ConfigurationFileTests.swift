import Foundation
import ReportModel
import Scoring
import TestSupport
import Testing

/// Bad configuration files name file, line, column and reason.
@Suite struct ConfigurationFileTests {
    static let valid = """
        acceptances:
          - id: RA-2026-001
            match: {controls: [IAM.6], environments: [prod]}
            reason: Root is sealed with a virtual MFA in the team password manager.
            owner: platform-team
            approvedBy: CTO
            acceptedOn: 2026-04-01
            expiresOn: 2027-03-31
            ticket: SEC-12
        """

    @Test func parsesAValidFile() throws {
        let acceptances = try AcceptanceFile.parse(Self.valid, file: "ra.yml")
        #expect(acceptances.count == 1)
        #expect(acceptances[0].match == AcceptanceMatch(controls: ["IAM.6"], environments: ["prod"]))
        #expect(acceptances[0].expiresOn == ReportDate(year: 2027, month: 3, day: 31))
        #expect(acceptances[0].ticket == "SEC-12")
        #expect(acceptances[0].source == "ra.yml:2")
    }

    /// A quoted `"null"` is text; an optional field written as YAML's null is absent, as if it were not there.
    @Test func nullIsAbsentAndQuotedNullIsText() throws {
        let quoted = try AcceptanceFile.parse(
            Self.valid.replacingOccurrences(of: "id: RA-2026-001", with: "id: \"null\"")
                .replacingOccurrences(of: "ticket: SEC-12", with: "ticket: NULL"),
            file: "ra.yml"
        )
        #expect(quoted.map(\.id) == ["null"])
        #expect(quoted[0].ticket == nil)
        #expect(try AcceptanceFile.parse("acceptances: ~\n", file: "ra.yml").isEmpty)
    }

    @Test(arguments: [
        ("acceptances:\n  - id: [unclosed\n", "ra.yml:3:1: invalid YAML"),
        (
            valid.replacingOccurrences(of: "ticket: SEC-12", with: "tiket: SEC-12"),
            "ra.yml:9:5: unknown key \"tiket\" in acceptance RA-2026-001"
        ),
        (
            valid.replacingOccurrences(of: "    owner: platform-team\n", with: ""),
            "ra.yml:2:5: acceptance RA-2026-001 is missing required field \"owner\""
        ),
        (
            valid.replacingOccurrences(of: "2027-03-31", with: "2027-02-30"),
            "ra.yml:8:16: \"expiresOn\" is not a real date in YYYY-MM-DD form: \"2027-02-30\""
        ),
        (
            valid.replacingOccurrences(of: "2027-03-31", with: "2026-01-31"),
            "ra.yml:8:16: acceptance RA-2026-001 expires (2026-01-31) before it was accepted (2026-04-01)"
        ),
        (
            valid + "\n" + valid.replacingOccurrences(of: "acceptances:\n", with: ""),
            "ra.yml:10:5: duplicated acceptance id \"RA-2026-001\" (first at line 2)"
        ),
        (
            valid.replacingOccurrences(of: "{controls: [IAM.6], environments: [prod]}", with: "{}"),
            "ra.yml:3:12: \"match\" of acceptance RA-2026-001 has no condition: it would accept everything"
        ),
        (
            valid.replacingOccurrences(of: "environments: [prod]", with: "severities: [SEVERE]"),
            "ra.yml:3:44: unknown severity \"SEVERE\" in acceptance RA-2026-001"
        ),
        ("acceptance:\n  - id: x\n", "ra.yml:1:1: unknown key \"acceptance\" in the file"),
        // YAML's null is no value: a required field written `null`, `~` or left empty is missing.
        (
            valid.replacingOccurrences(of: "id: RA-2026-001", with: "id: null"),
            "ra.yml:2:5: an acceptance is missing required field \"id\""
        ),
        (
            valid.replacingOccurrences(of: "owner: platform-team", with: "owner: ~"),
            "ra.yml:2:5: acceptance RA-2026-001 is missing required field \"owner\""
        ),
        (
            valid.replacingOccurrences(of: "owner: platform-team", with: "owner:"),
            "ra.yml:2:5: acceptance RA-2026-001 is missing required field \"owner\""
        ),
        (
            valid.replacingOccurrences(of: "environments: [prod]", with: "environments: [prod, null]"),
            "ra.yml:3:53: \"environments\" must be a list of text values"
        ),
    ])
    func badAcceptanceFiles(yaml: String, expectedPrefix: String) {
        #expect {
            _ = try AcceptanceFile.parse(yaml, file: "ra.yml")
        } throws: { error in
            (error as? ScoringError)?.text(in: English.phrasebook).hasPrefix(expectedPrefix) == true
        }
    }

    @Test func environmentsFile() throws {
        let mappings = try EnvironmentFile.parse(
            "environments:\n  - {accountId: \"011122223333\", name: shop-prod, environment: prod}\n",
            file: "env.yml"
        )
        #expect(mappings == [EnvironmentMapping(accountId: "011122223333", name: "shop-prod", environment: "prod")])
        #expect(
            throws: ScoringError.invalidEntry(
                file: "env.yml",
                line: 3,
                column: 5,
                reason: Message(.environmentListedTwice, ["account": .text("1")])
            )
        ) {
            _ = try EnvironmentFile.parse(
                "environments:\n  - {accountId: '1', name: a, environment: prod}\n  - {accountId: '1', name: b, environment: dev}\n",
                file: "env.yml"
            )
        }
    }

    @Test func configurationErrorsAreWordedInEnglishFromTheTable() throws {
        let error = try #require(
            throws: ScoringError.self,
            performing: { try LayerFile.parse("rules:\n  - {control: S3.9, layer: storage, why: w}\n", file: "l.yml") }
        )
        #expect(
            error.text(in: English.phrasebook)
                == "l.yml:2:28: unknown layer \"storage\" (expected account, network, webapp or datastore)"
        )
        let yaml = try #require(
            throws: ScoringError.self,
            performing: { try LayerFile.parse("rules: [", file: "l.yml") }
        )
        #expect(yaml.text(in: English.phrasebook).contains("invalid YAML: "))
    }

    @Test func layerFileNeedsExactlyOneCondition() {
        #expect(
            throws: ScoringError.invalidEntry(
                file: "layers.yml",
                line: 2,
                column: 5,
                reason: Message(
                    .layerRuleNeedsOneCondition,
                    ["keys": .list(["control", "resourceType", "product", "resource", "findingType"])]
                )
            )
        ) {
            _ = try LayerFile.parse(
                "rules:\n  - {control: S3.9, product: x, layer: account, why: w}\n",
                file: "layers.yml"
            )
        }
        #expect(
            throws: ScoringError.invalidEntry(
                file: "layers.yml",
                line: 2,
                column: 28,
                reason: Message(.layerRuleUnknownLayer, ["value": .text("storage")])
            )
        ) {
            _ = try LayerFile.parse("rules:\n  - {control: S3.9, layer: storage, why: w}\n", file: "layers.yml")
        }
    }
}
