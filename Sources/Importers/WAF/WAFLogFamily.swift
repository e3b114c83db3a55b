import Foundation
import ReportModel

/// WAF log lines (docs/formats.md §10.3; S3, Firehose, CloudWatch Logs): each line an evidence
/// record, a copy of a line already read (in any file) a duplicate; the traffic is complete
/// after the last file.
enum WAFLogFamily: DecodedEvidenceFamily {
    typealias Record = DecodedExport<WAFLogExport>

    static let format = InputFormat.wafLog

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("webaclId") && shape.has("httpRequest")
    }

    static func evidence(
        from export: WAFLogExport,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield {
        let before = carried.wafLog.duplicates
        let diagnostics = try carried.wafLog.add(export, origin: origin)
        let duplicate = carried.wafLog.duplicates > before
        return RecordYield(
            evidenceDiagnostics: diagnostics,
            evidenceRecords: duplicate ? 0 : 1,
            duplicates: duplicate ? 1 : 0
        )
    }
}
