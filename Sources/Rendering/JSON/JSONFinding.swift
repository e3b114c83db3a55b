import Foundation
import ReportModel

/// One finding in report.json: every unique finding, with what scoring decided about it.
struct JSONFinding: Encodable, Sendable {
    let id: String
    let identity: String
    let product: String
    let title: String
    let severity: Severity
    let layer: String
    let placedBy: String
    /// `placedBy` as a message: its code and parameters.
    let placedByMessage: Message
    let accountId: Nullable<String>
    let environment: String
    let region: Nullable<String>
    let resources: [Resource]
    let controlId: Nullable<String>
    let compliance: Nullable<ComplianceStatus>
    let workflow: WorkflowStatus
    let recordState: RecordState
    let bucket: FindingBucket
    let acceptanceId: Nullable<String>
    let expiredAcceptanceId: Nullable<String>
    let firstObservedAt: Nullable<String>
    let updatedAt: Nullable<String>
    let ageDays: Nullable<Int>
    let note: Nullable<String>
    /// The scanners that reported it (several when one image vulnerability came from more than one export).
    let scanners: [String]

    /// Builds the entry, wording `placedBy` with `english`.
    init(_ scored: ScoredFinding, english: Phrasebook) {
        self.init(scored, placedBy: english.text(scored.placedBy))
    }

    /// Builds the entry with `placedBy` already worded (the few distinct messages are worded once, not per finding).
    /// - Parameters:
    ///   - scored: the finding with what scoring decided about it.
    ///   - placedBy: `scored.placedBy` in English.
    init(_ scored: ScoredFinding, placedBy: String) {
        let finding = scored.finding
        id = finding.id
        identity = finding.identity
        product = finding.productName
        title = finding.title
        severity = finding.severity
        layer = scored.layer.description
        self.placedBy = placedBy
        placedByMessage = scored.placedBy
        accountId = Nullable(finding.accountId)
        environment = scored.environment
        region = Nullable(finding.region)
        resources = finding.resources
        controlId = Nullable(finding.controlId)
        compliance = Nullable(finding.compliance)
        workflow = finding.workflow
        recordState = finding.recordState
        bucket = scored.bucket
        acceptanceId = Nullable(scored.acceptanceId)
        expiredAcceptanceId = Nullable(scored.expiredAcceptanceId)
        firstObservedAt = Nullable(finding.firstObservedAt.map(Self.timestamp))
        updatedAt = Nullable(finding.updatedAt.map(Self.timestamp))
        ageDays = Nullable(scored.ageDays)
        note = Nullable(finding.note?.text)
        scanners = finding.scanners
    }

    /// An instant as ISO 8601 in UTC with whole seconds: `2026-11-03T08:15:00Z`.
    /// - Returns: the text.
    static func timestamp(_ date: Date) -> String {
        UTCTimestamp.text(date)
            ?? date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(secondsFromGMT: 0) ?? .gmt))
    }
}
