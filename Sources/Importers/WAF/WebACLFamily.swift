import Foundation
import ReportModel

/// WAF `get-web-acl` responses, or the bare web ACL (docs/formats.md §10.1): one configuration,
/// one evidence record.
enum WebACLFamily: EvidenceFamily {
    static let format = InputFormat.wafWebACL

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("WebACL") || (shape.has("DefaultAction") && shape.has("VisibilityConfig") && shape.has("Rules"))
    }

    static func evidence(
        from bytes: Data,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield {
        let result = try WebACLImporter().importWebACL(from: bytes, origin: origin)
        return RecordYield(webACLs: [result.webACL], evidenceDiagnostics: result.diagnostics, evidenceRecords: 1)
    }
}
