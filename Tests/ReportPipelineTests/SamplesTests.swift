import Foundation
import History
import Importers
import Rendering
import ReportModel
import ReportPipeline
import Scoring
import TestSupport
import Testing

/// The samples, start to finish, as the README's first command renders them: September and
/// October into history, then November with ECR and WAF evidence. The expected numbers are the
/// ones `scripts/make-samples.py` computes independently (samples/README.md).
@Suite struct SamplesTests {
    static let samples = RepositoryPaths.file("samples")

    static func pipeline() throws -> ReportPipeline {
        ReportPipeline(
            importer: FindingImporter(),
            scorer: Scorer(configuration: try PipelineHarness.configuration(for: samples))
        )
    }

    static func sources(_ month: String) throws -> [InputSource] {
        try InputCollector.sources(for: [samples.appendingPathComponent(month).path]) { [] }
    }

    /// Records September and October, then renders November; returns the document and files.
    static func renderNovember() throws -> (ReportDocument, [String: String]) {
        let folder = try RepositoryPaths.temporaryFolder("samples")
        let store = try HistoryStore(path: folder.appendingPathComponent("history.sqlite").path)
        let pipeline = try pipeline()
        for (month, day) in [("2026-09", 30), ("2026-10", 31)] {
            let asOf = ReportDate(year: 2026, month: Int(month.suffix(2)) ?? 1, day: day)
            let report = try pipeline.assess(try sources(month), asOf: asOf, strict: false)
            try store.record(ReportSnapshot(report)) { _ in () }
        }
        var files: [String: String] = [:]
        let document = try pipeline.run(
            try sources("2026-11"),
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            context: ReportContext(organization: "Example Shop", toolVersion: "test"),
            formats: Set(OutputFormat.allCases),
            history: { store },
            renderer: ReportRenderer(templates: try PipelineHarness.templates()),
            strict: false
        ) { rendered in
            for file in rendered { files[file.path] = file.contents }
        }
        return (document, files)
    }

    /// samples/expected.json, written by the generator from its own computation.
    static func expected() throws -> [String: Any] {
        let data = try Data(contentsOf: samples.appendingPathComponent("expected.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// One month's numbers in expected.json.
    static func expectedMonth(_ month: String) throws -> [String: Any] {
        let months = try #require(try expected()["months"] as? [String: Any])
        return try #require(months[month] as? [String: Any])
    }

    /// November's acceptance and control expectations in expected.json.
    static func expectedNovember() throws -> [String: Any] {
        try #require(try expected()["november"] as? [String: Any])
    }

    /// passed and total (passed + failed + unknown) of a counts object in expected.json.
    static func fraction(_ counts: Any?) throws -> [Int] {
        let counts = try #require(counts as? [String: Any])
        return [try #require(counts["passed"] as? Int), try #require(counts["total"] as? Int)]
    }

    @Test func novemberScoresMatchTheGeneratorsOwnComputation() throws {
        let (document, _) = try Self.renderNovember()
        let report = document.report
        let month = try Self.expectedMonth("2026-11")
        let overall = try #require(month["overall"] as? [String: Any])
        let score = report.overall.securityHubScore
        #expect([score?.numerator ?? -1, score?.denominator ?? -1] == (try Self.fraction(overall)))
        #expect(report.overall.failed + report.overall.accepted == overall["failed"] as? Int)
        #expect(report.overall.unknown == overall["unknown"] as? Int)
        let accounts = try #require(month["accounts"] as? [String: Any])
        #expect(Set(report.environments.map(\.name)) == Set(accounts.keys))
        for environment in report.environments {
            let score = environment.controls.securityHubScore
            #expect(
                [score?.numerator ?? -1, score?.denominator ?? -1] == (try Self.fraction(accounts[environment.name])),
                "\(environment.name)"
            )
        }
        let controls = try #require(try Self.expectedNovember()["controls"] as? [String: [String]])
        for (state, name) in [(ControlState.accepted, "accepted"), (.failed, "failed"), (.unknown, "unknown")] {
            let actual = Set(report.controls.filter { $0.state == state }.map(\.controlId))
            #expect(actual == Set(controls[name] ?? []), "\(name)")
        }
    }

    @Test func eachStandardScoresAsTheGeneratorComputedIt() throws {
        let (document, _) = try Self.renderNovember()
        let report = document.report
        let expected = try #require(try Self.expectedMonth("2026-11")["byStandard"] as? [[String: Any]])
        #expect(report.byStandard.map(\.standardsId) == expected.compactMap { $0["standardsId"] as? String })
        let names = Dictionary(uniqueKeysWithValues: report.environments.map { ($0.accountId, $0.name) })
        for (standard, wanted) in zip(report.byStandard, expected) {
            let score = standard.controls.securityHubScore
            #expect(
                [score?.numerator ?? -1, score?.denominator ?? -1] == (try Self.fraction(wanted)),
                "\(standard.name)"
            )
            #expect(score?.percentOneDecimal == wanted["score"] as? Double, "\(standard.name)")
            #expect(standard.name == wanted["name"] as? String)
            let accounts = try #require(wanted["accounts"] as? [String: Any])
            for account in standard.accounts {
                let name = names[account.accountId] ?? account.accountId
                let score = account.controls.securityHubScore
                #expect(
                    [score?.numerator ?? -1, score?.denominator ?? -1] == (try Self.fraction(accounts[name])),
                    "\(standard.name) \(name)"
                )
            }
        }
        // The report explains every missing FSBP point as samples/README.md tells the story: the three
        // acceptances (root MFA, CloudWatch logging for cost, Copilot-made resources by tag) and two open controls.
        let (_, files) = try Self.renderNovember()
        #expect(
            files["report.md"]?.contains(
                "12 of 60 controls keep it from 100%: 10 failed controls accepted in writing (RA-2026-001: 1, "
                    + "RA-2026-002: 4, RA-2026-003: 5); 2 failed controls open (ECS.2, DynamoDB.2)."
            ) == true
        )
        // September and October (FSBP only) from the history the trend was read from.
        for period in document.trend.periods where period.period < "2026-11" {
            let months = try #require(try Self.expectedMonth(period.period)["byStandard"] as? [[String: Any]])
            #expect(Set(period.standards.keys) == Set(months.compactMap { $0["standardsId"] as? String }))
            for wanted in months {
                let id = try #require(wanted["standardsId"] as? String)
                let score = period.standards[id]?.securityHubScore
                #expect([score?.numerator ?? -1, score?.denominator ?? -1] == (try Self.fraction(wanted)), "\(id)")
            }
        }
    }

    /// passed, failed, accepted, unknown and no-data counts of a posture counts object in expected.json.
    static func postureCounts(_ counts: Any?) throws -> ControlCounts {
        let counts = try #require(counts as? [String: Int])
        return ControlCounts(
            passed: counts["passed"] ?? -1,
            failed: counts["failed"] ?? -1,
            unknown: counts["unknown"] ?? -1,
            noData: counts["noData"] ?? -1,
            accepted: counts["accepted"] ?? -1
        )
    }

    @Test func everyMonthOfTheTrendMatchesTheGeneratorsOwnComputation() throws {
        let (document, _) = try Self.renderNovember()
        #expect(document.trend.periods.count == 3)
        for period in document.trend.periods {
            let posture = try #require(try Self.expectedMonth(period.period)["posture"] as? [String: Any])
            #expect(period.overall == (try Self.postureCounts(posture["overall"])), "\(period.period)")
            #expect(period.acceptedFindings == posture["acceptedFindings"] as? Int, "\(period.period)")
            let accounts = try #require(posture["accounts"] as? [String: Any])
            #expect(Set(period.environments.keys) == Set(accounts.keys))
            for (name, counts) in period.environments {
                #expect(counts == (try Self.postureCounts(accounts[name])), "\(period.period) \(name)")
            }
        }
    }

    @Test func acceptanceStatesAndSuppressions() throws {
        let (document, _) = try Self.renderNovember()
        let states = Dictionary(
            uniqueKeysWithValues: document.report.acceptances.map { ($0.acceptance.id, $0.status.rawValue) }
        )
        let expected = try #require(try Self.expectedNovember()["acceptances"] as? [String: [String: Any]])
        #expect(Set(states.keys) == Set(expected.keys))
        for (id, entry) in expected {
            #expect(states[id] == entry["state"] as? String, "\(id)")
            let covered = Set(document.report.findings.filter { $0.acceptanceId == id }.map(\.finding.id))
            #expect(covered == Set(entry["covers"] as? [String] ?? []), "\(id)")
        }
        let undecided = document.report.findings.filter { $0.bucket == .suppressed && $0.acceptanceId == nil }
        #expect(undecided.map { $0.finding.controlId } == ["SecretsManager.1"])
    }

    @Test func theCopilotTagAcceptanceStopsAtHighAndAtUntaggedResources() throws {
        let (document, _) = try Self.renderNovember()
        let findings = document.report.findings
        let expected = try #require(try Self.expectedNovember()["tagAccepted"] as? [[String: Any]])
        let accepted = findings.filter { $0.acceptanceId == "RA-2026-003" }
        #expect(Set(accepted.map(\.finding.id)) == Set(expected.compactMap { $0["id"] as? String }))
        #expect(accepted.allSatisfy { $0.finding.severity <= .medium })
        // HIGH on a Copilot service stays open …
        let publicIP = findings.filter { $0.finding.controlId == "ECS.2" && $0.bucket == .open }
        #expect(publicIP.count == 2)
        #expect(
            publicIP.allSatisfy {
                $0.finding.resources.contains { $0.tags.contains { $0.key == "copilot-service" && $0.value == "web" } }
            }
        )
        // … and so does MEDIUM on a table made by hand, while the Copilot tables are accepted.
        let pitr = findings.filter { $0.finding.controlId == "DynamoDB.2" && $0.finding.compliance == .failed }
        let open = pitr.filter { $0.bucket == .open }.flatMap { $0.finding.resources.map(\.id) }
        #expect(open == ["arn:aws:dynamodb:eu-west-1:111122223333:table/shop-prod-carts"])
        #expect(pitr.filter { $0.acceptanceId == "RA-2026-003" }.count == 3)
    }

    @Test func everyRecordIsAccountedForAcrossAllSources() throws {
        let (document, _) = try Self.renderNovember()
        let r = document.report.reconciliation
        let expected = try #require(try Self.expectedNovember()["reconciliation"] as? [String: Int])
        #expect(r.balances)
        #expect(r.records == expected["records"])
        // The ASFF pagination copies + the enhanced ECR findings merged with their Inspector twins.
        #expect(r.duplicates == expected["duplicates"])
        #expect(r.evidence == expected["evidence"])  // web ACL, sampled requests, WAF log lines
        let formats = Set(document.report.inputs.compactMap(\.format))
        #expect(formats == [.asff, .ecr, .wafWebACL, .wafSampled, .wafLog])
    }

    @Test func frontDoorEvidenceAndTrend() throws {
        let (document, files) = try Self.renderNovember()
        let evidence = document.report.frontDoor
        #expect(evidence.images.count == 2)
        let acl = try #require(evidence.webACLs.first)
        #expect(acl.check("waf.managed.known-bad-inputs")?.passed == false)
        #expect(acl.check("waf.managed.sqli")?.passed == true)
        let log = try #require(evidence.traffic.first { $0.source == .log })
        #expect(log.requests == 532)
        #expect(log.requestsByAction["BLOCK"] == 152)
        #expect(document.trend.periods.map(\.period) == ["2026-09", "2026-10", "2026-11"])
        let regressed = try #require(try Self.expectedNovember()["regressedControls"] as? [String])
        #expect(document.trend.changes?.regressedControls == regressed)
        let json = try #require(files["report.json"])
        #expect(json.contains("\"period\" : \"2026-09\""))
        // ECS.2 passed in October: its age is not counted from when the resource was first observed.
        let markdown = try #require(files["report.md"])
        let row = markdown.split(separator: "\n").first { $0.contains("| Control ECS.2:") }
        #expect(row?.contains("| reopened after October 2026 |") == true)
        // DynamoDB.2 fails on four tables; the three Copilot ones are accepted, so attention lists one.
        let pitr = markdown.split(separator: "\n").first { $0.contains("| Control DynamoDB.2:") }
        #expect(pitr?.contains("shop-prod-carts") == true)
        #expect(pitr?.contains("api-orders") == false)
    }

    @Test func renderingTheSameMonthTwiceGivesTheSameBytes() throws {
        let first = try Self.renderNovember().1
        let second = try Self.renderNovember().1
        #expect(first == second)
    }
}
