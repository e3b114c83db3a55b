import Foundation
import ReportModel

/// The EventBridge "ECR Image Scan" event (docs/formats.md §9.4): the image's reported severity
/// counts, one evidence record, no findings.
enum ECRScanEventFamily: InputFamily {
    static let format = InputFormat.ecr

    static func recognizes(_ shape: RecordShape) -> Bool { false }

    static func recognizesEvent(detailType: String) -> Bool { detailType == "ECR Image Scan" }

    static func read(
        _ record: Void,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            let result = try ECRScanImporter().importScanEvent(
                from: Data(context.bytes),
                origin: context.evidenceOrigin
            )
            return result.yield
        }
    }
}
