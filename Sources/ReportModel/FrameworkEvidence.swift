/// Controls grouped by the framework requirements their findings name
/// (`Compliance.RelatedRequirements`), and the common questionnaire questions answered from
/// controls: what a customer questionnaire or an auditor asks, by framework and by question.
public struct FrameworkEvidence: Sendable, Equatable {
    /// One row per framework requirement, sorted by framework, then requirement.
    public var requirements: [RequirementEvidence]
    /// One row per question, in the order of the question table.
    public var questions: [QuestionEvidence]

    /// Creates the evidence; every argument sets the property of the same name.
    public init(requirements: [RequirementEvidence] = [], questions: [QuestionEvidence] = []) {
        self.requirements = requirements
        self.questions = questions
    }
}

/// The controls behind one framework requirement, by state (after acceptances).
public struct RequirementEvidence: Sendable, Equatable {
    /// The framework, e.g. `PCI DSS v3.2.1`, `NIST.800-53.r5`, `CIS AWS Foundations Benchmark v1.2.0`.
    public var framework: String
    /// The requirement within it, e.g. `8.3.1`, `AC-2(1)`.
    public var requirement: String
    /// The controls, sorted, each with its state.
    public var controls: [ControlEvidence]

    /// Creates a requirement row; every argument sets the property of the same name.
    public init(framework: String, requirement: String, controls: [ControlEvidence]) {
        self.framework = framework
        self.requirement = requirement
        self.controls = controls
    }

    /// The controls counted by state.
    public var counts: ControlCounts { ControlCounts(states: controls.map(\.state)) }

    /// The requirement's overall state: the worst of its controls (failed, accepted, unknown, passed, no data).
    public var state: ControlState { controls.map(\.state).min() ?? .noData }
}

/// A control id and its state, as evidence.
public struct ControlEvidence: Sendable, Equatable, Hashable {
    /// The control id, e.g. `IAM.6`.
    public var controlId: String
    /// Its state after acceptances; `noData` when no finding of it was in the input.
    public var state: ControlState

    /// Creates a control reference.
    public init(controlId: String, state: ControlState) {
        self.controlId = controlId
        self.state = state
    }
}

/// One common questionnaire question ("Do you enforce MFA?") answered from controls.
public struct QuestionEvidence: Sendable, Equatable {
    /// The question's id in the question table, e.g. `mfa`; the string tables word it.
    public var id: String
    /// The question as the table words it (English), used when the string table has no `question_<id>`.
    public var text: String
    /// Why these controls answer the question.
    public var reason: String
    /// The controls behind the answer, in table order, each with its state.
    public var controls: [ControlEvidence]
    /// Whether the question is the project's own (`rules/questions.csv`): the string tables word its text and
    /// reason (`question_<id>`, `questionReason_<id>`). A team's question, also one that replaces a default, is
    /// shown as written.
    public var isDefault: Bool

    /// Creates a question row; every argument sets the property of the same name.
    public init(id: String, text: String, reason: String, controls: [ControlEvidence], isDefault: Bool = false) {
        self.id = id
        self.text = text
        self.reason = reason
        self.controls = controls
        self.isDefault = isDefault
    }

    /// The answer's state: the worst state among the controls that have data; `noData` when none has.
    public var state: ControlState { controls.map(\.state).min() ?? .noData }

    /// The controls counted by state.
    public var counts: ControlCounts { ControlCounts(states: controls.map(\.state)) }
}

extension ControlCounts {
    /// Counts a list of control states.
    /// - Parameter states: the states, one per control.
    public init(states: [ControlState]) {
        self.init()
        for state in states { add(state) }
    }
}
