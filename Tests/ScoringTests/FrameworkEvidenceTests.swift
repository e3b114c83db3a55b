import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Scoring

/// Controls grouped by the requirements their findings name, and the questionnaire table.
@Suite struct FrameworkEvidenceTests {
    @Test(arguments: [
        ("PCI DSS v3.2.1/8.3.1", "PCI DSS v3.2.1", "8.3.1"),
        ("NIST.800-53.r5 AC-2(1)", "NIST.800-53.r5", "AC-2(1)"),
        ("CIS AWS Foundations Benchmark v1.2.0/1.14", "CIS AWS Foundations Benchmark v1.2.0", "1.14"),
        ("ens-op.acc.5.aws.iam.1", "Other", "ens-op.acc.5.aws.iam.1"),
    ])
    func splitsFrameworkAndRequirement(_ text: String, _ framework: String, _ requirement: String) {
        let key = RequirementKey(text)
        #expect(key.framework == framework)
        #expect(key.requirement == requirement)
    }

    static func report() -> ScoredReport {
        func control(_ id: String, _ requirements: [String]) -> ScoredFinding {
            var finding = Finding(identity: "f-\(id)", id: "f-\(id)", controlId: id, compliance: .failed)
            finding.relatedRequirements = requirements
            return ScoredFinding(
                finding: finding,
                layer: .layer(.account),
                placedBy: Message(.noRuleMatched),
                environment: "prod",
                bucket: .open
            )
        }
        return ScoredReport(
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            overall: ControlCounts(),
            layers: [],
            environments: [],
            controls: [
                ControlResult(
                    controlId: "IAM.6",
                    title: "",
                    severity: .critical,
                    layer: .layer(.account),
                    state: .accepted,
                    findings: 1
                ),
                ControlResult(
                    controlId: "IAM.9",
                    title: "",
                    severity: .critical,
                    layer: .layer(.account),
                    state: .passed,
                    findings: 1
                ),
                ControlResult(
                    controlId: "S3.8",
                    title: "",
                    severity: .high,
                    layer: .layer(.datastore),
                    state: .failed,
                    findings: 1
                ),
            ],
            findings: [
                control("IAM.6", ["PCI DSS v3.2.1/8.3.1", "NIST.800-53.r5 IA-2(1)"]),
                control("IAM.9", ["PCI DSS v3.2.1/8.3.1"]),
                control("S3.8", ["NIST.800-53.r5 AC-3"]),
            ],
            acceptances: [],
            reconciliation: Reconciliation(records: 0, duplicates: 0, skipped: 0, evidence: 0, buckets: [:]),
            inputs: [],
            diagnostics: [],
            layerRules: []
        )
    }

    @Test func groupsControlsByRequirementAndAnswersQuestions() throws {
        let questions = [
            QuestionnaireQuestion(
                id: "mfa",
                question: "MFA?",
                controls: ["IAM.6", "IAM.9", "Cognito.5"],
                reason: "r",
                source: "s"
            ),
            QuestionnaireQuestion(id: "buckets", question: "Closed?", controls: ["S3.8"], reason: "r", source: "s"),
            QuestionnaireQuestion(id: "none", question: "?", controls: ["X.1"], reason: "r", source: "s"),
        ]
        let evidence = FrameworkEvidenceBuilder.evidence(for: Self.report(), questions: questions)
        #expect(
            evidence.requirements.map { "\($0.framework) \($0.requirement)" } == [
                "NIST.800-53.r5 AC-3", "NIST.800-53.r5 IA-2(1)", "PCI DSS v3.2.1 8.3.1",
            ]
        )
        let pci = try #require(evidence.requirements.last)
        #expect(pci.controls.map(\.controlId) == ["IAM.6", "IAM.9"])
        #expect(pci.state == .accepted)
        #expect(pci.counts == ControlCounts(passed: 1, accepted: 1))
        #expect(evidence.questions.map(\.state) == [.accepted, .failed, .noData])
        #expect(evidence.questions[0].controls.last == ControlEvidence(controlId: "Cognito.5", state: .noData))
    }

    /// Lists that change from finding to finding of a control and come back (as a tool that writes each finding
    /// its own list makes them), interleaved with other controls: every requirement any finding names lists its
    /// control once, as one pass over every finding's every text gives them.
    @Test func listsThatDifferFromFindingToFindingNameEveryControlOnce() {
        let pool = [
            "PCI DSS v4.0.1/1.3.1", "PCI DSS v4.0.1/8.2.1", "NIST.800-53.r5 AC-3", "NIST.800-53.r5 SC-7(21)",
            "CIS AWS Foundations Benchmark v3.0.0/1.4", "ens-op.acc.5.aws.iam.1", "NIST.800-53.r5 AU-9",
            "PCI DSS v4.0.1/10.2.1",
        ]
        let controls = ["IAM.6", "S3.8", "EC2.19", "RDS.2"]
        var random = SeededGenerator(seed: 7)
        var report = Self.report()
        report.findings = (0..<400).map { index in
            let control = controls[Int(random.next() % UInt64(controls.count))]
            // Every few findings the same list again (the fast path), else one of a few lists or a fresh one.
            let count = 1 + Int(random.next() % 3)
            let requirements = (0..<count).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
            var finding = Finding(identity: "f-\(index)", id: "f-\(index)", controlId: control, compliance: .failed)
            finding.relatedRequirements = index % 5 == 0 ? [] : requirements
            return ScoredFinding(
                finding: finding,
                layer: .layer(.account),
                placedBy: Message(.noRuleMatched),
                environment: "prod",
                bucket: index % 7 == 0 ? .sample : .open
            )
        }
        var expected: [RequirementKey: Set<String>] = [:]
        for scored in report.findings where scored.bucket != .sample {
            for text in scored.finding.relatedRequirements {
                expected[RequirementKey(text), default: []].insert(scored.finding.controlId ?? "")
            }
        }
        let evidence = FrameworkEvidenceBuilder.evidence(for: report, questions: [])
        #expect(evidence.requirements.count == expected.count)
        let made = evidence.requirements.map { "\($0.framework)|\($0.requirement)|\($0.controls.map(\.controlId))" }
        #expect(made == expected.keys.sorted().map { "\($0.framework)|\($0.requirement)|\(expected[$0]!.sorted())" })
        #expect(expected.values.contains { $0.count > 1 })
    }

    @Test func theDefaultTableHasAReasonPerRowAndKnownControls() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("rules/questions.csv"), encoding: .utf8)
        let questions = try QuestionnaireQuestion.table(csv: text, file: "rules/questions.csv")
        #expect(
            questions.map(\.id) == [
                "mfa", "least-privilege", "encryption-at-rest", "encryption-in-transit", "network-segmentation", "waf",
                "vulnerability-scanning", "logging-monitoring", "backups", "separated-environments",
                "incident-detection",
            ]
        )
        let catalogue = try ControlCatalogue(
            csv: try String(contentsOf: root.appendingPathComponent("rules/controls.csv"), encoding: .utf8),
            file: "rules/controls.csv"
        )
        for question in questions {
            #expect(!question.reason.isEmpty)
            for control in question.controls {
                #expect(catalogue.entry(for: control) != nil, "\(question.id): \(control)")
            }
        }
    }

    @Test func aUserFileReplacesAndExtendsTheDefaults() throws {
        let defaults = try QuestionnaireQuestion.table(
            csv: "id,question,controls,reason\nmfa,MFA?,IAM.6,root\nwaf,WAF?,WAF.10,acl\n",
            file: "q.csv"
        )
        let user = try QuestionFile.parse(
            "questions:\n  - {id: mfa, question: Root MFA?, controls: [IAM.9], reason: ours}\n"
                + "  - {id: soc2-cc6-1, question: SOC 2 CC6.1?, controls: [IAM.1, IAM.5], reason: logical access}\n",
            file: "questions.yml"
        )
        let merged = QuestionnaireQuestion.merged(defaults, user: user)
        #expect(merged.map(\.id) == ["mfa", "waf", "soc2-cc6-1"])
        #expect(merged[0].controls == ["IAM.9"])
        #expect(merged[0].source == "questions.yml:2")
        #expect(throws: ScoringError.self) {
            try QuestionFile.parse("questions:\n  - {id: x, question: q, controls: [], reason: r}\n", file: "q.yml")
        }
        #expect(throws: ScoringError.self) {
            try QuestionnaireQuestion.table(csv: "id,question,controls,reason\nx,q,,r\n", file: "q.csv")
        }
    }
}
