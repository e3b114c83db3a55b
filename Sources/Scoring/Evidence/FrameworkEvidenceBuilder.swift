public import ReportModel

/// Builds the framework evidence of a scored period: controls grouped by the requirements their
/// findings name, and the questionnaire questions answered from control states.
public enum FrameworkEvidenceBuilder {
    /// The evidence for a report.
    /// - Parameters:
    ///   - report: the scored period (control states after acceptances, findings with requirements).
    ///   - questions: the questions to answer (`rules/questions.csv` and `--questions`), in order.
    /// - Returns: requirements sorted by framework and requirement; questions in table order.
    public static func evidence(for report: ScoredReport, questions: [QuestionnaireQuestion]) -> FrameworkEvidence {
        var states: [String: ControlState] = [:]
        for control in report.controls { states[control.controlId] = control.state }
        func evidence(_ id: String) -> ControlEvidence { ControlEvidence(controlId: id, state: states[id] ?? .noData) }

        var byRequirement: [RequirementKey: Set<String>] = [:]
        // The distinct requirement lists of each control, each split and added once, not once a finding. A
        // control's findings mostly share one list (one stored list, which `==` knows by its storage before comparing
        // texts): each finding's list is compared with the one named by the finding of its control before, and only a
        // different list is looked up by its hash (lists that differ from finding to finding were compared with every
        // list of the control before them: quadratic, half a second for 100k findings).
        var lastListOf: [String: [String]] = [:]
        var lists: Set<ControlRequirements> = []
        let findings = report.findings
        // Read by position: a for-in loop would copy every finding (its references retained and released).
        for index in findings.indices where findings[index].bucket != .sample {
            guard let control = findings[index].finding.controlId,
                !findings[index].finding.relatedRequirements.isEmpty
            else { continue }
            let requirements = findings[index].finding.relatedRequirements
            if lastListOf[control] == requirements { continue }
            lastListOf[control] = requirements
            let list = ControlRequirements(control: control, requirements: requirements)
            guard lists.insert(list).inserted else { continue }
            for text in requirements { byRequirement[RequirementKey(text), default: []].insert(control) }
        }
        let requirements = byRequirement.keys.sorted().map { key in
            RequirementEvidence(
                framework: key.framework,
                requirement: key.requirement,
                controls: byRequirement[key, default: []].sorted().map(evidence)
            )
        }
        let answers = questions.map { question in
            QuestionEvidence(
                id: question.id,
                text: question.question,
                reason: question.reason,
                controls: question.controls.map(evidence),
                isDefault: question.isDefault
            )
        }
        return FrameworkEvidence(requirements: requirements, questions: answers)
    }
}

/// One control's list of related requirements, as a finding of it names them.
private struct ControlRequirements: Hashable {
    let control: String
    let requirements: [String]
}

/// A requirement as Security Hub writes it, split into framework and requirement:
/// `PCI DSS v3.2.1/8.3.1` (slash), `NIST.800-53.r5 AC-2(1)` (last space); anything else is one
/// requirement of the framework `Other`.
struct RequirementKey: Hashable, Comparable {
    let framework: String
    let requirement: String

    init(_ text: String) {
        if let slash = text.firstIndex(of: "/"), slash != text.startIndex, text.index(after: slash) != text.endIndex {
            framework = String(text[..<slash])
            requirement = String(text[text.index(after: slash)...])
        } else if let space = text.lastIndex(of: " "), space != text.startIndex,
            text.index(after: space) != text.endIndex
        {
            framework = String(text[..<space])
            requirement = String(text[text.index(after: space)...])
        } else {
            framework = "Other"
            requirement = text
        }
    }

    static func < (lhs: RequirementKey, rhs: RequirementKey) -> Bool {
        (lhs.framework, lhs.requirement) < (rhs.framework, rhs.requirement)
    }
}
