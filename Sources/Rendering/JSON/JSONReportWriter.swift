import Foundation
import ReportModel

/// Writes report.json: sorted keys, pretty-printed, slashes unescaped, a trailing newline.
struct JSONReportWriter {
    /// The English wording: report.json's texts are English in every edition, beside each message's code.
    let english: Phrasebook

    /// Encodes the document.
    /// - Parameter document: the document.
    /// - Returns: the file.
    /// - Throws: `RenderError.encodingFailed`.
    func render(_ document: ReportDocument) throws(RenderError) -> RenderedFile {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(Self.report(document, english: english))
            let text = VisibleText.escapedJSON(String(decoding: data, as: UTF8.self))
            return RenderedFile(path: "report.json", contents: text + "\n")
        } catch {
            throw .encodingFailed(String(describing: error))
        }
    }

    /// The report.json value of a document.
    /// - Parameters:
    ///   - document: the document.
    ///   - english: the English wording of messages.
    /// - Returns: the value to encode.
    static func report(_ document: ReportDocument, english: Phrasebook) -> JSONReport {
        let report = document.report
        let reconciliation = report.reconciliation
        var buckets = [
            "records": reconciliation.records, "duplicates": reconciliation.duplicates,
            "skipped": reconciliation.skipped, "evidence": reconciliation.evidence,
            "unreadable": reconciliation.unreadable,
        ]
        for bucket in FindingBucket.allCases { buckets[bucket.rawValue] = reconciliation.buckets[bucket] ?? 0 }
        return JSONReport(
            asOf: report.asOf.description,
            period: report.period,
            generator: .init(name: "posture", version: document.context.toolVersion),
            edition: document.context.edition.rawValue,
            language: document.context.language,
            scores: .init(report),
            scoreDetail: .init(report.overall),
            otherChecks: report.otherChecks.map(JSONReport.ToolChecks.init),
            layers: report.layers.sorted { $0.layer < $1.layer }.map { layer in
                JSONLayer(
                    layer: layer.layer.description,
                    score: Nullable(layer.controls.securityHubScore?.percentOneDecimal),
                    scoreWithAcceptances: Nullable(layer.controls.withAcceptancesScore?.percentOneDecimal),
                    controls: layer.controls,
                    openFindings: layer.openFindings,
                    acceptedFindings: layer.acceptedFindings
                )
            },
            environments: report.environments.map { environment in
                JSONEnvironment(
                    name: environment.name,
                    environment: environment.environment,
                    accountId: environment.accountId,
                    score: Nullable(environment.controls.securityHubScore?.percentOneDecimal),
                    scoreWithAcceptances: Nullable(environment.controls.withAcceptancesScore?.percentOneDecimal),
                    mapped: environment.mapped,
                    controls: environment.controls,
                    openFindings: environment.openFindings,
                    acceptedFindings: environment.acceptedFindings
                )
            },
            controls: report.controls.map { control in
                JSONControl(
                    controlId: control.controlId,
                    title: control.title,
                    severity: control.severity,
                    layer: control.layer.description,
                    state: control.state,
                    failingAccounts: control.failingAccounts,
                    failingResources: control.failingResources,
                    findings: control.findings,
                    acceptanceIds: control.acceptanceIds,
                    remediationUrl: Nullable(control.remediationURL)
                )
            },
            findings: report.findings.map { JSONFinding($0, english: english) },
            inputs: report.inputs.map { input in
                JSONInput(
                    path: input.path,
                    sha256: input.sha256,
                    bytes: input.bytes,
                    format: Nullable(input.format?.rawValue),
                    formats: input.formats.map(\.rawValue),
                    records: input.records,
                    skipped: input.skipped,
                    partial: input.partial
                )
            },
            reconciliation: buckets,
            acceptances: report.acceptances.map { result in
                let acceptance = result.acceptance
                return JSONAcceptance(
                    id: acceptance.id,
                    status: result.status,
                    matched: result.matched,
                    expiresOn: acceptance.expiresOn,
                    acceptedOn: acceptance.acceptedOn,
                    owner: acceptance.owner,
                    approvedBy: acceptance.approvedBy,
                    reason: acceptance.reason,
                    ticket: Nullable(acceptance.ticket),
                    match: acceptance.match,
                    controls: result.controls,
                    layers: result.layers.map(\.description),
                    environments: result.environments,
                    daysToExpiry: result.daysToExpiry,
                    warnings: result.warnings.map { english.text($0) },
                    warningMessages: result.warnings
                )
            },
            suppressedWithoutDecision: report.findings.filter { $0.bucket == .suppressed && $0.acceptanceId == nil }.map
            {
                JSONSuppressed(
                    id: $0.finding.id,
                    identity: $0.finding.identity,
                    title: $0.finding.title,
                    controlId: Nullable($0.finding.controlId),
                    layer: $0.layer.description,
                    environment: $0.environment,
                    note: Nullable($0.finding.note?.text),
                    noteUpdatedBy: Nullable($0.finding.note?.updatedBy)
                )
            },
            trend: JSONTrend(
                periods: ChartData.allPeriods(document: document).map { period in
                    JSONTrend.Period(
                        period: period.period,
                        asOf: period.asOf,
                        scores: .init(period.overall),
                        openFindings: period.openFindings,
                        acceptedFindings: period.acceptedFindings,
                        layers: period.layers.mapValues(JSONTrend.LayerScores.init),
                        standards: period.standards.mapValues(JSONReport.Scores.init)
                    )
                },
                changes: Nullable(document.trend.changes.map(JSONPeriodChanges.init))
            ),
            diagnostics: report.diagnostics.map { JSONDiagnostic($0, english: english) },
            ecr: Nullable(JSONECR.make(report.evidence, asOf: report.asOf)),
            waf: Nullable(JSONWAF.make(report.evidence, english: english)),
            frameworks: JSONFrameworks(report.frameworks, asOf: report.asOf)
        )
    }
}
