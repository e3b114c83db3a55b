import ReportModel

/// One diagnostic in report.json: the English line it always had (`message`) and, beside it, the message's
/// `code` and `parameters`, so tools can act on what happened without parsing English.
struct JSONDiagnostic: Encodable, Sendable {
    let level: Diagnostic.Level
    let file: String?
    let location: String?
    let message: String
    let code: MessageCode
    let parameters: [String: MessageParameter]

    /// Builds the entry.
    init(_ diagnostic: Diagnostic, english: Phrasebook) {
        level = diagnostic.level
        file = diagnostic.file
        location = diagnostic.location
        message = english.text(diagnostic.message)
        code = diagnostic.message.code
        parameters = diagnostic.message.parameters
    }
}

/// One web ACL check in report.json: its English title and reason, and the reason as a message.
struct JSONWebACLCheck: Encodable, Sendable {
    let id: String
    let title: String
    let passed: Bool
    let informational: Bool
    let reason: String
    let reasonMessage: Message

    /// Builds the entry; its title is `english`'s entry `wafCheckTitle_<id>`, else the check id.
    init(_ check: WebACLCheck, english: Phrasebook) {
        id = check.id
        title = english.entries["wafCheckTitle_\(check.id)"] ?? check.id
        passed = check.passed
        informational = check.informational
        reason = english.text(check.reason)
        reasonMessage = check.reason
    }
}
