import ReportModel

/// report.json: the assessment as data, the stable contract of DESIGN.md (`schemaVersion` 1).
struct JSONReport: Encodable, Sendable {
    let schemaVersion = 1
    let asOf: String
    let period: String
    let generator: Generator
    let edition: String
    let language: String
    let scores: HeadlineScores
    let scoreDetail: ScoreDetail
    /// Other tools' compliance checks (Prowler, custom products), one entry per product; never in `scores`.
    let otherChecks: [ToolChecks]
    let layers: [JSONLayer]
    let environments: [JSONEnvironment]
    let controls: [JSONControl]
    let findings: [JSONFinding]
    let inputs: [JSONInput]
    let reconciliation: [String: Int]
    let acceptances: [JSONAcceptance]
    var suppressedWithoutDecision: [JSONSuppressed]
    var trend: JSONTrend
    let diagnostics: [JSONDiagnostic]
    /// Image scans; `null` when no ECR input was given.
    let ecr: Nullable<JSONECR>
    /// Web ACL configuration and traffic; `null` when no WAF input was given.
    let waf: Nullable<JSONWAF>
    /// Controls by framework requirement and the questionnaire answers.
    let frameworks: JSONFrameworks

    /// The tool that wrote the file.
    struct Generator: Encodable, Sendable {
        let name: String
        let version: String
    }

    /// Percentages with one decimal, `null` without control data.
    struct Scores: Encodable, Sendable {
        let securityHub: Nullable<Double>
        let withAcceptances: Nullable<Double>

        init(_ counts: ControlCounts) {
            securityHub = Nullable(counts.securityHubScore?.percentOneDecimal)
            withAcceptances = Nullable(counts.withAcceptancesScore?.percentOneDecimal)
        }
    }

    /// The two headline scores, and one score per Security Hub standard as the console shows them.
    struct HeadlineScores: Encodable, Sendable {
        let securityHub: Nullable<Double>
        let withAcceptances: Nullable<Double>
        let byStandard: [JSONStandardScore]

        init(_ report: ScoredReport) {
            securityHub = Nullable(report.overall.securityHubScore?.percentOneDecimal)
            withAcceptances = Nullable(report.overall.withAcceptancesScore?.percentOneDecimal)
            byStandard = report.byStandard.map(JSONStandardScore.init)
        }
    }

    /// The counts behind the scores.
    struct ScoreDetail: Encodable, Sendable {
        let securityHub: Nullable<Ratio>
        let withAcceptances: Nullable<Ratio>
        let controls: ControlCounts

        init(_ counts: ControlCounts) {
            securityHub = Nullable(counts.securityHubScore.map(Ratio.init))
            withAcceptances = Nullable(counts.withAcceptancesScore.map(Ratio.init))
            controls = counts
        }
    }

    /// One other tool's checks: its score by the Security Hub rule and the counts behind it.
    struct ToolChecks: Encodable, Sendable {
        let product: String
        let score: Nullable<Double>
        let checks: ControlCounts

        init(_ tool: ToolCheckScore) {
            product = tool.product
            score = Nullable(tool.checks.securityHubScore?.percentOneDecimal)
            checks = tool.checks
        }
    }

    /// A numerator over a denominator.
    struct Ratio: Encodable, Sendable {
        let numerator: Int
        let denominator: Int

        init(_ score: Score) {
            numerator = score.numerator
            denominator = score.denominator
        }
    }
}

/// One layer in report.json.
struct JSONLayer: Encodable, Sendable {
    let layer: String
    let score: Nullable<Double>
    let scoreWithAcceptances: Nullable<Double>
    let controls: ControlCounts
    let openFindings: SeverityCounts
    let acceptedFindings: Int
}

/// One account in report.json.
struct JSONEnvironment: Encodable, Sendable {
    let name: String
    let environment: String
    let accountId: String
    let score: Nullable<Double>
    let scoreWithAcceptances: Nullable<Double>
    let mapped: Bool
    let controls: ControlCounts
    let openFindings: SeverityCounts
    let acceptedFindings: Int
}

/// One control in report.json.
struct JSONControl: Encodable, Sendable {
    let controlId: String
    let title: String
    let severity: Severity
    let layer: String
    let state: ControlState
    let failingAccounts: [String]
    let failingResources: [String]
    let findings: Int
    let acceptanceIds: [String]
    let remediationUrl: Nullable<String>
}

/// One input file in report.json.
struct JSONInput: Encodable, Sendable {
    let path: String
    let sha256: String
    let bytes: Int
    let format: Nullable<String>
    let formats: [String]
    let records: Int
    let skipped: Int
    let partial: Bool
}

/// One acceptance in report.json.
struct JSONAcceptance: Encodable, Sendable {
    let id: String
    let status: AcceptanceStatus
    let matched: Int
    let expiresOn: ReportDate
    let acceptedOn: ReportDate
    let owner: String
    let approvedBy: String
    let reason: String
    let ticket: Nullable<String>
    let match: AcceptanceMatch
    let controls: [String]
    let layers: [String]
    let environments: [String]
    let daysToExpiry: Int
    let warnings: [String]
    /// `warnings` as messages: code and parameters, in the same order.
    let warningMessages: [Message]
}

/// A finding suppressed at its source (Security Hub, Inspector, Prowler) with no recorded acceptance.
struct JSONSuppressed: Encodable, Sendable {
    let id: String
    let identity: String
    let title: String
    let controlId: Nullable<String>
    let layer: String
    let environment: String
    let note: Nullable<String>
    let noteUpdatedBy: Nullable<String>
}

extension JSONSuppressed {
    /// The entry of a suppressed finding no decision covers.
    init(_ scored: ScoredFinding) {
        self.init(
            id: scored.finding.id,
            identity: scored.finding.identity,
            title: scored.finding.title,
            controlId: Nullable(scored.finding.controlId),
            layer: scored.layer.description,
            environment: scored.environment,
            note: Nullable(scored.finding.note?.text),
            noteUpdatedBy: Nullable(scored.finding.note?.updatedBy)
        )
    }
}

/// The trend in report.json.
struct JSONTrend: Encodable, Sendable {
    let periods: [Period]
    /// Month over month; `null` when history gave none.
    var changes: Nullable<JSONPeriodChanges>

    /// One period's headline numbers.
    struct Period: Encodable, Sendable {
        let period: String
        let asOf: ReportDate
        let scores: JSONReport.Scores
        let openFindings: SeverityCounts
        let acceptedFindings: Int
        /// Per layer name: scores and control counts, as stored for the period.
        let layers: [String: LayerScores]
        /// Per `standardsId`: the console's per-standard scores, as stored for the period.
        let standards: [String: JSONReport.Scores]
    }

    /// One layer's scores in one period.
    struct LayerScores: Encodable, Sendable {
        let score: Nullable<Double>
        let scoreWithAcceptances: Nullable<Double>
        let controls: ControlCounts

        init(_ counts: ControlCounts) {
            score = Nullable(counts.securityHubScore?.percentOneDecimal)
            scoreWithAcceptances = Nullable(counts.withAcceptancesScore?.percentOneDecimal)
            controls = counts
        }
    }
}
