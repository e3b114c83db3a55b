import ReportModel

/// A common questionnaire question ("Do you enforce MFA?") and the controls that answer it: one row
/// of `rules/questions.csv` or of the user's `questions.yml`.
public struct QuestionnaireQuestion: Sendable, Equatable {
    /// The id, e.g. `mfa`; the string tables word the question as `question_<id>`.
    public var id: String
    /// The question in English, shown when the string table has no `question_<id>`.
    public var question: String
    /// The security control ids that answer it, in order.
    public var controls: [String]
    /// Why these controls answer the question.
    public var reason: String
    /// Where the row was read, `file:line`.
    public var source: String
    /// Whether the row is the project's own (`rules/questions.csv`, read by `table(csv:file:)`): the string
    /// tables word its text and reason. The user's questions are shown as written.
    public var isDefault = false

    /// Creates a question.
    /// - Parameters:
    ///   - id: the id, e.g. `mfa`; the string tables word the question as `question_<id>`.
    ///   - question: the English wording, shown when the string table has no `question_<id>`.
    ///   - controls: the control ids.
    ///   - reason: why they answer it.
    ///   - source: `file:line`.
    public init(id: String, question: String, controls: [String], reason: String, source: String) {
        self.id = id
        self.question = question
        self.controls = controls
        self.reason = reason
        self.source = source
    }

    /// Reads `rules/questions.csv` (`id,question,controls,reason`; controls separated by spaces).
    /// - Parameters:
    ///   - csv: the table's text.
    ///   - file: its path, for errors and `source`.
    /// - Returns: the questions in table order.
    /// - Throws: `ScoringError.invalidTable` for a malformed table, an empty field, or a repeated id.
    public static func table(csv: String, file: String) throws(ScoringError) -> [QuestionnaireQuestion] {
        let table = try CSVTable(csv, file: file, required: ["id", "question", "controls", "reason"])
        var questions: [QuestionnaireQuestion] = []
        for row in table.rows {
            let id = row.fields["id", default: ""].trimmed
            let question = row.fields["question", default: ""].trimmed
            let reason = row.fields["reason", default: ""].trimmed
            let controls = row.fields["controls", default: ""].split(separator: " ").map(String.init)
            guard !id.isEmpty, !question.isEmpty, !reason.isEmpty, !controls.isEmpty else {
                throw .invalidTable(
                    file: file,
                    line: row.line,
                    reason: Message(.questionColumnsRequired)
                )
            }
            guard !questions.contains(where: { $0.id == id }) else {
                throw .invalidTable(file: file, line: row.line, reason: Message(.questionTwice, ["id": .text(id)]))
            }
            questions.append(
                QuestionnaireQuestion(
                    id: id,
                    question: question,
                    controls: controls,
                    reason: reason,
                    source: "\(file):\(row.line)"
                )
            )
        }
        for index in questions.indices { questions[index].isDefault = true }
        return questions
    }

    /// The defaults with the user's rows applied: a user row with a default's id replaces it in place,
    /// a new id is appended.
    /// - Parameters:
    ///   - defaults: the project's table, `rules/questions.csv`.
    ///   - user: the rows of the user's `questions.yml` (`--questions`).
    /// - Returns: the merged table.
    public static func merged(_ defaults: [QuestionnaireQuestion], user: [QuestionnaireQuestion])
        -> [QuestionnaireQuestion]
    {
        var merged = defaults
        for question in user {
            if let index = merged.firstIndex(where: { $0.id == question.id }) {
                merged[index] = question
            } else {
                merged.append(question)
            }
        }
        return merged
    }
}

extension String {
    fileprivate var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
