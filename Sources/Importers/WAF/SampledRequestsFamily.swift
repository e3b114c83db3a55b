import Foundation
import ReportModel

/// WAF `get-sampled-requests` responses (docs/formats.md §10.2): weighted traffic; each sampled
/// request is an evidence record.
enum SampledRequestsFamily: InputFamily {
    static let format = InputFormat.wafSampled

    static func recognizes(_ shape: RecordShape) -> Bool {
        shape.has("SampledRequests") || shape.has("PopulationSize")
    }

    static func read(
        _ record: Void,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            let result = try SampledRequestsImporter().importSampledRequests(
                from: Data(context.bytes),
                origin: context.evidenceOrigin
            )
            return RecordYield(
                traffic: [result.traffic],
                evidenceDiagnostics: result.diagnostics,
                evidenceRecords: max(1, result.traffic.records)
            )
        }
    }
}
