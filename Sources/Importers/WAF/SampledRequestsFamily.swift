import Foundation
import ReportModel

/// WAF `get-sampled-requests` responses (docs/formats.md §10.2): weighted traffic; each sampled
/// request is an evidence record.
enum SampledRequestsFamily: EvidenceFamily {
    static let format = InputFormat.wafSampled

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("SampledRequests") || shape.has("PopulationSize")
    }

    static func evidence(
        from bytes: Data,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield {
        let result = try SampledRequestsImporter().importSampledRequests(from: bytes, origin: origin)
        return RecordYield(
            traffic: [result.traffic],
            evidenceDiagnostics: result.diagnostics,
            evidenceRecords: max(1, result.traffic.records)
        )
    }
}
