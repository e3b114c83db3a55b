import ReportModel

/// Reads `questions.yml`: the user's questionnaire questions, overriding (same id) or extending the
/// defaults in `rules/questions.csv`.
///
/// ```yaml
/// questions:
///   - id: mfa
///     question: Do you enforce MFA for every human user?
///     controls: [IAM.5, IAM.6, IAM.9]
///     reason: console users and root sign in with MFA
/// ```
public enum QuestionFile {
    /// Parses and validates the file.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: the path, for error messages.
    /// - Returns: the questions in file order.
    /// - Throws: `ScoringError` naming `file:line:column` for YAML errors, unknown keys, a missing
    ///   field, an empty control list or a repeated id.
    public static func parse(_ yaml: String, file: String) throws(ScoringError) -> [QuestionnaireQuestion] {
        let reader = YAMLReader(file: file)
        let items = try reader.topLevelList(try reader.read(yaml), key: "questions")
        var questions: [QuestionnaireQuestion] = []
        for item in items {
            let entry = Message(.subjectQuestion)
            let fields = try YAMLReader.Fields(item, reader: reader, what: entry)
            try fields.allowOnly(["id", "question", "controls", "reason"], in: entry)
            let id = try fields.requiredString("id", in: entry)
            let controls = try fields.strings("controls")
            guard !controls.isEmpty else {
                throw reader.error(at: item.position, Message(.questionNeedsControl, ["id": .text(id)]))
            }
            guard !questions.contains(where: { $0.id == id }) else {
                throw reader.error(at: item.position, Message(.questionTwice, ["id": .text(id)]))
            }
            questions.append(
                QuestionnaireQuestion(
                    id: id,
                    question: try fields.requiredString("question", in: entry),
                    controls: controls,
                    reason: try fields.requiredString("reason", in: entry),
                    source: "\(file):\(item.position.line)"
                )
            )
        }
        return questions
    }
}
