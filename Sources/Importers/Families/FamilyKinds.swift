import Foundation
import ReportModel

/// A family whose record is one finding: decoded with its `Decodable` shape and mapped by its
/// importer. A record the importer finds no identity in is rejected, naming `identityMember`.
protocol FindingFamily: InputFamily where Record: Decodable {
    /// The member that holds the finding's identity (`Id`, `uid`, `findingArn`), named when it is missing.
    static var identityMember: String { get }
    /// Maps one record to a finding, collecting member diagnostics in `report`; `nil` without an identity.
    static func finding(from record: Record, origin: RecordOrigin, report: inout FieldReport) -> Finding?
}

extension FindingFamily {
    static func decode(from decoder: any Decoder) throws -> Record {
        try Record(from: decoder)
    }

    static func read(
        _ record: Record,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        let missing = Message(.findingWithoutId, ["format": .text(format.rawValue), "member": .text(identityMember)])
        return try RecordYield.finding(at: context, missingIdentity: missing) {
            finding(from: record, origin: $0, report: &$1)
        }
    }
}

/// A front door family: its importer reads the record's bytes into evidence (and, for ECR scan
/// pages, findings); the importer's errors reject the record naming the family's format.
protocol EvidenceFamily: InputFamily where Record == Void {
    /// Reads one record's bytes; `carried` holds what the family keeps from one record and file to the next.
    /// - Throws: `FrontDoorImportError` when the record does not fit the format.
    static func evidence(
        from bytes: Data,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield
}

extension EvidenceFamily {
    static func read(
        _ record: Void,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            try evidence(from: Data(context.bytes), origin: context.evidenceOrigin, carried: &carried)
        }
    }
}

/// A front door family whose records come by the hundred thousand (WAF log lines, ECR scan pages): the record is
/// decoded once, on the splitting thread, from the parse its classification already made, and its importer reads
/// the decoded value; a record that does not decode is rejected as `FrontDoorJSON.decode` rejects it.
protocol DecodedEvidenceFamily: InputFamily where Record == DecodedExport<Export> {
    /// The record's shape.
    associatedtype Export: Decodable & Sendable
    /// Reads a decoded record into evidence.
    /// - Parameters:
    ///   - export: the decoded record.
    ///   - origin: where it was read.
    ///   - carried: what the family carries from file to file.
    /// - Returns: what the record yields.
    /// - Throws: `FrontDoorImportError` for a record the importer refuses.
    static func evidence(
        from export: Export,
        origin: RecordOrigin,
        carried: inout CrossFileState
    ) throws(FrontDoorImportError) -> RecordYield
}

/// A record decoded on the splitting thread, or why it did not decode.
enum DecodedExport<Export: Sendable>: Sendable {
    case decoded(Export)
    case failed(FrontDoorFailure)
}

extension DecodedEvidenceFamily {
    static func decode(from decoder: any Decoder) throws -> Record {
        do {
            return .decoded(try Export(from: decoder))
        } catch {
            return .failed(FrontDoorJSON.failure(error))
        }
    }

    static func read(
        _ record: Record,
        at context: RecordContext,
        carried: inout CrossFileState
    ) throws(RecordRejection) -> RecordYield {
        try RecordYield.evidence(format) { () throws(FrontDoorImportError) in
            switch record {
            case .decoded(let export):
                return try evidence(from: export, origin: context.evidenceOrigin, carried: &carried)
            case .failed(let failure):
                throw failure.error(at: context.evidenceOrigin)
            }
        }
    }
}
