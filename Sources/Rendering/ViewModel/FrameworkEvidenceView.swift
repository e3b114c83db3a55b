import ReportModel

/// The framework evidence section: controls by framework requirement, and the common
/// questionnaire questions answered from controls, each with its status, controls and date.
struct FrameworkEvidenceView {
    /// One row per requirement: the first `ReportViewModel.tableLimit`.
    let requirements: [RequirementRowView]
    /// Whether any finding named a requirement.
    let hasRequirements: Bool
    /// How many requirements are left out, if any (evidence.csv and report.json list every one).
    let requirementsMore: MoreLine?
    /// One row per question.
    let questions: [QuestionRowView]
    /// Whether the question table has rows.
    let hasQuestions: Bool
    /// The as-of date every row is true on.
    let asOf: String
    /// The requirements table's introduction, ending with the as-of date.
    let requirementsIntro: String

    /// Builds the section.
    /// - Parameters:
    ///   - report: the scored period.
    ///   - format: the wording in the report's language and the escaping of free text.
    /// - Throws: `RenderError.missingString`.
    init(report: ScoredReport, format: ReportFormatter) throws(RenderError) {
        asOf = report.asOf.description
        requirementsIntro = try format.strings.format("requirementsIntroDated", ["date": report.asOf.description])
        var requirements: [RequirementRowView] = []
        for requirement in report.frameworks.requirements.prefix(ReportViewModel.tableLimit) {
            let counts = requirement.counts
            requirements.append(
                RequirementRowView(
                    framework: format.escape(requirement.framework),
                    requirement: format.escape(requirement.requirement),
                    status: try format.stateLabel(requirement.state),
                    state: requirement.state.rawValue.lowercased(),
                    passed: String(counts.passed),
                    failed: String(counts.failed),
                    accepted: String(counts.accepted),
                    unknown: String(counts.unknown + counts.noData),
                    controls: try Self.controls(requirement.controls, format: format)
                )
            )
        }
        self.requirements = requirements
        hasRequirements = !requirements.isEmpty
        requirementsMore = try MoreLine.make(
            total: report.frameworks.requirements.count,
            limit: ReportViewModel.tableLimit,
            key: "moreInEvidence",
            format: format
        )
        var questions: [QuestionRowView] = []
        for question in report.frameworks.questions {
            // The project's own questions are worded by the string tables; a team's question (also one that
            // replaces a default) as the team wrote it.
            let entries = question.isDefault ? format.strings.entries : [:]
            let worded = entries["question_\(question.id)"] ?? question.text
            let reason = entries["questionReason_\(question.id)"] ?? question.reason
            questions.append(
                QuestionRowView(
                    question: format.escape.whole(worded),
                    status: try format.stateLabel(question.state),
                    state: question.state.rawValue.lowercased(),
                    controls: try Self.controls(question.controls, format: format),
                    reason: format.escape.whole(reason)
                )
            )
        }
        self.questions = questions
        hasQuestions = !questions.isEmpty
    }

    /// `IAM.6 ✗, IAM.9 ✓`: each control with the icon of its state, the first `ReportViewModel.listLimit` and how
    /// many more (a requirement that every control names would otherwise fill a page).
    private static func controls(_ controls: [ControlEvidence], format: ReportFormatter) throws(RenderError) -> String {
        let separator = try format.strings.text("listSeparator")
        var listed = controls.prefix(ReportViewModel.listLimit)
            .map { "\(format.escape($0.controlId)) \(ReportFormatter.icon($0.state))" }
        if let more = try MoreLine.make(total: controls.count, key: "moreItems", format: format) {
            listed.append(more.text)
        }
        return listed.joined(separator: separator)
    }
}

/// One framework requirement.
struct RequirementRowView {
    let framework: String
    let requirement: String
    let status: String
    let state: String
    let passed: String
    let failed: String
    let accepted: String
    let unknown: String
    let controls: String
}

/// One questionnaire question.
struct QuestionRowView {
    let question: String
    let status: String
    let state: String
    let controls: String
    let reason: String
}
