import ReportModel

/// How each number is computed, which rules placed the findings, what was read, and where every
/// record went.
struct ProvenanceView {
    /// Method paragraphs: a term and its rule in plain words.
    let method: [TermView]
    /// Layer rules used, with how many findings each placed.
    let rules: [RuleRowView]
    let hasRules: Bool
    /// How many rules placed findings, for the folded list's summary.
    let ruleCount: String
    /// Input files with digests and counts.
    let inputs: [InputRowView]
    let hasInputs: Bool
    /// Every reconciliation bucket.
    let reconciliation: [TermView]
    /// Records read.
    let records: String
    /// The sum of the buckets.
    let accountedFor: String
    /// One line saying whether the buckets add up to the records.
    let balance: String
    let balances: Bool
    /// Diagnostics from import and scoring: the first `ReportViewModel.listLimit`, as standard error shows them.
    let diagnostics: [TermView]
    let hasDiagnostics: Bool
    /// How many diagnostics are left out, if any.
    let diagnosticsMore: MoreLine?
    /// The tool version.
    let toolVersion: String

    /// Builds the section.
    /// - Throws: `RenderError.missingString`.
    init(document: ReportDocument, format: ReportFormatter) throws(RenderError) {
        let report = document.report
        let strings = format.strings
        var method: [TermView] = []
        for key in ["SecurityHub", "WithAcceptances", "ControlStatus", "Layers", "Findings", "Acceptances"] {
            method.append(
                TermView(term: try strings.text("method\(key)Term"), text: try strings.text("method\(key)Text"))
            )
        }
        self.method = method
        var rules: [RuleRowView] = []
        let ordered = report.layerRules.sorted {
            ($0.layer, $0.rule.description, $0.source) < ($1.layer, $1.rule.description, $1.source)
        }
        for usage in ordered {
            rules.append(
                RuleRowView(
                    rule: format.words(usage.rule),
                    layer: try format.layerName(usage.layer),
                    source: usage.source == "default"
                        ? try strings.text("ruleSourceDefault") : format.escape(usage.source),
                    findings: String(usage.findings)
                )
            )
        }
        self.rules = rules
        hasRules = !rules.isEmpty
        ruleCount = String(rules.count)
        inputs = report.inputs.map { input in
            InputRowView(
                path: format.escape(input.path),
                sha256: input.sha256,
                bytes: String(input.bytes),
                format: format.escape(input.formats.map(\.rawValue).joined(separator: ", ")),
                records: String(input.records),
                skipped: String(input.skipped),
                partial: input.partial
            )
        }
        hasInputs = !inputs.isEmpty
        let reconciliation = report.reconciliation
        var buckets: [TermView] = [
            TermView(term: try strings.text("reconDuplicates"), text: String(reconciliation.duplicates)),
            TermView(term: try strings.text("reconSkipped"), text: String(reconciliation.skipped)),
            TermView(term: try strings.text("reconEvidence"), text: String(reconciliation.evidence)),
        ]
        if reconciliation.unreadable > 0 || reconciliation.unreadableFiles > 0 {
            buckets.insert(
                TermView(term: try strings.text("reconUnreadable"), text: String(reconciliation.unreadable)),
                at: 2
            )
        }
        for bucket in FindingBucket.allCases {
            buckets.append(
                TermView(
                    term: try strings.text("bucket_\(bucket.rawValue)"),
                    text: String(reconciliation.buckets[bucket] ?? 0)
                )
            )
        }
        self.reconciliation = buckets
        records = String(reconciliation.records)
        accountedFor = String(reconciliation.accountedFor)
        balances = reconciliation.balances
        balance = try strings.plural(
            reconciliation.balances ? "reconBalances" : "reconUnbalanced",
            reconciliation.records,
            ["records": records, "accounted": accountedFor]
        )
        var diagnostics: [TermView] = []
        for diagnostic in report.diagnostics.prefix(ReportViewModel.listLimit) {
            let term = try strings.text("diagnosticLevel_\(diagnostic.level.rawValue)")
            diagnostics.append(TermView(term: term, text: format.words(diagnostic)))
        }
        self.diagnostics = diagnostics
        hasDiagnostics = !diagnostics.isEmpty
        diagnosticsMore = try MoreLine.make(total: report.diagnostics.count, format: format)
        toolVersion = format.escape(document.context.toolVersion)
    }
}

/// A label and its text.
struct TermView {
    let term: String
    let text: String
}

/// One layer rule and what it placed.
struct RuleRowView {
    let rule: String
    let layer: String
    let source: String
    let findings: String
}

/// One input file.
struct InputRowView {
    let path: String
    let sha256: String
    let bytes: String
    let format: String
    let records: String
    let skipped: String
    let partial: Bool
}
