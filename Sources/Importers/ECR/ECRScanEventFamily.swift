import Foundation
import ReportModel

/// The EventBridge "ECR Image Scan" event (docs/formats.md §9.4): the image's reported severity
/// counts, one evidence record, no findings.
enum ECRScanEventFamily: EvidenceFamily {
    static let format = InputFormat.ecr

    static func recognizes(_ shape: RecordShape) -> Bool { false }

    static func recognizesEvent(detailType: String) -> Bool { detailType == "ECR Image Scan" }

    static func evidence(
        from bytes: Data,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield {
        try ECRScanImporter().importScanEvent(from: bytes, origin: origin).yield
    }
}
