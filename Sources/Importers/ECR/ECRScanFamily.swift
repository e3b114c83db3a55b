import Foundation
import ReportModel

/// ECR `describe-image-scan-findings` pages (docs/formats.md §9.1): each vulnerability is a
/// finding record (enhanced ones merge with the same Inspector finding from other exports), a
/// scan without findings one evidence record; the image's scan is front door evidence.
enum ECRScanFamily: DecodedEvidenceFamily {
    typealias Record = DecodedExport<ECRScanExport>

    static let format = InputFormat.ecr

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("imageScanFindings") || shape.has("imageScanStatus")
    }

    static func evidence(
        from export: ECRScanExport,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield {
        ECRScanImporter().importScanFindings(export, origin: origin).yield
    }
}

extension ECRScanImport {
    /// The record's yield: its findings, the image, and one evidence record when there are no findings.
    var yield: RecordYield {
        RecordYield(
            findings: findings,
            images: image.map { [$0] } ?? [],
            evidenceDiagnostics: diagnostics,
            evidenceRecords: findings.isEmpty ? 1 : 0
        )
    }
}
