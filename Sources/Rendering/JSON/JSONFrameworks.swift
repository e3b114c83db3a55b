import ReportModel

/// `frameworks` in report.json: controls by framework requirement, and the questionnaire answers.
struct JSONFrameworks: Encodable, Sendable {
    let asOf: String
    let requirements: [Requirement]
    let questions: [Question]

    /// One requirement.
    struct Requirement: Encodable, Sendable {
        let framework: String
        let requirement: String
        let state: ControlState
        let controls: ControlCounts
        let controlStates: [String: ControlState]
    }

    /// One question.
    struct Question: Encodable, Sendable {
        let id: String
        let question: String
        let state: ControlState
        let controls: ControlCounts
        let controlStates: [String: ControlState]
        let reason: String
    }

    init(_ evidence: FrameworkEvidence, asOf: ReportDate) {
        self.asOf = asOf.description
        func states(_ controls: [ControlEvidence]) -> [String: ControlState] {
            Dictionary(controls.map { ($0.controlId, $0.state) }, uniquingKeysWith: { first, _ in first })
        }
        requirements = evidence.requirements.map {
            Requirement(
                framework: $0.framework,
                requirement: $0.requirement,
                state: $0.state,
                controls: $0.counts,
                controlStates: states($0.controls)
            )
        }
        questions = evidence.questions.map {
            Question(
                id: $0.id,
                question: $0.text,
                state: $0.state,
                controls: $0.counts,
                controlStates: states($0.controls),
                reason: $0.reason
            )
        }
    }
}
