import Foundation
import ReportModel
import TestSupport
import Testing

@testable import Rendering

/// The external edition masks identifying tokens the same way everywhere.
@Suite struct RedactorTests {
    static func document(_ findings: [Finding]) -> ReportDocument {
        let scored = findings.map {
            ScoredFinding(finding: $0, layer: .layer(.datastore), placedBy: "test", environment: "prod", bucket: .open)
        }
        let report = ScoredReport(
            asOf: ReportDate(year: 2026, month: 11, day: 30),
            overall: ControlCounts(),
            layers: [],
            environments: [],
            controls: [],
            findings: scored,
            acceptances: [],
            reconciliation: Reconciliation(records: 0, duplicates: 0, skipped: 0, evidence: 0, buckets: [:]),
            inputs: [
                InputFile(
                    path: "AWSLogs/111122223333/findings.json",
                    sha256: "f2c0d43f514239309579" + String(repeating: "0", count: 44),
                    bytes: 1,
                    records: 0
                )
            ],
            diagnostics: [],
            layerRules: []
        )
        return ReportDocument(
            report: report,
            trend: Trend(),
            context: ReportContext(organization: "o", toolVersion: "t")
        )
    }

    static let findings: [Finding] = [
        .control(
            "S3.8",
            .failed,
            account: "111122223333",
            resource: "arn:aws:s3:::shop-prod-exports",
            resourceType: "AwsS3Bucket"
        ),
        .issue(
            "gd-1",
            severity: .high,
            account: "444455556666",
            resourceType: "AwsS3Bucket",
            resource: "arn:aws:s3:::shop-prod-exports"
        ),
    ]

    @Test func masksAccountsArnsIPsAndNamesConsistently() throws {
        var findings = Self.findings
        findings[1].title = "API GetObject from 192.0.2.199 on bucket shop-prod-exports (root user)"
        findings[1].description = "Account 444455556666 called i-0123456789abcdef0 with AKIAIOSFODNN7EXAMPLE."
        let document = Self.document(findings)
        let redactor = Redactor(for: document)
        let redacted = redactor.redact(document)
        #expect(redacted.context.edition == .external)
        #expect(Set(redactor.masks.values.filter { $0.hasPrefix("account-") }) == ["account-1", "account-2"])
        let gd = try #require(redacted.report.findings.last?.finding)
        #expect(gd.title == "API GetObject from ip-1 on bucket s3-resource-1 (root user)")
        #expect(gd.description == "Account account-2 called i-masked1 with access-key-1.")
        #expect(gd.accountId == "account-2")
        #expect(gd.resources.first?.id == "arn:aws:s3:::s3-resource-1")
        #expect(redacted.report.findings.first?.finding.resources.first?.id == gd.resources.first?.id)
        #expect(redacted.report.inputs.first?.path == "AWSLogs/account-1/findings.json")
        #expect(redacted.report.inputs.first?.sha256 == document.report.inputs.first?.sha256)
    }

    @Test func masksAreTheSameForTheSameInputs() {
        let first = Redactor(for: Self.document(Self.findings)).masks
        let second = Redactor(for: Self.document(Self.findings.reversed())).masks
        #expect(first == second)
    }
}
