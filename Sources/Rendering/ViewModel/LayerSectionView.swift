import ReportModel

/// One layer's section: its controls table, then its findings that are not control checks.
struct LayerSectionView {
    /// `layer-account`: the stable anchor.
    let anchor: String
    /// `Account (IAM)`.
    let name: String
    /// `80%`.
    let score: String
    /// `(8 of 10 controls)`.
    let detail: String
    /// The score with acceptances.
    let scoreWithAcceptances: String
    /// Control rows, worst first (capped).
    let controls: [ControlRowView]
    /// Whether the layer has controls.
    let hasControls: Bool
    /// "and N more", when capped.
    let controlsMore: MoreLine?
    /// Open and accepted findings that are not control checks (capped).
    let findings: [FindingRowView]
    /// Whether there are such findings.
    let hasFindings: Bool
    /// "and N more", when capped.
    let findingsMore: MoreLine?
    /// How many controls the layer has, for the folded list's summary.
    let controlCount: String
    /// Whether the controls list is long enough to fold behind its count on screen.
    let controlsFolded: Bool
    /// How many findings the layer lists, for the folded list's summary.
    let findingCount: String
    /// Whether the findings list is long enough to fold behind its count on screen.
    let findingsFolded: Bool

    /// Lists longer than this fold behind their count on screen (print always shows them whole).
    static let foldAbove = 10

    /// Whether `layer` gets a card and a section: the four layers always, `unclassified` only when a finding is
    /// there (`chosen.hasUnclassified`).
    /// - Returns: whether to show it.
    static func isShown(_ layer: LayerAssessment, chosen: PageFindings) -> Bool {
        layer.layer != .unclassified || chosen.hasUnclassified
    }

    /// Builds every shown layer's section, in report order.
    /// - Parameters:
    ///   - report: the layers, controls and findings.
    ///   - format: the language's wording and the output format's escaping.
    ///   - chosen: the findings each section lists, by layer.
    /// - Returns: the sections.
    /// - Throws: `RenderError.missingString`.
    static func sections(
        report: ScoredReport,
        format: ReportFormatter,
        chosen: PageFindings
    ) throws(RenderError) -> [LayerSectionView] {
        var sections: [LayerSectionView] = []
        for layer in report.layers.sorted(by: { $0.layer < $1.layer }) where isShown(layer, chosen: chosen) {
            sections.append(
                try LayerSectionView(
                    layer: layer,
                    report: report,
                    format: format,
                    listed: chosen.uncontrolled(in: layer.layer)
                )
            )
        }
        return sections
    }

    private init(
        layer: LayerAssessment,
        report: ScoredReport,
        format: ReportFormatter,
        listed positions: [Int]
    ) throws(RenderError) {
        anchor = "layer-\(layer.layer.description)"
        name = try format.layerName(layer.layer)
        score = try format.percent(layer.controls.securityHubScore)
        detail = try format.scoreDetail(layer.controls.securityHubScore)
        scoreWithAcceptances = try format.percent(layer.controls.withAcceptancesScore)
        let controls = report.controls.filter { $0.layer == layer.layer }.sorted {
            ($0.state, -$0.severity.rank, $0.controlId) < ($1.state, -$1.severity.rank, $1.controlId)
        }
        var controlRows: [ControlRowView] = []
        let expiries = Dictionary(report.acceptances.map { ($0.acceptance.id, $0.acceptance.expiresOn) }) { a, _ in a }
        for control in controls.prefix(ReportViewModel.listLimit) {
            var expired: [String] = []
            for id in control.expiredAcceptanceIds {
                expired.append(
                    try format.strings.format(
                        "acceptanceExpiredOn",
                        ["id": format.escape(id), "date": expiries[id]?.description ?? ""]
                    )
                )
            }
            controlRows.append(
                ControlRowView(
                    id: format.escape(control.controlId),
                    idCell: IdentifierBreaks.wordsCellClass(control.controlId),
                    title: format.escape(control.title),
                    severity: try format.severityLabel(control.severity),
                    status: try format.stateLabel(control.state),
                    state: control.state == .noData ? "nodata" : control.state.rawValue,
                    resources: try format.list(control.failingResources),
                    accepted: control.acceptanceIds.isEmpty
                        ? (expired.isEmpty ? "—" : expired.joined(separator: ", "))
                        : format.escape(control.acceptanceIds.joined(separator: ", ")),
                    link: SafeLink(control.remediationURL, escape: format.escape)
                )
            )
        }
        self.controls = controlRows
        hasControls = !controls.isEmpty
        controlsMore = try MoreLine.make(total: controls.count, format: format)
        let listed = FindingRowView.listed(report.findings, at: positions, limit: ReportViewModel.listLimit)
        var findingRows: [FindingRowView] = []
        for scored in listed.first {
            findingRows.append(try FindingRowView(scored, format: format))
        }
        self.findings = findingRows
        hasFindings = listed.count > 0
        findingsMore = try MoreLine.make(total: listed.count, format: format)
        controlCount = String(controls.count)
        controlsFolded = controls.count > Self.foldAbove
        findingCount = String(listed.count)
        findingsFolded = listed.count > Self.foldAbove
    }
}

/// One control in a layer's table.
struct ControlRowView {
    let id: String
    /// The id cell's class: `words`, or `wrap` for a long id (`IdentifierBreaks.wordsCellClass`).
    let idCell: String
    let title: String
    let severity: String
    /// `✗ Failed`.
    let status: String
    /// The CSS class of the state.
    let state: String
    /// Failing resources, first three and a count.
    let resources: String
    /// Covering acceptance ids, or `—`.
    let accepted: String
    /// The remediation link, when allowed.
    let link: SafeLink?
}

/// One finding that is not a control check.
struct FindingRowView {
    let severity: String
    let severityClass: String
    let title: String
    let product: String
    let resource: String
    let environment: String
    /// The environment cell's class: `words`, or `wrap` for a long word (`IdentifierBreaks.wordsCellClass`).
    let environmentCell: String
    /// `Open` or `Accepted (RA-…)`.
    let status: String
    /// `open` or `accepted`.
    let state: String
    let age: String

    /// Builds a row.
    /// - Throws: `RenderError.missingString`.
    init(_ scored: ScoredFinding, format: ReportFormatter) throws(RenderError) {
        let finding = scored.finding
        severity = try format.severityLabel(finding.severity)
        severityClass = finding.severity.rawValue.lowercased()
        title = format.escape(finding.title)
        product = format.escape(
            finding.scanners.count > 1 ? finding.scanners.joined(separator: ", ") : finding.productName
        )
        resource = try format.list(finding.resources.map(\.id), limit: 2)
        environment = format.escape(scored.environment)
        environmentCell = IdentifierBreaks.wordsCellClass(scored.environment)
        if let acceptance = scored.acceptanceId {
            status = "◐ " + (try format.strings.format("bucketAcceptedBy", ["id": format.escape(acceptance)]))
            state = "accepted"
        } else {
            status = "✗ " + (try format.strings.text("bucket_\(scored.bucket.rawValue)"))
            state = scored.bucket == .open ? "failed" : scored.bucket.rawValue
        }
        age = try format.age(scored.ageDays)
    }

    /// The findings at `positions`, in `sortKey` order: the first `limit`, and how many there are. One pass
    /// keeps the first `limit` in a short sorted list (`firstInOrder`); each finding's key is made once and let go (sorting every
    /// match by a key holding its identity's joined text held a copy of each identity while the list was made:
    /// 60 MB for 137k image findings, twice, the HTML and Markdown models being made at once).
    /// - Parameters:
    ///   - findings: the report's findings.
    ///   - positions: which findings the list holds, by position in `findings` (`PageFindings`, chosen in one pass
    ///     for every list of both pages).
    ///   - limit: how many to return.
    /// - Returns: the first findings and the count.
    static func listed(
        _ findings: [ScoredFinding],
        at positions: [Int],
        limit: Int
    ) -> (first: [ScoredFinding], count: Int) {
        guard limit > 0 else { return ([], positions.count) }
        // Each finding read where the array holds it to make its key (a copy retained its storage and texts).
        let first = findings.withUnsafeBufferPointer { findings -> [(key: SortKey, index: Int)] in
            guard let base = findings.baseAddress else { return [] }
            return positions.lazy.map { (key: sortKey(base + $0), index: $0) }
                .firstInOrder(limit) { $0.key < $1.key }
        }
        return (first.map { findings[$0.index] }, positions.count)
    }

    /// Open before accepted, then severity, environment (prod first), identity.
    /// - Parameter scored: the finding, read where it is held (through `pointee`, never copied whole).
    /// - Returns: the key.
    static func sortKey(_ scored: UnsafePointer<ScoredFinding>) -> SortKey {
        SortKey(
            bucket: scored.pointee.bucket == .open ? "0" : "1",
            severity: String(9 - scored.pointee.finding.severity.rank),
            environmentRank: String(EnvironmentMapping.rank(of: scored.pointee.environment)),
            environment: scored.pointee.environment,
            identity: scored.pointee.finding.identityKey
        )
    }

    /// Strings compared in order, then the identity as its text compares (`FindingIdentity`: no joined copy).
    struct SortKey: Comparable {
        let bucket: String
        let severity: String
        let environmentRank: String
        let environment: String
        let identity: FindingIdentity

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.bucket != rhs.bucket { return lhs.bucket < rhs.bucket }
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            if lhs.environmentRank != rhs.environmentRank { return lhs.environmentRank < rhs.environmentRank }
            if lhs.environment != rhs.environment { return lhs.environment < rhs.environment }
            return lhs.identity < rhs.identity
        }
    }
}
