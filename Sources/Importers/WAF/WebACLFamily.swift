import Foundation
import ReportModel

/// WAF `get-web-acl` responses, or the bare web ACL (docs/formats.md §10.1): one configuration,
/// one evidence record.
enum WebACLFamily: InputFamily {
    static let format = InputFormat.wafWebACL

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("WebACL") || (shape.has("DefaultAction") && shape.has("VisibilityConfig") && shape.has("Rules"))
    }

    static func read(
        _ record: Void,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            let result = try WebACLImporter().importWebACL(from: Data(context.bytes), origin: context.evidenceOrigin)
            return RecordYield(webACLs: [result.webACL], evidenceDiagnostics: result.diagnostics, evidenceRecords: 1)
        }
    }
}
