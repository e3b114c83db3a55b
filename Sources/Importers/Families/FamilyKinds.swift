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
